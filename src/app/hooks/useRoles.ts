import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Actor } from '../../domain/agenda/agendaTypes';
import type { UserId } from '../../domain/ids';
import { overrideRole } from '../../domain/roles/overrideRole';
import { setCustomRoles } from '../../domain/roles/setCustomRoles';
import { setOptOuts } from '../../domain/roles/setOptOuts';
import type { CustomRole } from '../../domain/series/seriesDocument';
import { swapRole } from '../../domain/roles/swapRole';
import { err, type Result } from '../../domain/result';
import type { AgendaCommand, ChangeFailure } from '../../usecases/agenda/changeAgenda';
import type { AgendaContext } from '../../usecases/agenda/openAgenda';
import type { Failure, StoredSeries } from '../../usecases/ports';
import {
  fetchRoleSources,
  rolesPlanFrom,
  type RoleSources,
  type RolesPlan,
} from '../../usecases/roles/planRoles';
import { syncRoleInputs } from '../../usecases/roles/syncRoleInputs';
import type { LoadServices } from '../AppServices';
import { failureFromError } from './failureFromError';
import { rememberMyRoles } from './myRoleBadges';

export interface RolesRequest {
  readonly loading: boolean;
  readonly failure?: Failure;
  readonly plan?: RolesPlan;
  readonly retry: () => void;
  readonly takeTurn: (roleId: string) => Promise<Result<void, ChangeFailure>>;
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
 * Reads the roster and the series' occurrences once per opened meeting (2 parallel round trips), then
 * recomputes the plan from every newer document the Agenda area loads or writes, with no further reads.
 * Writes go through the Agenda area's `run` so both areas share one document and one sequence of writes.
 */
export function useRoles(
  loadServices: LoadServices,
  ctx: Stored,
  run: (command: AgendaCommand) => Promise<Result<void, ChangeFailure>>,
): RolesRequest {
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
        fetchRoleSources({ meetings: s.meetings, directory: s.agenda.directory }, ctxRef.current, s.now()),
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
    rememberMyRoles(plan, ctx.me.id);
    // Once per opened meeting: the organizer's client records the responses snapshot everyone else plans with.
    if (!plan.pending || synced.current) return;
    synced.current = true;
    const pending = plan.pending;
    void syncRoleInputs(ctxRef.current.stored.doc, pending, run).then((r) => {
      // A failed snapshot only delays consistency for other viewers; the next open retries it.
      if (!r.ok) synced.current = false;
    });
  }, [plan, meeting, ctx.me.id, run]);

  // The Agenda area's actor learns isFacilitator from this plan too, but only after a render; use it directly.
  const isFacilitator = plan?.isFacilitator ?? false;
  const runAs = useCallback(
    (make: (actor: Actor) => AgendaCommand) =>
      run((doc, actor, now) =>
        make({ ...actor, isFacilitator: isFacilitator || actor.isFacilitator })(doc, actor, now),
      ),
    [run, isFacilitator],
  );

  return {
    loading: !sources.value && !sources.failure,
    ...(sources.failure ? { failure: sources.failure } : {}),
    ...(plan ? { plan } : {}),
    retry: () => setAttempt((n) => n + 1),
    setRoles: (roles) => runAs((actor) => (doc, _a, now) => setCustomRoles(doc, roles, actor, now)),
    takeTurn: (roleId) =>
      runAs((actor) => (doc, _a, now) => swapRole(doc, ctx.occurrence, roleId, actor, now)),
    assign: (roleId, holder) =>
      runAs((actor) => (doc, _a, now) => overrideRole(doc, ctx.occurrence, roleId, holder, actor, now)),
    setOptOut: (person, roleId, optedOut) =>
      runAs((actor) => (doc, _a, now) => {
        const current = doc.optOuts?.[person]?.value ?? [];
        const next = optedOut ? [...current, roleId] : current.filter((r) => r !== roleId);
        return setOptOuts(doc, person, next, actor, now);
      }),
  };
}
