import { useCallback, useEffect, useRef, useState } from 'react';
import type { Actor } from '../../domain/agenda/agendaTypes';
import type { ActionOwner, ActionRecord } from '../../domain/actions/actionTypes';
import { goesToPlanner } from '../../domain/actions/goesToPlanner';
import { err, type Result } from '../../domain/result';
import type { ActionIntent } from '../../domain/series/seriesIntent';
import { changeAction } from '../../usecases/actions/changeAction';
import { checkOwnerAccount, type OwnerAccount } from '../../usecases/actions/checkOwnerAccount';
import { recordToPlanner, type ItemResult, type RecordFailure } from '../../usecases/actions/recordToPlanner';
import { reviewCommitments, type Commitment } from '../../usecases/actions/reviewCommitments';
import type { AgendaContext } from '../../usecases/agenda/openAgenda';
import type { Failure, PlannerPlan, StoredSeries } from '../../usecases/ports';
import type { ChangeFailure } from '../../usecases/series/changeSeries';
import type { AgendaRequest } from './useAgenda';
import { failureFromError } from './failureFromError';
import { meetingMessages } from '../i18n/en-US/meeting';
import { actionProblemsMessages } from '../i18n/en-US/actionProblems';

export interface RecordProgress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export interface ReviewState {
  readonly loading: boolean;
  readonly failure?: Failure;
  readonly commitments?: readonly Commitment[];
}

export interface EditOutcome {
  /** Saved, but Planner could not be updated: what to tell the user. */
  readonly plannerFailure?: Failure;
  readonly notAssigned: readonly string[];
}

/** The team's plans, read when the organizer opens the plan picker. */
export interface PlanListState {
  readonly loading: boolean;
  readonly failure?: Failure;
  readonly plans?: readonly PlannerPlan[];
}

export interface ActionsRequest {
  /** This occurrence's actions, oldest first. */
  readonly items: readonly ActionRecord[];
  /** The last recording's answer per action id. */
  readonly results: ReadonlyMap<string, ItemResult>;
  readonly progress?: RecordProgress;
  readonly recording: boolean;
  readonly review: ReviewState;
  readonly reloadReview: () => void;
  readonly change: (command: ActionIntent) => Promise<Result<EditOutcome, RecordFailure>>;
  /** Records every action of this occurrence not yet in Planner (a retry records only what is missing). */
  readonly record: () => Promise<Result<readonly ItemResult[], RecordFailure>>;
  readonly newId: () => string;
  /** Whether Planner can assign this owner (a directory lookup, remembered for the view's life). */
  readonly checkOwner: (owner: ActionOwner) => Promise<OwnerAccount>;
  /** Undefined until the organizer opens the plan picker (loadPlans). */
  readonly planList?: PlanListState;
  /** Reads the team's plans (again, after a failure). */
  readonly loadPlans: () => void;
  /** The organizer's choice of plan for the series' recordings, written as an intent. */
  readonly choosePlan: (plan: PlannerPlan) => Promise<Result<void, ChangeFailure>>;
}

/** Read when it happens, so it is in the user's language. */
const notReady = (): RecordFailure => ({
  source: 'rules',
  error: { kind: 'notFound', message: meetingMessages.agendaLoading },
});

/**
 * Action items of one occurrence over the agenda's document: edits and recordings go through the use-cases and
 * the resulting document is handed back to the agenda (adopt), so both areas always show one document.
 */
