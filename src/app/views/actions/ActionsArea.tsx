import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Subtitle1,
  Subtitle2,
  Text,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { mayAssign, type ActionActor } from '../../../domain/actions/actionActor';
import { ACTION_TITLE_MAX, type ActionOwner, type ActionRecord } from '../../../domain/actions/actionTypes';
import { helpersOf } from '../../../domain/actions/helpersOf';
import { isOwner } from '../../../domain/actions/isOwner';
import { goesToPlanner } from '../../../domain/actions/goesToPlanner';
import type { OwnerAccount } from '../../../usecases/actions/checkOwnerAccount';
import type { ItemResult } from '../../../usecases/actions/recordToPlanner';
import type { AgendaContext } from '../../../usecases/agenda/openAgenda';
import type { StoredSeries } from '../../../usecases/ports';
import { messageForFailure } from '../../errors/messageForFailure';
import { actionsMessages } from '../../i18n/en-US/actions';
import type { ChangeProblem } from '../../hooks/describeChangeFailure';
import type { ActionsRequest } from '../../hooks/useActions';
import { ProblemBar } from '../agenda/ProblemBar';
import { deriveOwnerFlag } from '../../hooks/deriveOwnerFlag';
import { OwnerFlagBar } from './OwnerFlagBar';
import { looksLikeEmail, PeoplePicker } from './PeoplePicker';
import { problemOf } from './problemOf';
import { isRecordable, waitsForOwner } from './waitsForOwner';
import { RecordingPlan } from './RecordingPlan';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'end',
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface ActionsAreaProps {
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly actor: ActionActor;
  readonly actions: ActionsRequest;
}

function peopleOf(ctx: AgendaContext): ActionOwner[] {
  const seen = new Set<string>();
  const out: ActionOwner[] = [];
  const add = (p: { readonly name: string; readonly email: string }) => {
    const key = p.email.toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ email: p.email, name: p.name || p.email });
  };
  add({ name: ctx.me.displayName, email: ctx.me.mail ?? ctx.me.userPrincipalName });
  add(ctx.meeting.organizer);
  for (const a of ctx.meeting.attendees) if (a.kind !== 'resource') add(a);
  return out;
}

/** "Action items": capture with owners, due date and topic; claim; record to Planner with per-item results. */
export function ActionsArea({ ctx, actor, actions }: ActionsAreaProps) {
  const styles = useStyles();
  const m = actionsMessages.area;
  const people = useMemo(() => peopleOf(ctx), [ctx]);
  const canAssign = mayAssign(actor);
  // Items the last recording kept back because their owner has no account here, with that owner still: recording
  // them again can't work, so they don't count as recordable until someone gives them an owner from the organization
  // or keeps them off Planner. Items kept off Planner by choice count as neither.
  const waiting = actions.items.filter((a) => waitsForOwner(a, actions.results.get(a.id)));
  const recordable = actions.items.filter((a) => isRecordable(a, actions.results.get(a.id))).length;
  const keptOff = actions.items.filter((a) => a.planner === undefined && !goesToPlanner(a)).length;
  const [recordProblem, setRecordProblem] = useState<ChangeProblem>();

  const onRecord = async () => {
    setRecordProblem(undefined);
    const r = await actions.record();
    if (!r.ok) setRecordProblem(problemOf(r.failure));
  };

  return (
    <section aria-label={m.heading} className={styles.area}>
      <Subtitle1 as="h2">{m.heading}</Subtitle1>
      <CaptureForm ctx={ctx} actor={actor} actions={actions} people={people} canAssign={canAssign} />
      {actions.items.length === 0 ? (
        <Body1 className={styles.muted}>{m.none}</Body1>
      ) : (
        <ul className={styles.list} aria-label={m.listLabel}>
          {actions.items.map((a) => (
            <ActionItem
              key={a.id}
              action={a}
              actor={actor}
              people={people}
              result={actions.results.get(a.id)}
              actions={actions}
            />
          ))}
        </ul>
      )}
      <RecordingPlan
        chosen={ctx.stored.doc.plannerPlan?.value}
        isOrganizer={actor.isOrganizer}
        actions={actions}
      />
      {/* Nothing to record before the first item: no button rather than a disabled one that claims success. */}
      {actions.items.length === 0 ? null : (
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabledFocusable={recordable === 0 || actions.recording}
            onClick={() => void onRecord()}
          >
            {recordable > 0
              ? m.record(recordable)
              : waiting.length > 0 || keptOff > 0
                ? m.nothingMore
                : m.allRecorded}
          </Button>
          {waiting.length > 0 ? (
            <Caption1 className={styles.muted}>{m.waiting(waiting.length)}</Caption1>
          ) : null}
          {keptOff > 0 ? <Caption1 className={styles.muted}>{m.keptOff(keptOff)}</Caption1> : null}
        </div>
      )}
      {actions.progress ? (
        <Field validationMessage={actions.progress.label} validationState="none" label={m.recording}>
          <ProgressBar value={actions.progress.done} max={actions.progress.total} />
        </Field>
      ) : null}
      <ProblemBar problem={recordProblem} />
    </section>
  );
}

