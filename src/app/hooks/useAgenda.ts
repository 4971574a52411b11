import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from '../../domain/agenda/agendaTypes';
import type { Meeting, Team } from '../../domain/meetings/meeting';
import { err, ok, type Result } from '../../domain/result';
import type { SeriesIntent } from '../../domain/series/seriesIntent';
import { linkSeriesToTeam } from '../../usecases/agenda/linkSeriesToTeam';
import { openAgenda, type AgendaContext } from '../../usecases/agenda/openAgenda';
import type { Failure, StoredSeries } from '../../usecases/ports';
import { archiveOldMeetings } from '../../usecases/series/archiveOldMeetings';
import { changeSeries, type ChangeFailure } from '../../usecases/series/changeSeries';
import type { AppServices, LoadServices } from '../AppServices';
import { failureFromError } from './failureFromError';

// Someone else's vote or proposal should show up without a reload, but a tab left open all day must not poll
// Graph for nothing: every 30 s, and only while the page is visible.
const REFRESH_MS = 30_000;

/** What the user is in this occurrence, as the role plan says (the organizer is known from the calendar). */
export interface Capacities {
  readonly isFacilitator: boolean;
  readonly isTimekeeper: boolean;
  readonly isNoteTaker: boolean;
}

export const NO_CAPACITIES: Capacities = { isFacilitator: false, isTimekeeper: false, isNoteTaker: false };

export type Dispatch = (intent: SeriesIntent) => Promise<Result<void, ChangeFailure>>;

export interface AgendaRequest {
  readonly loading: boolean;
  /** Opening failed (the view offers Try again). */
  readonly failure?: Failure;
  readonly ctx?: AgendaContext;
  /** The last background refresh failed; what is shown may be stale. Cleared by the next success. */
  readonly refreshFailure?: Failure;
  readonly retry: () => void;
  /** Re-reads the document now (focus, visibility, interval and after a link all call it). */
  readonly refresh: () => void;
  /** Writes one intent through changeSeries; the caller keeps the user's input until this resolves ok. */
  readonly dispatch: Dispatch;
  readonly link: (team: Team) => Promise<Result<void, ChangeFailure>>;
  readonly newId: () => string;
  /** Shows a document another use-case wrote (the Planner recording): the same ordering rule as dispatch's. */
  readonly adopt: (stored: StoredSeries) => void;
  /** The loaded services (undefined until the agenda opened once). */
  readonly services: () => AppServices | undefined;
  /** Who acts, as of the latest render. */
  readonly actor: () => Actor | undefined;
}

interface State {
  readonly loading: boolean;
  readonly failure?: Failure;
  readonly ctx?: AgendaContext;
  readonly refreshFailure?: Failure;
}

/**
 * Opens a meeting's agenda (openAgenda: one parallel round, then one batched lookup), keeps it fresh, and writes
 * intents to it.
 *
 * Rationale for the sequence numbers: a background load started before a write can answer after it; applying
 * it would briefly show the user's own change undone. Every read and write takes a number when it starts; a
 * write's answer always applies (writes are queued, so they answer in order), and a read's only if nothing newer
 * was applied and no write landed after it started (applyStored).
 */
