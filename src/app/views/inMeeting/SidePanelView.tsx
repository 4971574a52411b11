import { PanelNotes } from '../notes/PanelNotes';
import { segmentLabel } from '../../viewState/segmentLabel';
import { roleLabel } from '../../viewState/roleLabel';
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  NextRegular,
  PauseRegular,
  PlayRegular,
  PreviousRegular,
  ShareScreenStartRegular,
} from '@fluentui/react-icons';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { mayAssign, type ActionActor } from '../../../domain/actions/actionActor';
import type { Actor } from '../../../domain/agenda/agendaTypes';
import type { ActionOwner } from '../../../domain/actions/actionTypes';
import { buildAgenda } from '../../../domain/agenda/buildAgenda';
import type { Meeting } from '../../../domain/meetings/meeting';
import type { RunCommand } from '../../../domain/run/runState';
import { formatCountdown, viewRun } from '../../../domain/run/viewRun';
import { runItemsOf } from '../../../domain/run/runState';
import type { Host, InMeetingHost } from '../../../host/hostTypes';
import type { AgendaContext } from '../../../usecases/agenda/openAgenda';
import type { StoredSeries } from '../../../usecases/ports';
import type { LoadServices } from '../../AppServices';
import { messageForFailure } from '../../errors/messageForFailure';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import { useActions } from '../../hooks/useActions';
import {
  actorOf,
  NO_CAPACITIES,
  useAgenda,
  type AgendaRequest,
  type Capacities,
} from '../../hooks/useAgenda';
import { useRoles } from '../../hooks/useRoles';
import { inMeetingMessages } from '../../i18n/en-US/inMeeting';
import { OwnerFlagBar } from '../actions/OwnerFlagBar';
import { ProblemBar } from '../agenda/ProblemBar';
import { KeepGoingVote } from './KeepGoingVote';
import { problemOf } from '../actions/problemOf';
import { isRecordable } from '../actions/waitsForOwner';
import { deriveOwnerFlag } from '../../hooks/deriveOwnerFlag';
import type { OwnerAccount } from '../../../usecases/actions/checkOwnerAccount';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '100%',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  stage: { maxWidth: '56rem', marginInline: 'auto', rowGap: tokens.spacingVerticalXL },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  countdown: {
    fontVariantNumeric: 'tabular-nums',
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
  },
  over: { color: tokens.colorPaletteRedForeground1 },
  roles: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface SidePanelViewProps {
  readonly host: Host;
  readonly loadServices: LoadServices;
  readonly meeting: Meeting;
  readonly layout: 'panel' | 'stage';
}

/** The meeting side panel (320 px) and the stage: the running agenda, roles and one-tap action capture. */
export function SidePanelView({ host, loadServices, meeting, layout }: SidePanelViewProps) {
  const styles = useStyles();
  const m = inMeetingMessages.panel;
  const [capacities, setCapacities] = useState<Capacities>(NO_CAPACITIES);
  const request = useAgenda(loadServices, meeting, capacities);
  const { refresh } = request;
  // App caching: a cached side panel comes back with a stale document and a stale clock.
  useEffect(() => {
    host.inMeeting?.onSuspendAndResume({ beforeSuspend: async () => undefined, resume: refresh });
  }, [host, refresh]);

  return (
    <section
      aria-label={m.runningAgenda}
      className={`${styles.panel} ${layout === 'stage' ? styles.stage : ''}`}
    >
      <Subtitle2 as="h1">{meeting.subject}</Subtitle2>
      {request.loading ? (
        <Spinner size="small" label={m.opening} />
      ) : request.failure ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {m.failure(messageForFailure(request.failure).title, messageForFailure(request.failure).message)}
          </MessageBarBody>
        </MessageBar>
      ) : request.ctx && !request.ctx.stored ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{m.notLinked}</MessageBarBody>
        </MessageBar>
      ) : request.ctx?.stored ? (
        <RunningAgenda
          inMeeting={host.inMeeting}
          loadServices={loadServices}
          ctx={{ ...request.ctx, stored: request.ctx.stored }}
          request={request}
          layout={layout}
          onCapacities={setCapacities}
        />
      ) : null}
    </section>
  );
}

