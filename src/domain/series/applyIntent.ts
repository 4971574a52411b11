// The one place a series document changes (DESIGN.md "Writes are intents"): an intent, the actor and the writer's
// clock in, the next document (or the rule it broke) out. Pure and total: every kind is handled, and the switch ends
// in assertNever, so a new intent can't be forgotten.
//
// The stamp: every register this write touches gets one stamp from the writer's hybrid logical clock, ticked past
// every stamp in `doc` (stamp.ts). `doc` is the newest stored version when the store applies the intent, so the write
// orders after everything it replaces, whatever the writer's wall clock says.
import type { ActionError } from '../actions/actionTypes';
import { captureAction } from '../actions/captureAction';
import { choosePlannerPlan } from '../actions/choosePlannerPlan';
import { claimAction } from '../actions/claimAction';
import { completeAction } from '../actions/completeAction';
import { linkTask } from '../actions/linkTask';
import { acquirePlannerLease, releasePlannerLease } from '../actions/plannerLease';
import { keepOffPlanner } from '../actions/keepOffPlanner';
import { reassignAction, setActionHelpers } from '../actions/reassignAction';
import { setDue } from '../actions/setDue';
import { setPlannerBucket } from '../actions/setPlannerBucket';
import type { Actor, AgendaError } from '../agenda/agendaTypes';
import { castBallot } from '../agenda/castBallot';
import { closeVoting, reopenVoting } from '../agenda/closeVoting';
import { mergeTopics } from '../agenda/mergeTopics';
import { editTopic, proposeTopic, withdrawTopic } from '../agenda/proposeTopic';
import { recordDecision } from '../agenda/recordDecision';
import { setSettings } from '../agenda/setSettings';
import { setTopicStatus } from '../agenda/setTopicStatus';
import { assertNever, type OccurrenceKey } from '../ids';
import { setNoteWriter, writeNotes } from '../notes/writeNotes';
import { err, ok, type Result } from '../result';
import { recordRecapSent, releaseRecap, startRecap } from '../recap/recapLease';
import { overrideRole } from '../roles/overrideRole';
import { rolesOf } from '../roles/rolesOf';
import { recordRoleInputs } from '../roles/recordRoleInputs';
import { setCustomRoles } from '../roles/setCustomRoles';
import { setOptOuts } from '../roles/setOptOuts';
import { swapRole } from '../roles/swapRole';
import { answerRoleSwap, requestRoleSwap, withdrawRoleSwap } from '../roles/requestRoleSwap';
import { replanRoles } from '../roles/replanRoles';
import type { RoleError } from '../roles/roleProblem';
import { runAgenda, type RunError } from '../run/runCommands';
import { voteKeepGoing } from '../run/keepGoing';
import { markNudges, pruneNudgeMarks, type NudgeClaimError } from '../nudges/markNudges';
import { canonicalJson, stamped } from './lww';
import type { ArchivePart } from './planArchive';
import type { SeriesDocument } from './seriesDocument';
import type { SeriesIntent } from './seriesIntent';
import { maxStampIn, tick, type Stamp } from './stamp';

export type IntentError = AgendaError | ActionError | RunError | NudgeClaimError | RoleError;

export function applyIntent(
  doc: SeriesDocument,
  intent: SeriesIntent,
  actor: Actor,
  now: number,
): Result<SeriesDocument, IntentError> {
  const archived = archivedOccurrence(doc, intent);
  if (archived)
    return err({
      kind: 'notFound',
      problem: { code: 'seriesMeetingArchived' },
    });
  const stamp = tick(maxStampIn(doc), now, actor.id);
  return applyWith(doc, intent, actor, stamp, now);
}

