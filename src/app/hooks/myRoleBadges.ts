import { useSyncExternalStore } from 'react';
import type { UserId } from '../../domain/ids';
import type { RolesPlan } from '../../usecases/roles/planRoles';
import { shellMessages } from '../i18n/en-US/shell';

/*
 * "You facilitate" badges in My meetings. The store is filled twice: by the meeting view when a meeting is opened
 * (its occurrence and the next four), and by computeRoleBadges for every listed series once the list is on screen
 * (about 4 sequential round trips after the list, never before it). This module is tiny and type-only towards the
 * domain, so it can live in the initial chunk. Keys are the occurrences' event ids in the user's own mailbox, which
 * the list also uses.
 */
/** The badge for holding a role: the three standard roles in words of their own, any other by its label. */
function badgeFor(role: string, label: string | undefined): string {
  const m = shellMessages.myRole;
  switch (role) {
    case 'facilitator':
      return m.facilitator;
    case 'timekeeper':
      return m.timekeeper;
    case 'noteTaker':
      return m.noteTaker;
    default:
      return m.other(label ?? role);
  }
}

let badges: ReadonlyMap<string, readonly string[]> = new Map();
const listeners = new Set<() => void>();

export function rememberMyRoles(plan: RolesPlan, me: UserId): void {
  const next = new Map(badges);
  const labels = new Map(plan.roles.map((r) => [r.id, r.label]));
  for (const o of plan.occurrences) {
    if (!o.eventId) continue;
    next.set(
      o.eventId,
      o.assignments.filter((a) => a.holder === me).map((a) => badgeFor(a.role, labels.get(a.role))),
    );
  }
  badges = next;
  for (const l of listeners) l();
}

/** Each listed meeting's agenda state (agendaCardState), by event id; filled by the same badge pass. */
export interface CardAgendaState {
  readonly label: string;
  readonly tone: 'open' | 'agreed' | 'done';
}
let agendaStates: ReadonlyMap<string, CardAgendaState> = new Map();

export function rememberAgendaStates(states: ReadonlyMap<string, CardAgendaState>): void {
  agendaStates = new Map([...agendaStates, ...states]);
  for (const l of listeners) l();
}

/** The listed meeting's agenda state; undefined until its series was read this session (or it has no agenda). */
export function useAgendaState(eventId: string): CardAgendaState | undefined {
  const read = () => agendaStates.get(eventId);
  return useSyncExternalStore(subscribe, read, read);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};
const NONE: readonly string[] = [];

/** The user's role badges for one listed meeting; empty until that series' roles were computed this session. */
export function useMyRoleBadges(eventId: string): readonly string[] {
  const read = () => badges.get(eventId) ?? NONE;
  // The same read on the server (tests render to a string): the store is plain module state.
  return useSyncExternalStore(subscribe, read, read);
}
