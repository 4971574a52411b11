import {
  Body1,
  Button,
  Caption1,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle1,
  Subtitle2,
  Switch,
  Text,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { userId } from '../../../domain/ids';
import type { Result } from '../../../domain/result';
import type { ChangeFailure } from '../../../usecases/series/changeSeries';
import type { AgendaContext } from '../../../usecases/agenda/openAgenda';
import type { StoredSeries } from '../../../usecases/ports';
import { PREVIEW_COUNT } from '../../../usecases/roles/planRoles';
import type { LoadServices } from '../../AppServices';
import { messageForFailure } from '../../errors/messageForFailure';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import { deriveRolesViewState, type HolderView, type RolesViewState } from '../../hooks/deriveRolesViewState';
import type { Capacities, Dispatch } from '../../hooks/useAgenda';
import { useRoles, type RolesRequest } from '../../hooks/useRoles';
import { rolesMessages } from '../../i18n/en-US/roles';
import { resolveLocale } from '../../locale/resolveLocale';
import { FocusReturningDialog } from '../../components/FocusReturningDialog';
import { LeadershipChart } from './LeadershipChart';
import { SeriesRolesEditor } from './SeriesRolesEditor';

const useStyles = makeStyles({
  area: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  holder: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The selected background with its own foreground: in high contrast the pair is Highlight / HighlightText.
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
  },
  scroll: { overflowX: 'auto' },
  switches: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

export interface RolesAreaProps {
  readonly loadServices: LoadServices;
  /** The Agenda area's context; roles exist only once the series is linked to a team (a document exists). */
  readonly ctx: AgendaContext;
  /** The agenda's one store-update path: one document, one sequence of writes for both areas. */
  readonly dispatch: Dispatch;
  /**
   * Tells the other areas what the user is in this occurrence: the facilitator (voting, merges, statuses), the
   * timekeeper (the running agenda) and the note-taker (assigning actions).
   */
  readonly onCapacities?: (c: Capacities) => void;
  readonly locale?: string;
  readonly timeZone?: string;
}

/** Who holds which role in this meeting and why, the next four, opt-outs, and how leadership is shared. */
export function RolesArea(props: RolesAreaProps) {
  const styles = useStyles();
  const m = rolesMessages;
  const { ctx } = props;
  // A stable object per document, so the plan is recomputed when the document changes, not on every render.
  const linked = useMemo(() => (ctx.stored ? { ...ctx, stored: ctx.stored } : null), [ctx]);
  return (
    <section aria-label={m.area} className={styles.area}>
      <Subtitle1 as="h2">{m.area}</Subtitle1>
      {linked ? <RolesBody {...props} ctx={linked} /> : <Body1 className={styles.muted}>{m.notLinked}</Body1>}
    </section>
  );
}

function RolesBody(
  props: RolesAreaProps & { readonly ctx: AgendaContext & { readonly stored: StoredSeries } },
) {
  const { ctx, onCapacities } = props;
  const request = useRoles(props.loadServices, ctx, props.dispatch);
  const plan = request.plan;
  const isFacilitator = plan?.isFacilitator ?? false;
  const holds = (role: string) =>
    plan?.current?.assignments.some((a) => a.role === role && a.holder === ctx.me.id) ?? false;
  const isNoteTaker = holds('noteTaker');
  const isTimekeeper = holds('timekeeper');
  useEffect(
    () => onCapacities?.({ isFacilitator, isNoteTaker, isTimekeeper }),
    [isFacilitator, isNoteTaker, isTimekeeper, onCapacities],
  );
  const state = useMemo(
    () =>
      plan
        ? deriveRolesViewState({
            plan,
            doc: ctx.stored.doc,
            me: ctx.me.id,
            isOrganizer: ctx.meeting.isOrganizer,
            meetingMinutes: ctx.meetingMinutes,
            // The first usable of these (Chromium under LANG=C.UTF-8 reports 'en-US@posix'); the runtime's own
            // default, which Intl always accepts, comes last.
            locale:
              resolveLocale(
                props.locale,
                ...navigator.languages,
                Intl.DateTimeFormat().resolvedOptions().locale,
              ) ?? 'en-US',
            timeZone: props.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
          })
        : undefined,
    [plan, ctx, props.locale, props.timeZone],
  );
  if (request.loading) return <Spinner label={rolesMessages.working} />;
  if (request.failure || !state) return <RolesFailure request={request} />;
  return <RolesContent state={state} request={request} isOrganizer={ctx.meeting.isOrganizer} />;
}

function RolesFailure({ request }: { readonly request: RolesRequest }) {
  if (!request.failure) return null;
  const f = messageForFailure(request.failure);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{rolesMessages.failed(f.title)}</MessageBarTitle>
        {f.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={request.retry}>{rolesMessages.tryAgain}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function RolesContent({
  state,
  request,
  isOrganizer,
}: {
  readonly state: RolesViewState;
  readonly request: RolesRequest;
  readonly isOrganizer: boolean;
}) {
  const styles = useStyles();
  const m = rolesMessages;
  // The roster's opt-out switches (people × roles) are one tab stop, walked with the arrow keys (issue #16).
  const roving = useArrowNavigationGroup({ axis: 'grid', memorizeCurrent: true });
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);
  const [replanned, setReplanned] = useState(false);
  const [confirmReplan, setConfirmReplan] = useState(false);
  const act = async (write: () => Promise<Result<void, ChangeFailure>>): Promise<boolean> => {
    setBusy(true);
    setProblem(undefined);
    setReplanned(false);
    const r = await write();
    setBusy(false);
    if (!r.ok) setProblem(describeChangeFailure(r.failure));
    return r.ok;
  };

  return (
    <>
      {problem ? (
        <MessageBar intent={problem.kind === 'service' ? 'error' : 'warning'}>
          <MessageBarBody>
            {problem.kind === 'service' ? <MessageBarTitle>{problem.title}</MessageBarTitle> : null}
            {problem.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {isOrganizer && request.plan ? (
        <SeriesRolesEditor
          roles={request.plan.roles}
          busy={busy}
          newId={() => globalThis.crypto.randomUUID().slice(0, 8)}
          onSave={async (roles) => {
            setBusy(true);
            const r = await request.setRoles(roles);
            setBusy(false);
            return r;
          }}
        />
      ) : null}
      {state.notice ? (
        <MessageBar intent="info">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.block}>
        <Subtitle2 as="h3">{m.thisMeeting}</Subtitle2>
        <ul className={styles.list} aria-label={m.rolesInThisMeeting}>
          {state.holders.map((h) => (
            <HolderItem
              key={h.roleId}
              holder={h}
              state={state}
              busy={busy}
              onTakeTurn={() => act(() => request.takeTurn(h.roleId))}
              onAsk={(holder) => act(() => request.askForTurn(h.roleId, userId(holder), h.holderName))}
              onAnswer={(id, accept) => act(() => request.answerRequest(id, accept))}
              onWithdraw={(id) => act(() => request.withdrawRequest(id))}
              onAssign={(id) => act(() => request.assign(h.roleId, userId(id)))}
            />
          ))}
        </ul>
        {state.replanFrom ? (
          <div className={styles.actions}>
            <Caption1 className={styles.muted}>{m.replanHint}</Caption1>
            <Button size="small" disabled={busy} onClick={() => setConfirmReplan(true)}>
              {m.replanOpen}
            </Button>
            {confirmReplan ? (
              // It may change who holds roles in every later meeting: asked first, like reopening voting.
              <FocusReturningDialog
                open
                onOpenChange={(_, d) => (d.open ? undefined : setConfirmReplan(false))}
              >
                <DialogSurface>
                  <DialogBody>
                    <DialogTitle>{m.replanTitle}</DialogTitle>
                    <DialogContent>{m.replanBody}</DialogContent>
                    <DialogActions>
                      <Button
                        appearance="primary"
                        disabled={busy}
                        onClick={() => {
                          const from = state.replanFrom;
                          setConfirmReplan(false);
                          if (from) void act(() => request.replan(from)).then(setReplanned);
                        }}
                      >
                        {m.replan}
                      </Button>
                      <Button onClick={() => setConfirmReplan(false)}>{m.cancel}</Button>
                    </DialogActions>
                  </DialogBody>
                </DialogSurface>
              </FocusReturningDialog>
            ) : null}
            {replanned ? <Text role="status">{m.replanned}</Text> : null}
          </div>
        ) : null}
      </div>

      <div className={styles.block}>
        <Subtitle2 as="h3" id="roles-preview-title">
          {m.preview.title(PREVIEW_COUNT)}
        </Subtitle2>
        {/* Narrow panes (the Outlook task pane) scroll the table sideways: keyboard users reach it with Tab. */}
        <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="roles-preview-title">
          <table className={styles.table} aria-labelledby="roles-preview-title">
            <thead>
              <tr>
                <th scope="col" className={styles.cell}>
                  {m.preview.meeting}
                </th>
                {state.roles.map((r) => (
                  <th key={r.id} scope="col" className={styles.cell}>
                    {r.name}
                  </th>
                ))}
                <th scope="col" className={styles.cell}>
                  {m.preview.skipped}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.preview.map((row) => (
                <tr key={row.key} className={row.isCurrent ? styles.current : undefined}>
                  <th scope="row" className={styles.cell}>
                    {row.dateLabel}
                  </th>
                  {row.holders.map((name, i) => (
                    <td key={state.roles[i]?.id ?? i} className={styles.cell}>
                      {name}
                    </td>
                  ))}
                  <td className={styles.cell}>{row.skippedLabel ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      {state.skipped.length ? (
        <div className={styles.block}>
          <Subtitle2 as="h3">{m.notPicked}</Subtitle2>
          <ul aria-label={m.notPicked}>
            {state.skipped.map((s) => (
              <li key={s}>
                <Text>{s}</Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className={styles.block}>
        <Subtitle2 as="h3">{m.whoRotates}</Subtitle2>
        <ul className={styles.list} aria-label={m.whoRotates} {...roving}>
          {state.roster.map((p) => (
            <li key={p.id}>
              <Text weight="semibold">{p.isMe ? m.you(p.name) : p.name}</Text>
              <div className={styles.switches}>
                {p.roles.map((r) => (
                  <Switch
                    key={r.roleId}
                    label={r.label}
                    aria-label={m.takesTurnsAs(p.name, r.label)}
                    checked={r.inRotation}
                    disabled={!p.editable || busy}
                    onChange={(_, d) => void act(() => request.setOptOut(userId(p.id), r.roleId, !d.checked))}
                  />
                ))}
              </div>
            </li>
          ))}
        </ul>
      </div>

      <LeadershipChart rows={state.chart} max={state.chartMax} />
    </>
  );
}

function HolderItem(props: {
  readonly holder: HolderView;
  readonly state: RolesViewState;
  readonly busy: boolean;
  readonly onTakeTurn: () => void;
  readonly onAsk: (holder: string) => void;
  readonly onAnswer: (requestId: string, accept: boolean) => void;
  readonly onWithdraw: (requestId: string) => void;
  readonly onAssign: (id: string) => void;
}) {
  const styles = useStyles();
  const m = rolesMessages;
  const { holder: h, state } = props;
  return (
    <li className={styles.holder} aria-label={`${h.roleLabel}: ${h.holderName}`}>
      <Text>
        <Text weight="semibold">{h.roleLabel}:</Text> {h.isMe ? m.you(h.holderName) : h.holderName}
      </Text>
      <Caption1 className={styles.muted}>{h.reason}</Caption1>
      {h.changedLabel ? <Caption1 className={styles.muted}>{h.changedLabel}</Caption1> : null}
      {h.othersWaiting.map((w) => (
        <Caption1 key={w} className={styles.muted}>
          {w}
        </Caption1>
      ))}
      {h.incoming.map((q) => (
        <div key={q.id} className={styles.actions} role="group" aria-label={q.label}>
          <Text>{q.label}</Text>
          <Button
            size="small"
            appearance="primary"
            disabled={props.busy}
            aria-label={m.acceptRequest(q.fromName)}
            onClick={() => props.onAnswer(q.id, true)}
          >
            {m.accept}
          </Button>
          <Button
            size="small"
            disabled={props.busy}
            aria-label={m.declineRequest(q.fromName)}
            onClick={() => props.onAnswer(q.id, false)}
          >
            {m.decline}
          </Button>
        </div>
      ))}
      {h.myRequest ? (
        <div className={styles.actions}>
          <Text role="status">{h.myRequest.label}</Text>
          {h.myRequest.canWithdraw ? (
            <Button
              size="small"
              disabled={props.busy}
              onClick={() => h.myRequest && props.onWithdraw(h.myRequest.id)}
            >
              {m.withdrawRequest}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className={styles.actions}>
        {h.canTakeTurn ? (
          <Button size="small" disabled={props.busy} onClick={props.onTakeTurn}>
            {m.takeTurn}
          </Button>
        ) : null}
        {h.canAsk ? (
          <Button size="small" disabled={props.busy} onClick={() => h.holderId && props.onAsk(h.holderId)}>
            {m.askForTurn(h.holderName)}
          </Button>
        ) : null}
        {state.canOverride ? (
          <Select
            size="small"
            aria-label={`${state.overrideLabel.replace('…', '')}: ${h.roleLabel}`}
            value=""
            disabled={props.busy}
            onChange={(_, d) => d.value && props.onAssign(d.value)}
          >
            <option value="">{state.overrideLabel}</option>
            {state.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        ) : null}
      </div>
    </li>
  );
}
