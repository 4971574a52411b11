import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoleDef } from '../../domain/roles/roleTypes';
import { roleLabel } from '../viewState/roleLabel';
import type { OccurrenceKey, UserId } from '../../domain/ids';
import { nudgeTriggerOf } from '../../domain/nudges/nudgeTriggerOf';
import type { NudgeRequest, NudgeTrigger } from '../../domain/nudges/nudgeTypes';
import type { AgendaContext } from '../../usecases/agenda/openAgenda';
import type { StoredSeries } from '../../usecases/ports';
import type { LoadServices } from '../AppServices';
import { meetingMessages } from '../i18n/en-US/meeting';
import { describeNudgeReport, type NudgeNotice } from './describeNudgeReport';
import type { AgendaRequest } from './useAgenda';
import { useRoles } from './useRoles';
import { actionProblemsMessages } from '../i18n/en-US/actionProblems';

export interface NudgesRequest {
  /** Sends the nudges an act outside the series document made due (publishing, recording), after it landed. */
  readonly after: (
    trigger: NudgeTrigger,
    stored?: StoredSeries,
    assigned?: Assigned,
    requested?: Requested,
  ) => void;
  /** What the last sending did, for the person who acted; cleared by `dismiss`. */
  readonly notice?: NudgeNotice;
  readonly dismiss: () => void;
}

type Stored = AgendaContext & { readonly stored: StoredSeries };

/** A role the organizer gave someone: only that person is told, about that occurrence. */
interface Assigned {
  readonly occurrence: OccurrenceKey;
  readonly roleId: string;
  readonly holder: UserId;
}

/** A request to take someone's turn: only the holder asked is told, about that occurrence. */
interface Requested {
  readonly occurrence: OccurrenceKey;
  readonly request: NudgeRequest;
}

/**
 * Sends the activity-feed nudges (issue #15) that this view's acts make due: voting opened or closed (the intents,
 * as they land), publishing and recording (their sections call `after`). Best effort and in the background: the act
 * already stood; what was sent, or why not, shows in `notice`. One sending at a time from this view, on the newest
 * version it knows. The sending code loads on first use, outside the tab's initial bundle.
 */
export function useNudges(loadServices: LoadServices, ctx: Stored, request: AgendaRequest): NudgesRequest {
  const roles = useRoles(loadServices, ctx, request.dispatch, { recordsInputs: false });
  const plan = useRef(roles.plan);
  plan.current = roles.plan;
  const latest = useRef(ctx);
  latest.current = ctx;
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [notice, setNotice] = useState<NudgeNotice>();
  const { services, actor, adopt, onLanded } = request;

  const after = useCallback(
    (trigger: NudgeTrigger, stored?: StoredSeries, assigned?: Assigned, requested?: Requested) => {
      const run = async () => {
        const s = services();
        const who = actor();
        const p = plan.current;
        if (!s || !who || !p) return;
        const [{ sendNudges }, { nudgeAudienceOf }] = await Promise.all([
          import(/* webpackChunkName: "nudges" */ '../../usecases/nudges/sendNudges'),
          import(/* webpackChunkName: "nudges" */ '../../usecases/nudges/nudgeAudience'),
        ]);
        const planned = nudgeAudienceOf(p, trigger);
        if (!planned) return;
        const startOf = (occ: OccurrenceKey) =>
          Date.parse(p.occurrences.find((o) => o.occurrence === occ)?.start ?? latest.current.meeting.start);
        const audience = requested
          ? {
              ...planned,
              occurrence: requested.occurrence,
              occurrenceStart: startOf(requested.occurrence),
              roles: [],
            }
          : assigned
            ? {
                ...planned,
                occurrence: assigned.occurrence,
                occurrenceStart: startOf(assigned.occurrence),
                roles: [
                  {
                    roleId: assigned.roleId,
                    label: roleLabelOf(p.roles, assigned.roleId),
                    holder: assigned.holder,
                  },
                ],
              }
            : planned;
        const c = latest.current;
        const report = await sendNudges(
          { store: s.agenda.store, notifier: s.nudges },
          stored ?? c.stored,
          who,
          {
            ...audience,
            meetingTitle: c.series.title,
            trigger,
            ...(requested ? { requests: [requested.request] } : {}),
            words: actionProblemsMessages.nudgePreview,
          },
          { now: s.now, newToken: s.newId, webUrl: s.appLink(c.meeting) },
        );
        if (report.stored) adopt(report.stored);
        const names = new Map<UserId, string>(p.roster.map((r) => [r.id, r.name]));
        const shown = describeNudgeReport(report, (id) => names.get(id) ?? 'someone');
        if (shown) setNotice(shown);
      };
      queue.current = queue.current
        .then(run)
        .catch((e: unknown) => console.warn('Roundtable: nudges could not be sent', e));
    },
    [services, actor, adopt],
  );

  useEffect(
    () =>
      onLanded((intent, stored) => {
        const trigger = nudgeTriggerOf(intent);
        if (!trigger) return;
        if (intent.kind === 'requestRoleSwap') {
          const label = roleLabelOf(plan.current?.roles ?? [], intent.roleId);
          after(trigger, stored, undefined, {
            occurrence: intent.occurrence,
            request: {
              id: intent.id,
              holder: intent.holder,
              fromName: actor()?.name ?? meetingMessages.someone,
              roleLabel: label,
            },
          });
        } else if (intent.kind === 'assignRole')
          after(trigger, stored, {
            occurrence: intent.occurrence,
            roleId: intent.roleId,
            holder: intent.holder,
          });
        else after(trigger, stored);
      }),
    [onLanded, after, actor],
  );

  const dismiss = useCallback(() => setNotice(undefined), []);
  return { after, dismiss, ...(notice ? { notice } : {}) };
}

/** A role's name as the sender reads it (notifications go out in the sender's language, like the rest they write). */
function roleLabelOf(roles: readonly RoleDef[], roleId: string): string {
  const role = roles.find((r) => r.id === roleId);
  return role ? roleLabel(role) : roleId;
}