export interface RunningAgendaProps {
  /** Teams meeting capabilities (stage sharing); absent in the personal tab and the demo. */
  readonly inMeeting: InMeetingHost | undefined;
  readonly loadServices: LoadServices;
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly request: AgendaRequest;
  /** 'panel': the side panel, with one-tap capture; 'stage': large, read-only; 'embedded': inside the meeting view. */
  readonly layout: 'panel' | 'stage' | 'embedded';
  /** Tells the agenda what the user is in this occurrence (facilitator, timekeeper, note-taker). */
  readonly onCapacities: (c: Capacities) => void;
}

/** The running agenda: current item and countdown, what's next, roles; the timekeeper's controls. */
export function RunningAgenda({
  inMeeting,
  loadServices,
  ctx,
  request,
  layout,
  onCapacities,
}: RunningAgendaProps) {
  const styles = useStyles();
  const m = inMeetingMessages.panel;
  const roles = useRoles(loadServices, ctx, request.dispatch);
  const current = roles.plan?.current;
  const holderOf = (role: string) => current?.assignments.find((a) => a.role === role)?.holder ?? null;
  const me = ctx.me.id;
  const isFacilitator = holderOf('facilitator') === me;
  const isTimekeeper = holderOf('timekeeper') === me;
  const isNoteTaker = holderOf('noteTaker') === me;
  useEffect(
    () => onCapacities({ isFacilitator, isTimekeeper, isNoteTaker }),
    [isFacilitator, isTimekeeper, isNoteTaker, onCapacities],
  );
  const actor: Actor = useMemo(
    () => actorOf(ctx, { isFacilitator, isTimekeeper, isNoteTaker }),
    [ctx, isFacilitator, isTimekeeper, isNoteTaker],
  );
  const canRun = isTimekeeper || isFacilitator || ctx.meeting.isOrganizer;

  const items = useMemo(
    () => runItemsOf(buildAgenda(ctx.stored.doc, ctx.occurrence, ctx.meetingMinutes).timeBox),
    [ctx.stored.doc, ctx.occurrence, ctx.meetingMinutes],
  );
  const run = ctx.stored.doc.occurrences[ctx.occurrence]?.run?.value;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (run?.status !== 'running') return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [run?.status]);
  // A new document (a refresh, our own command) restarts the local clock from the present.
  useEffect(() => setNow(Date.now()), [ctx.stored]);
  const view = viewRun(run, items, now);
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);

  const command = async (cmd: RunCommand) => {
    setBusy(true);
    setProblem(undefined);
    const r = await request.dispatch({
      kind: 'runAgenda',
      occurrence: ctx.occurrence,
      command: cmd,
      meetingMinutes: ctx.meetingMinutes,
    });
    setBusy(false);
    if (!r.ok) setProblem(describeChangeFailure(r.failure));
  };

  const [canShare, setCanShare] = useState(false);
  useEffect(() => {
    let alive = true;
    void inMeeting?.canShareToStage().then((v) => alive && setCanShare(v));
    return () => {
      alive = false;
    };
  }, [inMeeting]);

  const names = new Map((roles.plan?.roster ?? []).map((p) => [p.id as string, p.name]));
  const roleLine = (role: string, label: string) => {
    const h = holderOf(role);
    return (
      <li key={role}>
        <Caption1>
          {label}:{' '}
          <Text weight="semibold">
            {h ? (h === me ? m.holderYou : (names.get(h) ?? m.holderSomeone)) : m.holderNobody}
          </Text>
        </Caption1>
      </li>
    );
  };
  const statusText = m.status[view.status];

  return (
    <>
      <div className={styles.card} role="group" aria-label={m.now}>
        <Caption1 className={styles.muted}>
          {view.current ? m.nowStatusItem(statusText, view.index + 1, items.length) : m.nowStatus(statusText)}
        </Caption1>
        {view.current ? (
          <>
            <Title3 as="h2">{segmentLabel(view.current)}</Title3>
            <Caption1>{m.timeBox(view.current.minutes)}</Caption1>
            <Text
              className={`${styles.countdown} ${view.remainingMs < 0 ? styles.over : ''}`}
              role="timer"
              aria-label={view.remainingMs < 0 ? m.overTime : m.timeLeft}
            >
              {formatCountdown(view.remainingMs)}
            </Text>
            <ProgressBar
              value={view.progress}
              max={1}
              color={view.remainingMs < 0 ? 'error' : 'brand'}
              aria-label={m.timeBoxUsed}
            />
          </>
        ) : (
          <Body1>{m.noAgenda}</Body1>
        )}
        {canRun && items.length > 0 ? (
          <div className={styles.row}>
            {view.status === 'running' ? (
              <Button icon={<PauseRegular />} disabledFocusable={busy} onClick={() => void command('pause')}>
                {m.pause}
              </Button>
            ) : (
              <Button
                appearance="primary"
                icon={<PlayRegular />}
                disabledFocusable={busy}
                onClick={() => void command('start')}
              >
                {view.status === 'paused' ? m.resume : m.start}
              </Button>
            )}
            <Button
              icon={<PreviousRegular />}
              disabledFocusable={busy || view.index === 0}
              onClick={() => void command('previous')}
            >
              {m.back}
            </Button>
            <Button
              icon={<NextRegular />}
              disabledFocusable={busy || view.status === 'finished'}
              onClick={() => void command('next')}
            >
              {m.nextItem}
            </Button>
          </div>
        ) : null}
        <ProblemBar problem={problem} />
      </div>
      {layout !== 'stage' ? <KeepGoingVote {...{ ctx, request, view, canRun, command, busy }} /> : null}
      <div className={styles.card} role="group" aria-label={m.upNext}>
        <Caption1 className={styles.muted}>{m.upNext}</Caption1>
        <Text weight="semibold">
          {view.next ? m.nextLine(segmentLabel(view.next), view.next.minutes) : m.lastItem}
        </Text>
      </div>
      <div className={styles.card} role="group" aria-label={m.roles}>
        <Caption1 className={styles.muted}>{m.roles}</Caption1>
        {roles.loading ? (
          <Spinner size="tiny" label={m.workingOutRoles} />
        ) : (
          <ul className={styles.roles}>
            {(roles.plan?.roles ?? []).map((r) => roleLine(r.id, roleLabel(r)))}
          </ul>
        )}
      </div>
      {layout !== 'stage' ? (
        <PanelNotes ctx={ctx} request={request} actor={actor} itemId={view.current?.id} />
      ) : null}
      {/* The meeting view's Run step captures too: commitments are made while the meeting runs. */}
      {layout !== 'stage' ? (
        <QuickCapture
          ctx={ctx}
          request={request}
          actor={actor}
          topicId={view.current?.kind === 'boulder' ? view.current.id : undefined}
        />
      ) : null}
      <div className={styles.row}>
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={request.refresh}>
          {m.refresh}
        </Button>
        {canShare && layout === 'panel' ? (
          <Button
            appearance="subtle"
            icon={<ShareScreenStartRegular />}
            onClick={() =>
              void inMeeting?.shareToStage(window.location.href).catch((e: unknown) => {
                setProblem({ kind: 'rule', message: m.shareFailed(String(e)) });
              })
            }
          >
            {m.shareToStage}
          </Button>
        ) : null}
      </div>
    </>
  );
}