function applyWith(
  doc: SeriesDocument,
  intent: SeriesIntent,
  actor: Actor,
  stamp: Stamp,
  now: number,
): Result<SeriesDocument, IntentError> {
  switch (intent.kind) {
    case 'proposeTopic':
      return proposeTopic(doc, intent, actor, stamp);
    case 'editTopic':
      return editTopic(doc, intent.id, intent.input, actor, stamp);
    case 'withdrawTopic':
      return withdrawTopic(doc, intent.id, actor, stamp);
    case 'mergeTopics':
      return mergeTopics(doc, intent.occurrence, intent.from, intent.into, actor, stamp);
    case 'castBallot':
      return castBallot(doc, intent.occurrence, intent.dots, actor, stamp);
    case 'closeVoting':
      return closeVoting(doc, intent.occurrence, intent.meetingMinutes, actor, stamp);
    case 'reopenVoting':
      return reopenVoting(doc, intent.occurrence, actor, stamp);
    case 'setTopicStatus':
      return setTopicStatus(doc, intent.occurrence, intent.topicId, intent.status, actor, stamp);
    case 'recordDecision':
      return recordDecision(doc, intent.occurrence, intent.topicId, intent.decision, actor, stamp);
    case 'setSettings':
      return setSettings(doc, intent.settings, actor, stamp);
    case 'runAgenda':
      return runAgenda(doc, intent.occurrence, intent.command, intent.meetingMinutes, actor, stamp, now);
    case 'takeRole':
      return swapRole(doc, intent.occurrence, intent.roleId, actor, stamp);
    case 'requestRoleSwap':
      return requestRoleSwap(doc, intent, actor, stamp);
    case 'answerRoleSwap':
      return answerRoleSwap(doc, intent.occurrence, intent.requestId, intent.accept, actor, stamp);
    case 'withdrawRoleSwap':
      return withdrawRoleSwap(doc, intent.occurrence, intent.requestId, actor, stamp);
    case 'replanRoles':
      return replanRoles(doc, intent.from, actor, stamp);
    case 'assignRole':
      return overrideRole(doc, intent.occurrence, intent.roleId, intent.holder, actor, stamp);
    case 'setRoles':
      return setCustomRoles(doc, intent.roles, actor, stamp);
    case 'setOptOut': {
      // Roles the organizer has since removed drop out of the list; they can't be opted out of any more.
      const known = new Set(rolesOf(doc).map((r) => r.id));
      const current = (doc.optOuts?.[intent.person]?.value ?? []).filter((r) => known.has(r));
      const next = intent.optedOut ? [...current, intent.roleId] : current.filter((r) => r !== intent.roleId);
      return setOptOuts(doc, intent.person, next, actor, stamp);
    }
    case 'recordRoleInputs':
      return recordRoleInputs(doc, intent.inputs, actor, stamp);
    case 'captureAction':
      return captureAction(doc, intent.input, actor, stamp);
    case 'claimAction':
      return claimAction(doc, intent.actionId, actor, stamp);
    case 'reassignAction':
      return reassignAction(doc, intent.actionId, intent.owner, actor, stamp);
    case 'setActionHelpers':
      return setActionHelpers(doc, intent.actionId, intent.helpers, actor, stamp);
    case 'keepOffPlanner':
      return keepOffPlanner(doc, intent.actionId, intent.kept, actor, stamp);
    case 'setActionDue':
      return setDue(doc, intent.actionId, intent.due, actor, stamp);
    case 'completeAction':
      return completeAction(doc, intent.actionId, intent.completed, actor, stamp);
    case 'startRecording': {
      let next = doc;
      for (const c of intent.captures) {
        const captured = captureAction(next, c, actor, stamp);
        if (!captured.ok) return captured;
        next = captured.value;
      }
      return acquirePlannerLease(next, intent.holder, stamp, now);
    }
    case 'finishRecording': {
      const withBucket = setPlannerBucket(doc, intent.bucket, stamp);
      if (!withBucket.ok) return withBucket;
      let next = withBucket.value;
      for (const l of intent.links) {
        // An action archived or gone meanwhile has nothing to link; the task keeps its marker.
        const linked = linkTask(next, l.actionId, { ...intent.bucket, taskId: l.taskId }, stamp);
        if (linked.ok) next = linked.value;
      }
      return releasePlannerLease(next, intent.holder, stamp);
    }
    case 'releaseRecording':
      return releasePlannerLease(doc, intent.holder, stamp);
    case 'choosePlannerPlan':
      return choosePlannerPlan(doc, { planId: intent.planId, title: intent.planTitle }, actor, stamp);
    case 'archive':
      if (!actor.isOrganizer)
        return err({ kind: 'notAllowed', problem: { code: 'seriesArchiveNotOrganizer' } });
      return ok(removeArchived(doc, intent.part, intent.file, stamp));
    case 'dismissHealth':
      if (!actor.isOrganizer)
        return err({
          kind: 'notAllowed',
          problem: { code: 'seriesHealthNotOrganizer' },
        });
      return ok({ ...doc, healthSeen: stamped(intent.upTo, stamp) });
    case 'writeNotes':
      return writeNotes(doc, intent.occurrence, intent.itemId, intent.text, intent.basedOn, actor, stamp);
    case 'setNoteWriter':
      return setNoteWriter(doc, intent.occurrence, intent.person, intent.name, intent.invited, actor, stamp);
    case 'startRecap':
      return startRecap(doc, intent, actor, stamp, now);
    case 'recapSent':
      return recordRecapSent(doc, intent, actor, stamp);
    case 'releaseRecap':
      return releaseRecap(doc, intent.occurrence, intent.holder, intent.unclear, stamp);
    case 'markNudges':
      return markNudges(doc, intent.keys, intent.token, stamp);
    case 'voteKeepGoing':
      return voteKeepGoing(doc, intent.occurrence, intent.itemId, intent.choice, actor, stamp);
    default:
      return assertNever(intent, 'series intent');
  }
}