export function useAgenda(
  loadServices: LoadServices,
  meeting: Meeting,
  capacities: Capacities,
): AgendaRequest {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State>({ loading: true });
  const services = useRef<AppServices | undefined>(undefined);
  const ctxRef = useRef<AgendaContext | undefined>(undefined);
  const capacitiesRef = useRef(capacities);
  capacitiesRef.current = capacities;
  const started = useRef(0);
  const applied = useRef(0);
  // One write at a time from this view: each writes over the version the previous one left (one round trip when
  // nobody else writes), and their answers come back in the order they landed.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Reads that started before this had a write land after them: their answer may predate the write. */
  const writeFloor = useRef(0);
  const alive = useRef(true);

  /*
   * A write's answer is always the newest version this view knows of when it arrives, so it always applies, and
   * every read that started before it is stale from then on. A read applies only if nothing newer was applied.
   */
  const applyStored = useCallback((seq: number, stored: StoredSeries, kind: 'read' | 'write') => {
    if (!alive.current) return;
    if (kind === 'read' && (seq < applied.current || seq <= writeFloor.current)) return;
    if (kind === 'write') writeFloor.current = started.current;
    applied.current = Math.max(applied.current, seq);
    const prev = ctxRef.current;
    if (!prev) return;
    const next = { ...prev, stored };
    ctxRef.current = next;
    setState((s) => ({ loading: s.loading, ctx: next }));
  }, []);

  /*
   * The organizer's client moves old closed meetings to the archive file when it opens the series (archiveOldMeetings):
   * queued behind this view's own writes, best effort (the next open tries again), and silent unless it fails.
   */
  const archiveInBackground = useCallback((): void => {
    const run = queue.current.then(async () => {
      const s = services.current;
      const ctx = ctxRef.current;
      if (!s || !ctx?.stored) return;
      const seq = ++started.current;
      const r = await archiveOldMeetings(
        s.agenda.store,
        ctx.stored,
        actorOf(ctx, capacitiesRef.current),
        s.now,
      );
      if (r.ok && r.value.moved) applyStored(seq, r.value.stored, 'write');
      else if (!r.ok)
        console.warn('Roundtable: old meetings could not be moved to the archive yet', r.failure);
    });
    queue.current = run.catch((error: unknown) => console.warn('Roundtable: archiving failed', error));
  }, [applyStored]);

  useEffect(() => {
    alive.current = true;
    const seq = ++started.current;
    setState({ loading: true });
    loadServices()
      .then(async (s) => {
        services.current = s;
        return openAgenda(s.agenda, meeting);
      })
      // Ports return expected failures as values; this catches the chunk download, MSAL start-up and bugs.
      .catch((error: unknown) => {
        console.error('Roundtable could not open the agenda', error);
        return err(failureFromError(error));
      })
      .then((outcome) => {
        if (!alive.current || seq < applied.current) return;
        applied.current = seq;
        if (outcome.ok) {
          ctxRef.current = outcome.value;
          setState({ loading: false, ctx: outcome.value });
          if (outcome.value.stored && outcome.value.meeting.isOrganizer) archiveInBackground();
        } else setState({ loading: false, failure: outcome.failure });
      });
    return () => {
      alive.current = false;
    };
  }, [loadServices, meeting, attempt, archiveInBackground]);

  const refresh = useCallback(() => {
    const s = services.current;
    const location = ctxRef.current?.stored?.location;
    if (!s || !location) return;
    const seq = ++started.current;
    void s.agenda.store.load(location).then((r) => {
      if (r.ok) applyStored(seq, r.value, 'read');
      else if (alive.current) setState((st) => ({ ...st, refreshFailure: r.failure }));
    });
  }, [applyStored]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(onVisible, REFRESH_MS);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [refresh]);

  const actor = useCallback((): Actor | undefined => {
    const ctx = ctxRef.current;
    return ctx ? actorOf(ctx, capacitiesRef.current) : undefined;
  }, []);

  const write = useCallback(
    async (intent: SeriesIntent): Promise<Result<void, ChangeFailure>> => {
      const s = services.current;
      const ctx = ctxRef.current;
      if (!s || !ctx?.stored) return err({ source: 'rules', error: notReady });
      const seq = ++started.current;
      // Writes over the newest version this view holds: an uncontended write is one If-Match PUT.
      const r = await changeSeries(
        s.agenda.store,
        ctx.stored,
        actorOf(ctx, capacitiesRef.current),
        intent,
        s.now,
      ).catch((e: unknown): Result<never, ChangeFailure> =>
        err({ source: 'store', failure: failureFromError(e) }),
      );
      if (!r.ok) return r;
      const { attempts: _attempts, ...stored } = r.value;
      applyStored(seq, stored, 'write');
      return ok(undefined);
    },
    [applyStored],
  );
  const dispatch = useCallback(
    (intent: SeriesIntent): Promise<Result<void, ChangeFailure>> => {
      const next = queue.current.then(() => write(intent));
      queue.current = next.catch(() => undefined);
      return next;
    },
    [write],
  );

  const link = useCallback(
    async (team: Team): Promise<Result<void, ChangeFailure>> => {
      const s = services.current;
      const ctx = ctxRef.current;
      if (!s || !ctx) return err({ source: 'rules', error: notReady });
      const seq = ++started.current;
      const r = await linkSeriesToTeam(s.agenda.store, ctx, team);
      if (!r.ok) return err({ source: 'store', failure: r.failure });
      applyStored(seq, r.value, 'write');
      return ok(undefined);
    },
    [applyStored],
  );

  const adopt = useCallback(
    (stored: StoredSeries) => applyStored(++started.current, stored, 'write'),
    [applyStored],
  );
  const currentServices = useCallback(() => services.current, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const newId = useCallback(() => services.current?.newId() ?? crypto.randomUUID(), []);
  return { ...state, retry, refresh, dispatch, link, newId, adopt, services: currentServices, actor };
}

const notReady = {
  kind: 'notFound',
  message: 'The agenda is still loading; try again in a moment.',
} as const;

/** Who acts: permissions are decided by the domain from this, never by the view. */
export function actorOf(ctx: AgendaContext, c: Capacities): Actor {
  return {
    id: ctx.me.id,
    name: ctx.me.displayName,
    email: ctx.me.mail || ctx.me.userPrincipalName,
    isOrganizer: ctx.meeting.isOrganizer,
    isFacilitator: c.isFacilitator,
    isTimekeeper: c.isTimekeeper,
    isNoteTaker: c.isNoteTaker,
  };
}
