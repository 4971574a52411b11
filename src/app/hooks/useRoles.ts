import { useEffect, useMemo, useRef, useState } from 'react';
import { shownRole } from '../viewState/roleLabel';
import type { OccurrenceKey, UserId } from '../../domain/ids';
import type { CustomRole } from '../../domain/series/seriesDocument';
import { err, type Result } from '../../domain/result';
import type { AgendaContext } from '../../usecases/agenda/openAgenda';
import type { Failure, StoredSeries } from '../../usecases/ports';
import {
  fetchRoleSources,
  rolesPlanFrom,
  type RoleSources,
  type RolesPlan,
} from '../../usecases/roles/planRoles';
import { syncRoleInputs } from '../../usecases/roles/syncRoleInputs';
import type { ChangeFailure } from '../../usecases/series/changeSeries';
import type { LoadServices } from '../AppServices';
import { failureFromError } from './failureFromError';
import { rememberMyRoles } from './myRoleBadges';
import type { Dispatch } from './useAgenda';

export interface RolesRequest {
  readonly loading: boolean;
  readonly failure?: Failure;
  readonly plan?: RolesPlan;
  readonly retry: () => void;
  /** A role nobody holds: the volunteer takes it (there is nobody to ask). */
  readonly takeTurn: (roleId: string) => Promise<Result<void, ChangeFailure>>;
  /** "Can I take this turn?": asks the holder; nothing changes until they accept. */
  readonly askForTurn: (
    roleId: string,
    holder: UserId,
    holderName: string,
  ) => Promise<Result<void, ChangeFailure>>;
  readonly answerRequest: (requestId: string, accept: boolean) => Promise<Result<void, ChangeFailure>>;
  readonly withdrawRequest: (requestId: string) => Promise<Result<void, ChangeFailure>>;
  /** The organizer's "Re-plan the rest of the series", from `from` on. */
  readonly replan: (from: OccurrenceKey) => Promise<Result<void, ChangeFailure>>;
  /** The organizer sets the series' roles (custom roles such as "Challenger"). */
  readonly setRoles: (roles: readonly CustomRole[]) => Promise<Result<void, ChangeFailure>>;
  readonly assign: (roleId: string, holder: UserId) => Promise<Result<void, ChangeFailure>>;
  readonly setOptOut: (
    person: UserId,
    roleId: string,
    optedOut: boolean,
  ) => Promise<Result<void, ChangeFailure>>;
}

type Stored = AgendaContext & { readonly stored: StoredSeries };

/**
 * Takes the roster and the series' occurrences openAgenda read beside the agenda (or reads them again on Try
 * again, in one parallel round), then
 * recomputes the plan from every newer document the Agenda area loads or writes, with no further reads.
 * Writes are intents dispatched through the agenda's one store-update path, so both areas share one document and one
 * sequence of writes.
 */
export function useRoles(
  loadServices: LoadServices,
  ctx: Stored,
  dispatch: Dispatch,
  /**
   * Whether this user of the plan records the organizer's responses snapshot. One per view is enough: the Roles area
   * and the side panel do; the notes, the publish dialog and the nudges only read the plan (several writers of the
   * same snapshot on one open each cost a write).
   */
  options: { readonly recordsInputs?: boolean } = {},
): RolesRequest {
  const recordsInputs = options.recordsInputs ?? true;
  const [attempt, setAttempt] = useState(0);
  const [sources, setSources] = useState<{ readonly value?: RoleSources; readonly failure?: Failure }>({});
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const meeting = ctx.meeting;
  const synced = useRef(false);

  useEffect(() => {
    let alive = true;
    setSources({});
    loadServices()
      .then((s) =>
        // The first time, what openAgenda read beside the agenda (no round trip); Try again reads afresh.
        fetchRoleSources(
          { meetings: s.meetings, directory: s.agenda.directory },
          ctxRef.current,
          s.now(),
          attempt === 0,
        ),
      )
      .catch((error: unknown) => err(failureFromError(error)))
      .then((r) => {
        if (alive) setSources(r.ok ? { value: r.value } : { failure: r.failure });
      });
    return () => {
      alive = false;
    };
  }, [loadServices, meeting, attempt]);

  const plan = useMemo(
    () => (sources.value ? rolesPlanFrom(sources.value, ctx) : undefined),
    [sources.value, ctx],
  );

  useEffect(() => {
    if (!plan) return;
    rememberMyRoles({ ...plan, roles: plan.roles.map(shownRole) }, ctx.me.id);
    // Once per opened meeting: the organizer's client records the responses snapshot everyone else plans with.
    if (!plan.pending || synced.current || !recordsInputs) return;
    synced.current = true;
    const pending = plan.pending;
    void syncRoleInputs(ctxRef.current.stored.doc, pending, dispatch).then((r) => {
      // A failed snapshot only delays consistency for other viewers; the next open retries it.
      if (!r.ok) synced.current = false;
    });
  }, [plan, meeting, ctx.me.id, dispatch, recordsInputs]);

  return {
    loading: !sources.value && !sources.failure,
    ...(sources.failure ? { failure: sources.failure } : {}),
    ...(plan ? { plan } : {}),
    retry: () => setAttempt((n) => n + 1),
    setRoles: (roles) => dispatch({ kind: 'setRoles', roles }),
    takeTurn: (roleId) => dispatch({ kind: 'takeRole', occurrence: ctx.occurrence, roleId }),
    askForTurn: (roleId, holder, holderName) =>
      dispatch({
        kind: 'requestRoleSwap',
        // Made once per click: a retry of this write is recognised as the same request.
        id: globalThis.crypto.randomUUID(),
        occurrence: ctx.occurrence,
        roleId,
        holder,
        holderName,
      }),
    answerRequest: (requestId, accept) =>
      dispatch({ kind: 'answerRoleSwap', occurrence: ctx.occurrence, requestId, accept }),
    withdrawRequest: (requestId) =>
      dispatch({ kind: 'withdrawRoleSwap', occurrence: ctx.occurrence, requestId }),
    replan: (from) => dispatch({ kind: 'replanRoles', from }),
    assign: (roleId, holder) => dispatch({ kind: 'assignRole', occurrence: ctx.occurrence, roleId, holder }),
    setOptOut: (person, roleId, optedOut) => dispatch({ kind: 'setOptOut', person, roleId, optedOut }),
  };
}