function CaptureForm({
  ctx,
  actions,
  people,
  canAssign,
}: ActionsAreaProps & { readonly people: readonly ActionOwner[]; readonly canAssign: boolean }) {
  const styles = useStyles();
  const m = actionsMessages.capture;
  const ownerLabel = useId('owner');
  const helpersLabel = useId('helpers');
  const ownerInput = useRef<HTMLInputElement>(null);
  const me = people[0] as ActionOwner;
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<ActionOwner>();
  const [helpers, setHelpers] = useState<readonly ActionOwner[]>([]);
  // What is being typed in the owner box, for the hint below it while it isn't a person or an address yet.
  const [ownerQuery, setOwnerQuery] = useState('');
  const [helperQuery, setHelperQuery] = useState('');
  const [due, setDue] = useState('');
  const [topicId, setTopicId] = useState('');
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);
  // Whether Planner can assign the picked owner, and the draft's choice to keep the item off Planner.
  const [account, setAccount] = useState<{ email: string; state: OwnerAccount | 'checking' }>();
  const [keptOff, setKeptOff] = useState(false);
  // One id per draft, kept across retries: a write that landed but lost its answer is not captured twice.
  const [draftId, setDraftId] = useState(() => actions.newId());
  const topics = Object.values(ctx.stored.doc.proposals)
    .filter((p) => p.proposedFor <= ctx.occurrence && !p.mergedInto?.value)
    .sort((a, b) => a.createdAt - b.createdAt);

  const { checkOwner } = actions;
  useEffect(() => {
    if (!owner) return;
    let alive = true;
    const email = owner.email;
    setAccount({ email, state: 'checking' });
    void checkOwner(owner).then((state) => {
      if (alive) setAccount({ email, state });
    });
    return () => {
      alive = false;
    };
  }, [owner, checkOwner]);

  const pickOwner = (picked: readonly ActionOwner[]) => {
    const next = picked[picked.length - 1];
    setOwner(next);
    setKeptOff(false);
    // The owner isn't their own helper.
    if (next) setHelpers((hs) => hs.filter((h) => h.email.toLowerCase() !== next.email.toLowerCase()));
  };

  const submit = async (how: 'claimed' | 'assigned', who: ActionOwner | undefined, offPlanner: boolean) => {
    setBusy(true);
    setProblem(undefined);
    const r = await actions.change({
      kind: 'captureAction',
      input: {
        id: draftId,
        occurrence: ctx.occurrence,
        title,
        // The rules answer an empty owner with "Every action needs an owner." on the owner field.
        owner: who ?? { email: '', name: '' },
        ...(helpers.length > 0 ? { helpers } : {}),
        how,
        ...(offPlanner ? { keptOffPlanner: true } : {}),
        ...(due ? { due } : {}),
        ...(topicId ? { topicId } : {}),
      },
    });
    setBusy(false);
    if (!r.ok) {
      setProblem(problemOf(r.failure));
      return;
    }
    setTitle('');
    setOwner(undefined);
    setHelpers([]);
    setKeptOff(false);
    setAccount(undefined);
    setDue('');
    setTopicId('');
    setDraftId(actions.newId());
  };
  const flag = deriveOwnerFlag(
    owner,
    account && owner && account.email === owner.email ? account.state : undefined,
    keptOff,
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const onlyMe = owner?.email.toLowerCase() === me.email.toLowerCase();
    if (!canAssign) return void submit('claimed', me, false);
    void submit(onlyMe ? 'claimed' : 'assigned', owner, flag.kind === 'keptOff');
  };
  const field = (name: string) =>
    problem?.kind === 'field' && problem.field === name
      ? { validationMessage: problem.message, validationState: 'error' as const }
      : {};
  const titleLength = title.trim().length;
  const titleField =
    problem?.kind === 'field' && problem.field === 'title'
      ? field('title')
      : titleLength > ACTION_TITLE_MAX
        ? {
            validationMessage: m.titleTooLong(ACTION_TITLE_MAX),
            validationState: 'error' as const,
          }
        : {};
  const ownerHint =
    unfinishedAddressHint(ownerQuery) ??
    (flag.kind === 'none' ? outsideOwnersHint(owner ? [owner] : [], people) : undefined);
  const ownerField =
    problem?.kind === 'field' && problem.field === 'owner'
      ? field('owner')
      : ownerHint
        ? { validationMessage: ownerHint, validationState: 'warning' as const }
        : {};
  const helperHint = unfinishedAddressHint(helperQuery);
  const helpersField =
    problem?.kind === 'field' && problem.field === 'helpers'
      ? field('helpers')
      : helperHint
        ? { validationMessage: helperHint, validationState: 'warning' as const }
        : { hint: m.helpersHint };

  return (
    <form onSubmit={onSubmit} aria-label={m.formLabel}>
      <Subtitle2 as="h3">{m.heading}</Subtitle2>
      <div className={styles.form}>
        <Field label={m.title} required hint={m.titleLength(titleLength, ACTION_TITLE_MAX)} {...titleField}>
          <Input value={title} onChange={(_e, d) => setTitle(d.value)} disabled={busy} />
        </Field>
        {canAssign ? (
          <Field label={<span id={ownerLabel}>{m.owner}</span>} {...ownerField}>
            <PeoplePicker
              people={people}
              value={owner ? [owner] : []}
              onChange={pickOwner}
              single
              onQueryChange={setOwnerQuery}
              labelId={ownerLabel}
              groupLabel={m.owner}
              disabled={busy}
              inputRef={ownerInput}
            />
          </Field>
        ) : null}
        <Field label={<span id={helpersLabel}>{m.helpersOptional}</span>} {...helpersField}>
          <PeoplePicker
            people={people}
            value={helpers}
            onChange={setHelpers}
            exclude={[(canAssign ? owner : me)?.email ?? '']}
            onQueryChange={setHelperQuery}
            labelId={helpersLabel}
            groupLabel={m.helpers}
            disabled={busy}
          />
        </Field>
        <Field label={m.dueOptional} {...field('due')}>
          <Input type="date" value={due} onChange={(_e, d) => setDue(d.value)} disabled={busy} />
        </Field>
        <Field label={m.topic}>
          <Select value={topicId} onChange={(_e, d) => setTopicId(d.value)} disabled={busy}>
            <option value="">{m.noTopic}</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.content.value.title}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {canAssign && flag.kind !== 'none' ? (
        <OwnerFlagBar
          flag={flag}
          busy={busy}
          titled
          style={{ marginTop: tokens.spacingVerticalS }}
          onPickInternal={() => {
            setOwner(undefined);
            setAccount(undefined);
            ownerInput.current?.focus();
          }}
          onKeepOff={setKeptOff}
        />
      ) : null}
      <div className={styles.buttons} style={{ marginTop: tokens.spacingVerticalS }}>
        {canAssign ? (
          <Button type="submit" appearance="primary" disabled={busy}>
            {m.add}
          </Button>
        ) : null}
        <Button type="button" disabled={busy} onClick={() => void submit('claimed', me, false)}>
          {m.ownThis}
        </Button>
      </div>
      <ProblemBar problem={problem} />
    </form>
  );
}