function QuickCapture({
  ctx,
  request,
  actor,
  topicId,
}: {
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly request: AgendaRequest;
  readonly actor: ActionActor;
  readonly topicId: string | undefined;
}) {
  const styles = useStyles();
  const m = inMeetingMessages.capture;
  const today = new Date().toISOString().slice(0, 10);
  const actions = useActions(request, ctx, actor, today);
  const people = useMemo(() => {
    const seen = new Set<string>();
    const out: ActionOwner[] = [];
    for (const p of [
      { name: ctx.me.displayName, email: ctx.me.mail ?? ctx.me.userPrincipalName },
      ctx.meeting.organizer,
      ...ctx.meeting.attendees.filter((a) => a.kind !== 'resource'),
    ]) {
      const key = p.email.toLowerCase();
      if (key && !seen.has(key)) {
        seen.add(key);
        out.push({ email: p.email, name: p.name || p.email });
      }
    }
    return out;
  }, [ctx.me, ctx.meeting]);
  const mine = people[0] as ActionOwner;
  // Only the note-taker, the facilitator and the organizer assign to others; everyone can claim.
  const choices = mayAssign(actor) ? people : [mine];
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState(mine.email);
  const [problem, setProblem] = useState<ChangeProblem>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [draftId, setDraftId] = useState(() => request.newId());
  // The same flag as the meeting tab's capture form (issue #16): an owner Planner can't assign, with both choices.
  const [account, setAccount] = useState<{ email: string; state: OwnerAccount | 'checking' }>();
  const [keptOff, setKeptOff] = useState(false);
  const picked = people.find((p) => p.email === owner) ?? mine;
  const { checkOwner } = actions;
  useEffect(() => {
    // The signed-in person has an account here: no lookup when the panel opens with them as the owner.
    if (picked === mine) return;
    let alive = true;
    setAccount({ email: picked.email, state: 'checking' });
    void checkOwner(picked).then((state) => {
      if (alive) setAccount({ email: picked.email, state });
    });
    return () => {
      alive = false;
    };
  }, [picked, mine, checkOwner]);
  const flag = deriveOwnerFlag(picked, account?.email === picked.email ? account.state : undefined, keptOff);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setSaved(undefined);
    const who = people.find((p) => p.email === owner) ?? mine;
    const claimed = who.email.toLowerCase() === mine.email.toLowerCase();
    const r = await actions.change({
      kind: 'captureAction',
      input: {
        id: draftId,
        occurrence: ctx.occurrence,
        title,
        owner: who,
        how: claimed ? 'claimed' : 'assigned',
        ...(flag.kind === 'keptOff' ? { keptOffPlanner: true } : {}),
        ...(topicId ? { topicId } : {}),
      },
    });
    setBusy(false);
    if (!r.ok) {
      setProblem(problemOf(r.failure));
      return;
    }
    setSaved(m.captured(title.trim(), who.name));
    setTitle('');
    setKeptOff(false);
    setDraftId(request.newId());
  };

  // What this meeting captured that isn't in Planner yet: recorded from here too (issue #16), not only the meeting tab.
  const pending = actions.items.filter((a) => isRecordable(a, actions.results.get(a.id))).length;
  const [recorded, setRecorded] = useState<string>();
  const record = async () => {
    setProblem(undefined);
    setRecorded(undefined);
    const r = await actions.record();
    if (!r.ok) {
      setProblem(problemOf(r.failure));
      return;
    }
    const done = r.value.filter((i) => i.status !== 'failed').length;
    const failed = r.value.length - done;
    setRecorded(m.recorded(done, failed));
  };

  return (
    <form className={styles.card} aria-label={m.label} onSubmit={(e) => void submit(e)}>
      <Caption1 className={styles.muted}>{m.label}</Caption1>
      <Field
        label={m.action}
        {...(problem?.kind === 'field'
          ? { validationMessage: problem.message, validationState: 'error' as const }
          : {})}
      >
        <Input value={title} onChange={(_e, d) => setTitle(d.value)} disabled={busy} />
      </Field>
      <Field label={m.owner}>
        <Select
          value={owner}
          onChange={(_e, d) => {
            setOwner(d.value);
            setKeptOff(false);
          }}
          disabled={busy}
        >
          {choices.map((p) => (
            <option key={p.email} value={p.email}>
              {p.email === mine.email ? m.me(p.name) : p.name}
            </option>
          ))}
        </Select>
      </Field>
      {flag.kind !== 'none' ? (
        <OwnerFlagBar
          flag={flag}
          busy={busy}
          onPickInternal={() => {
            setOwner(mine.email);
            setKeptOff(false);
          }}
          onKeepOff={setKeptOff}
        />
      ) : null}
      <Button type="submit" appearance="primary" disabledFocusable={busy}>
        {m.capture}
      </Button>
      {saved ? <Caption1 role="status">{saved}</Caption1> : null}
      {pending > 0 ? (
        <Button disabledFocusable={actions.recording} onClick={() => void record()}>
          {actions.recording ? (actions.progress?.label ?? m.recording) : m.recordPending(pending)}
        </Button>
      ) : null}
      {recorded ? <Caption1 role="status">{recorded}</Caption1> : null}
      <ProblemBar problem={problem} />
    </form>
  );
}
