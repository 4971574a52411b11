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
import { decidePollDelay, pollFailureWorthShowing } from './decidePollDelay';
import { failureFromError } from './failureFromError';
import { meetingMessages } from '../i18n/en-US/meeting';

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
  /** Calls `listener` after each of this view's intents lands, with the version it left; returns the unsubscribe. */
  readonly onLanded: (listener: LandedListener) => () => void;
}

export type LandedListener = (intent: SeriesIntent, stored: StoredSeries) => void;

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
  const landed = useRef(new Set<LandedListener>());

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

  /*
   * Re-reads the document conditionally (If-None-Match with the eTag shown): an unchanged file is a 304 that changes
   * nothing here, so a running countdown and anything typed stay as they are. Resolves whether it changed, or the
   * failure.
   */
  const poll = useCallback(async (): Promise<Result<boolean, Failure> | undefined> => {
    const s = services.current;
    const shown = ctxRef.current?.stored;
    if (!s || !shown) return undefined;
    const seq = ++started.current;
    const r = await s.agenda.store.load(shown.location, shown);
    if (!r.ok) return r;
    const changed = r.value.doc !== shown.doc || r.value.etag !== shown.etag;
    if (changed) applyStored(seq, r.value, 'read');
    return ok(changed);
  }, [applyStored]);

  const failureShown = useRef(false);
  const live = useRef({ failures: 0, lastChange: Date.now(), lastFailure: undefined as Failure | undefined });
  // Records a poll's outcome for the live loop; a failure shows only when waiting won't fix it or keeps happening.
  const pollAndRecord = useCallback(async (): Promise<void> => {
    const r = await poll().catch((e: unknown) => err(failureFromError(e)));
    if (!r || !alive.current) return;
    if (r.ok) {
      const lastChange = r.value ? Date.now() : live.current.lastChange;
      live.current = { failures: 0, lastFailure: undefined, lastChange };
      // Only when a failure is shown: a 304 must not even re-render (a running countdown keeps its frame).
      if (failureShown.current) {
        failureShown.current = false;
        setState((st) => ({ ...st, refreshFailure: undefined }));
      }
      return;
    }
    const failures = live.current.failures + 1;
    live.current = { ...live.current, failures, lastFailure: r.failure };
    if (pollFailureWorthShowing(r.failure, failures)) {
      failureShown.current = true;
      setState((st) => ({ ...st, refreshFailure: r.failure }));
    }
  }, [poll]);
  const refresh = useCallback(() => void pollAndRecord(), [pollAndRecord]);

  // The live loop (decidePollDelay): one poll at a time, the next scheduled when the last one answered; stopped while
  // the page is hidden, and an immediate read when it shows again or gains focus.
  useEffect(() => {
    let timer: number | undefined;
    let inFlight = false;
    let stopped = false;
    const schedule = () => {
      window.clearTimeout(timer);
      timer = undefined;
      if (stopped || inFlight) return;
      const ctx = ctxRef.current;
      const running = ctx?.stored?.doc.occurrences[ctx.occurrence]?.run?.value.status === 'running';
      const decision = decidePollDelay({
        visible: document.visibilityState === 'visible',
        focused: document.hasFocus(),
        running,
        quietForMs: Date.now() - live.current.lastChange,
        failures: live.current.failures,
        ...(live.current.lastFailure ? { lastFailure: live.current.lastFailure } : {}),
      });
      if (decision.kind === 'wait') timer = window.setTimeout(tick, decision.ms);
    };
    const tick = () => {
      if (inFlight || stopped) return;
      inFlight = true;
      void pollAndRecord().finally(() => {
        inFlight = false;
        schedule();
      });
    };
    const wake = () => {
      live.current = { ...live.current, lastChange: Date.now() };
      if (document.visibilityState === 'visible') tick();
      else schedule();
    };
    const touched = () => {
      live.current = { ...live.current, lastChange: Date.now() };
    };
    window.addEventListener('focus', wake);
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('pointerdown', touched);
    window.addEventListener('keydown', touched);
    schedule();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      window.removeEventListener('focus', wake);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('pointerdown', touched);
      window.removeEventListener('keydown', touched);
    };
  }, [pollAndRecord, state.ctx?.stored?.location.itemId]);

  const actor = useCallback((): Actor | undefined => {
    const ctx = ctxRef.current;
    return ctx ? actorOf(ctx, capacitiesRef.current) : undefined;
  }, []);

  const write = useCallback(
    async (intent: SeriesIntent): Promise<Result<void, ChangeFailure>> => {
      const s = services.current;
      const ctx = ctxRef.current;
      if (!s || !ctx?.stored) return err({ source: 'rules', error: notReady() });
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
      for (const listener of landed.current) listener(intent, stored);
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
      if (!s || !ctx) return err({ source: 'rules', error: notReady() });
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
  const onLanded = useCallback((listener: LandedListener) => {
    landed.current.add(listener);
    return () => void landed.current.delete(listener);
  }, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const newId = useCallback(() => services.current?.newId() ?? crypto.randomUUID(), []);
  return {
    ...state,
    retry,
    refresh,
    dispatch,
    link,
    newId,
    adopt,
    services: currentServices,
    actor,
    onLanded,
  };
}

/** Read when it happens, so it is in the user's language. */
const notReady = () => ({ kind: 'notFound', message: meetingMessages.agendaLoading }) as const;

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