/**
 * While an address is being typed in the owners box: a hint once it has an "@" but isn't a whole address yet
 * ("kim@fabrikam" has no domain ending), so it isn't left behind unnoticed when the item is added.
 */
export function unfinishedAddressHint(query: string): string | undefined {
  const q = query.trim();
  if (!q.includes('@') || looksLikeEmail(q)) return undefined;
  return actionsMessages.capture.unfinishedAddress(q);
}

/**
 * Owners typed by address who aren't among the meeting's people: Planner assigns only accounts in the organization,
 * so say at capture what happens if they have none (issue #16 "flagged at capture"), while another owner can still
 * be picked.
 */
export function outsideOwnersHint(
  owners: readonly ActionOwner[],
  people: readonly ActionOwner[],
): string | undefined {
  const known = new Set(people.map((p) => p.email.toLowerCase()));
  const outside = owners.filter((o) => !known.has(o.email.toLowerCase())).map((o) => o.email);
  if (outside.length === 0) return undefined;
  return actionsMessages.capture.outsideOwners(outside);
}

function ActionItem({
  action,
  actor,
  people,
  result,
  actions,
}: {
  readonly action: ActionRecord;
  readonly actor: ActionActor;
  readonly people: readonly ActionOwner[];
  readonly result: ItemResult | undefined;
  readonly actions: ActionsRequest;
}) {
  const styles = useStyles();
  const m = actionsMessages.item;
  const ownerLabel = useId('reassign');
  const helpersLabel = useId('helpers');
  const [editing, setEditing] = useState(false);
  const [owner, setOwner] = useState<ActionOwner>(action.ownership.value.owner);
  const [helpers, setHelpers] = useState<readonly ActionOwner[]>(helpersOf(action));
  const [problem, setProblem] = useState<ChangeProblem>();
  const [notice, setNotice] = useState<string>();
  const mine = isOwner(action, actor.email);
  const canEdit = mine || mayAssign(actor);
  const current = helpersOf(action);
  const keptOff = !goesToPlanner(action);
  const waiting = waitsForOwner(action, result);
  // The new owner being picked: flagged, as at capture, when Planner can't assign them.
  const [account, setAccount] = useState<{ email: string; state: OwnerAccount | 'checking' }>();
  const { checkOwner } = actions;
  useEffect(() => {
    if (!editing) return;
    let alive = true;
    void checkOwner(owner).then((state) => {
      if (alive) setAccount({ email: owner.email, state });
    });
    return () => {
      alive = false;
    };
  }, [editing, owner, checkOwner]);
  const ownerFlag = deriveOwnerFlag(owner, account?.email === owner.email ? account.state : undefined, false);

  const run = async (command: Parameters<ActionsRequest['change']>[0]) => {
    setProblem(undefined);
    setNotice(undefined);
    const r = await actions.change(command);
    if (!r.ok) {
      setProblem(problemOf(r.failure));
      return false;
    }
    const notes: string[] = [];
    if (r.value.notAssigned.length > 0) notes.push(m.notAssigned(r.value.notAssigned));
    if (r.value.plannerFailure)
      notes.push(m.plannerNotUpdated(messageForFailure(r.value.plannerFailure).title));
    if (notes.length > 0) setNotice(notes.join(' '));
    return true;
  };

  const startEditing = () => {
    setOwner(action.ownership.value.owner);
    setHelpers(current);
    setEditing(true);
  };
  const save = async () => {
    const sameOwner = owner.email.toLowerCase() === action.ownership.value.owner.email.toLowerCase();
    const key = (hs: readonly ActionOwner[]) =>
      hs
        .map((h) => h.email.toLowerCase())
        .filter((e) => e !== owner.email.toLowerCase())
        .join('\n');
    // Two intents, each written only if it changes something: a new owner keeps the helpers (less the owner).
    if (!sameOwner && !(await run({ kind: 'reassignAction', actionId: action.id, owner }))) return;
    if (
      key(helpers) !== key(current) &&
      !(await run({ kind: 'setActionHelpers', actionId: action.id, helpers }))
    )
      return;
    setEditing(false);
  };

  const failure = result?.status === 'failed' ? result.failure : undefined;
  return (
    <li className={styles.item} aria-label={action.title.value}>
      <div className={styles.row}>
        <Checkbox
          checked={action.completed.value}
          disabled={!canEdit}
          label={
            <Text className={styles.title} weight="semibold">
              {action.title.value}
            </Text>
          }
          onChange={(_e, d) =>
            void run({ kind: 'completeAction', actionId: action.id, completed: d.checked === true })
          }
        />
        {action.planner ? (
          <Badge appearance="tint" color="success">
            {m.inPlanner}
          </Badge>
        ) : keptOff ? (
          <Badge appearance="outline" color="informative">
            {m.keptOff}
          </Badge>
        ) : (
          <Badge appearance="outline" color="informative">
            {m.notInPlanner}
          </Badge>
        )}
      </div>
      <div className={styles.row}>
        <Caption1 className={styles.title}>
          {m.ownership(
            action.ownership.value.how,
            action.ownership.value.owner.name,
            current.map((h) => h.name),
          )}
        </Caption1>
        <Badge
          appearance="outline"
          color={action.ownership.value.how === 'claimed' ? 'brand' : 'informative'}
        >
          {action.ownership.value.how === 'claimed' ? m.claimed : m.assigned}
        </Badge>
        <Field label={m.due} orientation="horizontal" size="small">
          <Input
            type="date"
            size="small"
            aria-label={m.dueOf(action.title.value)}
            value={action.due.value ?? ''}
            disabled={!canEdit}
            onChange={(_e, d) =>
              void run({ kind: 'setActionDue', actionId: action.id, due: d.value === '' ? null : d.value })
            }
          />
        </Field>
        {!mine ? (
          <Button size="small" onClick={() => void run({ kind: 'claimAction', actionId: action.id })}>
            {m.ownThis}
          </Button>
        ) : null}
        {canEdit ? (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => (editing ? setEditing(false) : startEditing())}
          >
            {editing ? m.cancel : m.changePeople}
          </Button>
        ) : null}
        {canEdit && keptOff ? (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => void run({ kind: 'keepOffPlanner', actionId: action.id, kept: false })}
          >
            {actionsMessages.ownerFlag.undo}
          </Button>
        ) : null}
      </div>
      {editing ? (
        <div className={styles.form}>
          <Field
            label={<span id={ownerLabel}>{m.newOwner}</span>}
            {...(ownerFlag.kind === 'notAssignable'
              ? {
                  validationState: 'warning' as const,
                  validationMessage: action.planner
                    ? m.keepsAssignee(ownerFlag.message)
                    : m.waitsForOwner(ownerFlag.message),
                }
              : {})}
          >
            <PeoplePicker
              people={people}
              value={[owner]}
              onChange={(picked) => {
                const next = picked[picked.length - 1];
                if (next) setOwner(next);
              }}
              single
              labelId={ownerLabel}
              groupLabel={m.owner}
            />
          </Field>
          <Field label={<span id={helpersLabel}>{m.helpers}</span>}>
            <PeoplePicker
              people={people}
              value={helpers}
              onChange={setHelpers}
              exclude={[owner.email]}
              labelId={helpersLabel}
              groupLabel={m.helpers}
            />
          </Field>
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" onClick={() => void save()}>
              {m.save}
            </Button>
          </div>
        </div>
      ) : null}
      {failure ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.notRecorded}</MessageBarTitle>
            {failure.code === 'NoAssignableOwner'
              ? m.noAssignableOwner(result?.notAssigned.join(', ') ?? '')
              : m.failure(messageForFailure(failure).title, messageForFailure(failure).message)}
          </MessageBarBody>
          {waiting && canEdit ? (
            <MessageBarActions>
              <Button size="small" onClick={startEditing}>
                {actionsMessages.ownerFlag.pickInternal}
              </Button>
              <Button
                size="small"
                onClick={() => void run({ kind: 'keepOffPlanner', actionId: action.id, kept: true })}
              >
                {actionsMessages.ownerFlag.keepOff}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ProblemBar problem={problem} />
    </li>
  );
}