export function useActions(
  request: Pick<AgendaRequest, 'adopt' | 'services' | 'newId' | 'dispatch'>,
  ctx: AgendaContext & { readonly stored: StoredSeries },
  actor: Actor,
  today: string,
  /** Called with the version a recording to Planner left (the nudges recording makes due). */
  onRecorded?: (stored: StoredSeries) => void,
): ActionsRequest {
  const { adopt, services, dispatch } = request;
  const [results, setResults] = useState<ReadonlyMap<string, ItemResult>>(new Map());
  const [progress, setProgress] = useState<RecordProgress>();
  const [recording, setRecording] = useState(false);
  const [review, setReview] = useState<ReviewState>({ loading: true });
  const [reviewRun, setReviewRun] = useState(0);
  const storedRef = useRef(ctx.stored);
  storedRef.current = ctx.stored;
  // One holder per open view, kept across "Try again", so a lease this view failed to release can't lock it out;
  // `recording` keeps its calls from overlapping (a double click is ignored).
  const holder = useRef(crypto.randomUUID());
  const busy = useRef(false);

  const hasEarlier = Object.values(ctx.stored.doc.actions).some((a) => a.occurrence < ctx.occurrence);
  useEffect(() => {
    const s = services();
    if (!s || !hasEarlier) {
      setReview({ loading: false, commitments: [] });
      return;
    }
    let alive = true;
    setReview((r) => ({ ...r, loading: true }));
    reviewCommitments(s.tasks, storedRef.current, ctx.occurrence, today)
      .catch((e: unknown) => err(failureFromError(e)))
      .then((r) => {
        if (!alive) return;
        setReview(r.ok ? { loading: false, commitments: r.value } : { loading: false, failure: r.failure });
      });
    return () => {
      alive = false;
    };
    // The review is read when the view opens and on "Refresh", not on every document change (votes, edits).
  }, [services, hasEarlier, ctx.occurrence, today, reviewRun]);

  const change = useCallback(
    async (command: ActionIntent): Promise<Result<EditOutcome, RecordFailure>> => {
      const s = services();
      if (!s) return err(notReady());
      const r = await changeAction(
        { store: s.agenda.store, tracker: s.tasks, directory: s.agenda.directory },
        storedRef.current,
        actor,
        command,
        s.now,
        actionProblemsMessages.plannerTask,
      ).catch((e: unknown): Result<never, RecordFailure> =>
        err({ source: 'store', failure: failureFromError(e) }),
      );
      if (!r.ok) return r;
      adopt(r.value.stored);
      return {
        ok: true,
        value: {
          notAssigned: r.value.notAssigned,
          ...(r.value.plannerFailure ? { plannerFailure: r.value.plannerFailure } : {}),
        },
      };
    },
    [services, actor, adopt],
  );

  const record = useCallback(async (): Promise<Result<readonly ItemResult[], RecordFailure>> => {
    const s = services();
    if (!s) return err(notReady());
    if (busy.current) return { ok: true, value: [] };
    busy.current = true;
    setRecording(true);
    setProgress({ done: 0, total: 4, label: meetingMessages.recordingStarting });
    try {
      const stored = storedRef.current;
      const ids = Object.values(stored.doc.actions)
        .filter((a) => a.occurrence === ctx.occurrence && a.planner === undefined && goesToPlanner(a))
        .map((a) => a.id);
      const start = new Date(ctx.meeting.start);
      const r = await recordToPlanner(
        { store: s.agenda.store, tracker: s.tasks, directory: s.agenda.directory },
        {
          stored,
          seriesTitle: ctx.series.title,
          meetingUrl: ctx.meeting.joinUrl ?? ctx.meeting.webLink ?? 'https://outlook.office.com/calendar/',
          occurrenceLabel: start.toLocaleDateString(undefined, {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            year: 'numeric',
          }),
          capture: [],
          actionIds: ids,
          words: actionProblemsMessages.plannerTask,
        },
        actor,
        {
          now: s.now,
          newToken: s.newId,
          holder: holder.current,
          onProgress: (done, total, step) =>
            setProgress({ done, total, label: actionProblemsMessages.recordStep(step) }),
        },
      ).catch((e: unknown): Result<never, RecordFailure> =>
        err({ source: 'planner', failure: failureFromError(e) }),
      );
      if (!r.ok) {
        if (r.failure.stored) adopt(r.failure.stored);
        return r;
      }
      adopt(r.value.stored);
      onRecorded?.(r.value.stored);
      setResults((prev) => {
        const next = new Map(prev);
        for (const item of r.value.items) next.set(item.actionId, item);
        return next;
      });
      return { ok: true, value: r.value.items };
    } finally {
      busy.current = false;
      setRecording(false);
      setProgress(undefined);
    }
  }, [services, actor, adopt, ctx.occurrence, ctx.meeting, ctx.series.title, onRecorded]);

  // One lookup per address: picking the same owner again (or in another item) asks nobody.
  const accounts = useRef(new Map<string, Promise<OwnerAccount>>());
  const checkOwner = useCallback(
    (owner: ActionOwner): Promise<OwnerAccount> => {
      const s = services();
      if (!s) return Promise.resolve('unknown');
      const key = owner.email.trim().toLowerCase();
      const known = accounts.current.get(key);
      if (known) return known;
      const asked = checkOwnerAccount(s.agenda.directory, owner).catch((): OwnerAccount => 'unknown');
      accounts.current.set(key, asked);
      // A failed lookup is not remembered: the next pick asks again.
      void asked.then((a) => {
        if (a === 'unknown') accounts.current.delete(key);
      });
      return asked;
    },
    [services],
  );

  const [planList, setPlanList] = useState<PlanListState>();
  const groupId = ctx.stored.location.groupId;
  const loadPlans = useCallback(() => {
    const s = services();
    if (!s) return;
    setPlanList((p) => ({ ...p, loading: true }));
    void s.tasks
      .listPlans(groupId)
      .catch((e: unknown) => err(failureFromError(e)))
      .then((r) =>
        // A failed read keeps the plans read before, if any: the picker stays usable.
        setPlanList((p) =>
          r.ok
            ? { loading: false, plans: r.value }
            : { loading: false, failure: r.failure, ...(p?.plans ? { plans: p.plans } : {}) },
        ),
      );
  }, [services, groupId]);
  const choosePlan = useCallback(
    (plan: PlannerPlan) => dispatch({ kind: 'choosePlannerPlan', planId: plan.id, planTitle: plan.title }),
    [dispatch],
  );

  const items = Object.values(ctx.stored.doc.actions)
    .filter((a) => a.occurrence === ctx.occurrence)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const reloadReview = useCallback(() => setReviewRun((n) => n + 1), []);
  return {
    items,
    results,
    ...(progress ? { progress } : {}),
    recording,
    review,
    reloadReview,
    change,
    record,
    newId: request.newId,
    checkOwner,
    ...(planList ? { planList } : {}),
    loadPlans,
    choosePlan,
  };
}
