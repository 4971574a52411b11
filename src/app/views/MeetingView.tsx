import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowRepeatAllRegular, DismissRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AgendaContext } from '../../usecases/agenda/openAgenda';
import type { StoredSeries } from '../../usecases/ports';
import { useActions } from '../hooks/useActions';
import { useNudges } from '../hooks/useNudges';
import { deriveMeetingStatus } from '../hooks/deriveMeetingStatus';
import { ActionsArea } from './actions/ActionsArea';
import { DecisionLogEntry } from './decisions/DecisionLogEntry';
import { ReviewSection } from './actions/ReviewSection';
import { RunningAgenda } from './inMeeting/SidePanelView';
import { PublishSection } from './publish/PublishSection';
import { NotesArea } from './notes/NotesArea';
import { RecapSection } from './recap/RecapSection';
import type { Meeting } from '../../domain/meetings/meeting';
import type { LoadServices } from '../AppServices';
import { messageForFailure } from '../errors/messageForFailure';
import type { MeetingItemView } from '../hooks/deriveMeetingsViewState';
import { actorOf, NO_CAPACITIES, useAgenda, type Capacities } from '../hooks/useAgenda';
import { AgendaArea } from './agenda/AgendaArea';
import { RolesArea } from './roles/RolesArea';
import { StepShownContext } from './stepShown';
import { openingStep } from '../navigation/openingStep';
import { stepIfAvailable, stepsFor, type MeetingStep } from '../navigation/meetingStep';
import { stepLabel } from '../navigation/stepLabel';
import { failuresMessages } from '../i18n/en-US/failures';
import { meetingMessages } from '../i18n/en-US/meeting';
import { shellMessages } from '../i18n/en-US/shell';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  title: { margin: 0, overflowWrap: 'anywhere', outlineStyle: 'none' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  back: { alignSelf: 'flex-start' },
  // Five short labels; at 280 px they wrap to a second row rather than scroll sideways.
  steps: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  running: {
    maxWidth: '22rem',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});

export interface MeetingViewProps {
  readonly loadServices: LoadServices;
  readonly meeting: Meeting;
  /** The list's presentation of the same meeting (time range in the user's zone, organizer, series badge). */
  readonly item: MeetingItemView;
  /** Absent inside a Teams meeting, where there is no list to go back to. */
  readonly onBack?: () => void;
  /** Inside a Teams meeting: the meeting chat Teams named (a short join link doesn't name it). */
  readonly meetingChatId?: string;
  /** The step the URL names; absent, the meeting opens on the step that matters now. */
  readonly step?: MeetingStep;
  /** Choosing a step (the URL follows it); absent, the view keeps the step itself. */
  readonly onStep?: (step: MeetingStep) => void;
}

/**
 * One meeting: its header (when, who organizes, where it stands), then its steps: Prepare, Agenda, Run, Actions,
 * Roles. Every step stays mounted while another shows, so nothing typed in one is lost by looking at another.
 */