/**
 * Takes out of the live document what the archive file now holds. Occurrences go oldest first and only while each is
 * still equal to its archived copy, so what is archived is always a prefix ("through" a key) and a meeting changed
 * since the plan stays live, with everything after it (they move next time). Topics and actions go only when every
 * planned occurrence went, and only if still equal to their copy.
 */
function removeArchived(doc: SeriesDocument, part: ArchivePart, file: string, stamp: Stamp): SeriesDocument {
  const same = (a: unknown, b: unknown) => a !== undefined && canonicalJson(a) === canonicalJson(b);
  const planned = Object.keys(part.doc.occurrences).sort();
  const gone = new Set<string>();
  for (const k of planned) {
    if (!same(doc.occurrences[k], part.doc.occurrences[k])) break;
    gone.add(k);
  }
  const through = [...gone].sort().pop();
  if (through === undefined) return doc;
  const whole = gone.size === planned.length;
  const keep = <V>(live: Readonly<Record<string, V>>, moved: Readonly<Record<string, V>>, on: boolean) => {
    let removed = 0;
    const out: Record<string, V> = {};
    for (const [k, v] of Object.entries(live))
      if (on && same(moved[k], v)) removed += 1;
      else out[k] = v;
    return { out, removed };
  };
  const proposals = keep(doc.proposals, part.doc.proposals, whole);
  const actions = keep(doc.actions, part.doc.actions, whole);
  const before = doc.archive?.value;
  const nudgesSent = pruneNudgeMarks(doc.nudgesSent, gone, new Set(Object.keys(actions.out)));
  return {
    ...doc,
    occurrences: Object.fromEntries(Object.entries(doc.occurrences).filter(([k]) => !gone.has(k))),
    proposals: proposals.out,
    actions: actions.out,
    ...(nudgesSent ? { nudgesSent } : {}),
    archive: stamped(
      {
        through: before && before.through > through ? before.through : (through as OccurrenceKey),
        files: [...new Set([...(before?.files ?? []), file])].sort(),
        occurrences: (before?.occurrences ?? 0) + gone.size,
        proposals: (before?.proposals ?? 0) + proposals.removed,
        actions: (before?.actions ?? 0) + actions.removed,
      },
      stamp,
    ),
  };
}

/** The first occurrence an intent names that was moved to the archive. */
function archivedOccurrence(doc: SeriesDocument, intent: SeriesIntent): OccurrenceKey | undefined {
  const through = doc.archive?.value.through;
  if (through === undefined) return undefined;
  const named: OccurrenceKey[] =
    'occurrence' in intent
      ? [intent.occurrence]
      : intent.kind === 'captureAction'
        ? [intent.input.occurrence]
        : intent.kind === 'startRecording'
          ? intent.captures.map((c) => c.occurrence)
          : [];
  return named.find((occ) => occ <= through);
}