export function MeetingView({
  loadServices,
  meeting,
  item,
  onBack,
  meetingChatId,
  step: routeStep,
  onStep,
}: MeetingViewProps) {
  const styles = useStyles();
  const words = meetingMessages;
  const card = shellMessages.meeting;
  // The Roles area computes who facilitates, keeps time and takes notes in this occurrence; until it has, nobody
  // does (the organizer still can do what they may).
  const [capacities, setCapacities] = useState<Capacities>(NO_CAPACITIES);
  const request = useAgenda(loadServices, meeting, capacities);
  const heading = useRef<HTMLHeadingElement>(null);
  const roles = request.ctx ? (
    <RolesArea
      loadServices={loadServices}
      ctx={request.ctx}
      dispatch={request.dispatch}
      onCapacities={setCapacities}
    />
  ) : null;
  // Moving focus to the new heading tells keyboard and screen-reader users the view changed.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className={styles.view}>
      {onBack ? (
        <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          {shellMessages.backToMyMeetings}
        </Button>
      ) : null}
      <header className={styles.header}>
        <h1 ref={heading} tabIndex={-1} className={styles.title}>
          <Title2>{item.subject}</Title2>
        </h1>
        <div className={styles.meta}>
          <Text>
            <time dateTime={item.startIso}>{item.whenLabel}</time>
          </Text>
          <Caption1>{card.organizer(item.organizerName)}</Caption1>
          {item.seriesBadge ? (
            <Badge
              appearance="outline"
              color="informative"
              icon={<ArrowRepeatAllRegular aria-hidden="true" />}
            >
              {item.seriesBadge}
            </Badge>
          ) : null}
          {item.isCancelled ? (
            <Badge appearance="filled" color="danger">
              {card.cancelled}
            </Badge>
          ) : null}
        </div>
        {request.ctx?.stored ? (
          <Text weight="semibold">
            {deriveMeetingStatus({
              doc: request.ctx.stored.doc,
              occurrence: request.ctx.occurrence,
              me: request.ctx.me.id,
              meetingMinutes: request.ctx.meetingMinutes,
              closes: new Date(meeting.start).toLocaleString(undefined, {
                weekday: 'long',
                hour: 'numeric',
                minute: '2-digit',
              }),
            })}
          </Text>
        ) : null}
      </header>
      {request.loading ? (
        <Spinner label={words.openingAgenda} />
      ) : request.failure ? (
        <OpenFailure request={request} />
      ) : null}
      {request.ctx ? (
        <Steps
          linked={request.ctx.stored !== null}
          opening={openingStep({
            doc: request.ctx.stored?.doc,
            occurrence: request.ctx.occurrence,
            startMs: Date.parse(meeting.start),
            endMs: Date.parse(meeting.end),
            nowMs: Date.now(),
          })}
          step={routeStep}
          onStep={onStep}
          render={(step, goTo) => (
            <>
              {request.refreshFailure ? (
                <MessageBar intent="warning">
                  <MessageBarBody>
                    {words.refreshFailed(messageForFailure(request.refreshFailure).title)}
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              {request.ctx?.stored ? (
                <LinkedMeeting
                  loadServices={loadServices}
                  ctx={{ ...request.ctx, stored: request.ctx.stored }}
                  request={request}
                  capacities={capacities}
                  meetingChatId={meetingChatId}
                  step={step}
                  goTo={goTo}
                  roles={roles}
                />
              ) : request.ctx ? (
                <>
                  <StepPanel step="prepare" shown={step}>
                    <AgendaArea
                      ctx={request.ctx}
                      request={request}
                      actor={actorOf(request.ctx, capacities)}
                      part="prepare"
                    />
                  </StepPanel>
                  <StepPanel step="roles" shown={step}>
                    {roles}
                  </StepPanel>
                </>
              ) : null}
            </>
          )}
        />
      ) : null}
    </div>
  );
}

/** The id of a step's tab, and of its panel (aria-controls / aria-labelledby). */
const tabId = (step: MeetingStep) => `meeting-step-${step}`;
const panelId = (step: MeetingStep) => `meeting-step-${step}-panel`;

/**
 * The step list (Fluent's TabList: one tab stop, arrow keys between steps) and the shown step. The opening step is
 * chosen once, when the agenda is first read: the view doesn't jump away when voting closes under someone's eyes.
 */
function Steps({
  linked,
  opening,
  step,
  onStep,
  render,
}: {
  readonly linked: boolean;
  readonly opening: MeetingStep;
  readonly step: MeetingStep | undefined;
  readonly onStep: ((step: MeetingStep) => void) | undefined;
  /** goTo: a step chosen by an act (closing voting shows the agenda), with focus on its tab. */
  readonly render: (shown: MeetingStep, goTo: (step: MeetingStep) => void) => ReactNode;
}) {
  const styles = useStyles();
  const [first] = useState(opening);
  const [own, setOwn] = useState<MeetingStep>();
  const steps = stepsFor(linked);
  const shown =
    stepIfAvailable(onStep ? step : own, linked) ?? stepIfAvailable(first, linked) ?? steps[0] ?? 'prepare';
  const choose = (next: MeetingStep) => (onStep ? onStep(next) : setOwn(next));
  // The control that was used (Close voting, Reopen voting) is gone from the step it was in: focus goes to the
  // tab of the step now shown, from where the user reads on (or arrows back).
  const [focusTab, setFocusTab] = useState<MeetingStep>();
  useEffect(() => {
    if (focusTab === undefined || focusTab !== shown) return;
    document.getElementById(tabId(focusTab))?.focus();
    setFocusTab(undefined);
  }, [focusTab, shown]);
  const goTo = (next: MeetingStep) => {
    choose(next);
    setFocusTab(next);
  };
  return (
    <>
      <TabList
        className={styles.steps}
        selectedValue={shown}
        onTabSelect={(_, d) => choose(d.value as MeetingStep)}
        aria-label={meetingMessages.stepsLabel}
      >
        {steps.map((s) => (
          <Tab key={s} value={s} id={tabId(s)} aria-controls={panelId(s)}>
            {stepLabel(s)}
          </Tab>
        ))}
      </TabList>
      {render(shown, goTo)}
    </>
  );
}

/** One step's content: in the page (and its state kept) while another step shows, but hidden from everyone. */
function StepPanel({
  step,
  shown,
  children,
}: {
  readonly step: MeetingStep;
  readonly shown: MeetingStep;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div
      role="tabpanel"
      id={panelId(step)}
      // Named as its tab reads (Fluent's Tab holds its label twice, one copy to reserve the bold width).
      aria-label={stepLabel(step)}
      hidden={step !== shown}
      // The class would undo `hidden` (display: flex beats the attribute's display: none).
      className={step === shown ? styles.panel : undefined}
    >
      <StepShownContext.Provider value={step === shown}>{children}</StepShownContext.Provider>
    </div>
  );
}

/**
 * A meeting whose series has a document: the review of earlier commitments opens the agenda, and the action items
 * follow it (one useActions for both, over the agenda's document).
 */
function LinkedMeeting({
  loadServices,
  ctx,
  request,
  capacities,
  meetingChatId,
  step,
  goTo,
  roles,
}: {
  readonly loadServices: LoadServices;
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly request: ReturnType<typeof useAgenda>;
  readonly capacities: Capacities;
  readonly meetingChatId: string | undefined;
  readonly step: MeetingStep;
  readonly goTo: (step: MeetingStep) => void;
  readonly roles: ReactNode;
}) {
  const actor = useMemo(() => actorOf(ctx, capacities), [ctx, capacities]);
  const today = localToday();
  const nudges = useNudges(loadServices, ctx, request);
  const { after } = nudges;
  const onRecorded = useCallback((stored: StoredSeries) => after('recorded', stored), [after]);
  const onPublished = useCallback(() => after('published'), [after]);
  const actions = useActions(request, ctx, actor, today, onRecorded);
  const styles = useStyles();
  const ignoreCapacities = useCallback(() => undefined, []);
  return (
    <>
      {/* Above the steps: closing voting, publishing and recording report here, whichever step it was done in. */}
      {nudges.notice ? (
        <MessageBar intent={nudges.notice.intent} role="status">
          <MessageBarBody>{nudges.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={meetingMessages.dismiss}
                icon={<DismissRegular />}
                onClick={nudges.dismiss}
              />
            }
          />
        </MessageBar>
      ) : null}
      <StepPanel step="prepare" shown={step}>
        <AgendaArea
          ctx={ctx}
          request={request}
          actor={actor}
          part="prepare"
          onVotingChanged={() => goTo('agenda')}
        />
      </StepPanel>
      <StepPanel step="agenda" shown={step}>
        <ReviewSection review={actions.review} onRefresh={actions.reloadReview} />
        <AgendaArea
          ctx={ctx}
          request={request}
          actor={actor}
          part="agenda"
          onVotingChanged={() => goTo('prepare')}
        />
        <DecisionLogEntry loadServices={loadServices} stored={ctx.stored} />
        {ctx.meeting.isOrganizer ? (
          <PublishSection
            loadServices={loadServices}
            ctx={ctx}
            request={request}
            commitments={actions.review.commitments}
            onPublished={onPublished}
          />
        ) : null}
      </StepPanel>
      <StepPanel step="run" shown={step}>
        {/* The running agenda is the side panel's job in Teams; here (the personal tab, the demo) it is this step,
            with the current item's notes and quick capture. It reads the meeting live, so it runs only while shown. */}
        {step === 'run' ? (
          <section aria-label={meetingMessages.running} className={styles.running}>
            <RunningAgenda
              inMeeting={undefined}
              loadServices={loadServices}
              ctx={ctx}
              request={request}
              layout="embedded"
              onCapacities={ignoreCapacities}
            />
          </section>
        ) : null}
      </StepPanel>
      <StepPanel step="actions" shown={step}>
        <ActionsArea ctx={ctx} actor={actor} actions={actions} />
        {/* Every item's notes, read and tidied after the meeting (Run has the current item's, as it is discussed). */}
        <NotesArea loadServices={loadServices} ctx={ctx} request={request} actor={actor} />
        <RecapSection ctx={ctx} request={request} actor={actor} meetingChatId={meetingChatId} />
      </StepPanel>
      <StepPanel step="roles" shown={step}>
        {roles}
      </StepPanel>
    </>
  );
}

/** The viewer's calendar date, YYYY-MM-DD: "overdue" is judged by the day where the viewer is. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function OpenFailure({ request }: { readonly request: ReturnType<typeof useAgenda> }) {
  if (!request.failure) return null;
  const m = messageForFailure(request.failure);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{m.title}</MessageBarTitle>
        {m.message}
        {m.reference ? <Body1 block>{failuresMessages.reference(m.reference)}</Body1> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={request.retry}>
          {failuresMessages.tryAgain}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
