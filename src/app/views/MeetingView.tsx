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
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowRepeatAllRegular, DismissRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
  running: {
    maxWidth: '22rem',
    marginTop: tokens.spacingVerticalM,
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
}

/** One meeting: its header, then the Agenda area (and, below it, the Roles area). */
export function MeetingView({ loadServices, meeting, item, onBack, meetingChatId }: MeetingViewProps) {
  const styles = useStyles();
  // The Roles area computes who facilitates, keeps time and takes notes in this occurrence; until it has, nobody
  // does (the organizer still can do what they may).
  const [capacities, setCapacities] = useState<Capacities>(NO_CAPACITIES);
  const request = useAgenda(loadServices, meeting, capacities);
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the new heading tells keyboard and screen-reader users the view changed.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className={styles.view}>
      {onBack ? (
        <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          Back to My meetings
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
          <Caption1>Organizer: {item.organizerName}</Caption1>
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
              Cancelled
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
        <Spinner label="Opening the agenda" />
      ) : request.failure ? (
        <OpenFailure request={request} />
      ) : request.ctx ? (
        <>
          {request.refreshFailure ? (
            <MessageBar intent="warning">
              <MessageBarBody>
                Couldn&apos;t refresh the agenda ({messageForFailure(request.refreshFailure).title}); showing
                what was loaded last.
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {request.ctx.stored ? (
            <LinkedMeeting
              loadServices={loadServices}
              ctx={{ ...request.ctx, stored: request.ctx.stored }}
              request={request}
              capacities={capacities}
              meetingChatId={meetingChatId}
            />
          ) : (
            <AgendaArea ctx={request.ctx} request={request} actor={actorOf(request.ctx, capacities)} />
          )}
        </>
      ) : null}
      {/* Roles area */}
      {request.ctx ? (
        <RolesArea
          loadServices={loadServices}
          ctx={request.ctx}
          dispatch={request.dispatch}
          onCapacities={setCapacities}
        />
      ) : null}
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
}: {
  readonly loadServices: LoadServices;
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly request: ReturnType<typeof useAgenda>;
  readonly capacities: Capacities;
  readonly meetingChatId: string | undefined;
}) {
  const actor = useMemo(() => actorOf(ctx, capacities), [ctx, capacities]);
  const today = localToday();
  const nudges = useNudges(loadServices, ctx, request);
  const { after } = nudges;
  const onRecorded = useCallback((stored: StoredSeries) => after('recorded', stored), [after]);
  const onPublished = useCallback(() => after('published'), [after]);
  const actions = useActions(request, ctx, actor, today, onRecorded);
  // The running agenda is the side panel's job in Teams; here (the personal tab, the demo) it opens on demand.
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const ignoreCapacities = useCallback(() => undefined, []);
  return (
    <>
      <ReviewSection review={actions.review} onRefresh={actions.reloadReview} />
      <AgendaArea ctx={ctx} request={request} actor={actor} />
      {/* Right below the agenda, where voting is opened and closed; publishing and recording also report here. */}
      {nudges.notice ? (
        <MessageBar intent={nudges.notice.intent} role="status">
          <MessageBarBody>{nudges.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Dismiss"
                icon={<DismissRegular />}
                onClick={nudges.dismiss}
              />
            }
          />
        </MessageBar>
      ) : null}
      <section aria-label="Running the meeting">
        <Button appearance="secondary" onClick={() => setRunning((v) => !v)} aria-expanded={running}>
          {running ? 'Hide the running agenda' : 'Run the meeting: current item and timer'}
        </Button>
        {running ? (
          <div className={styles.running}>
            <RunningAgenda
              inMeeting={undefined}
              loadServices={loadServices}
              ctx={ctx}
              request={request}
              layout="embedded"
              onCapacities={ignoreCapacities}
            />
          </div>
        ) : null}
      </section>
      <NotesArea loadServices={loadServices} ctx={ctx} request={request} actor={actor} />
      <ActionsArea ctx={ctx} actor={actor} actions={actions} />
      <DecisionLogEntry loadServices={loadServices} stored={ctx.stored} />
      <RecapSection ctx={ctx} request={request} actor={actor} meetingChatId={meetingChatId} />
      {ctx.meeting.isOrganizer ? (
        <PublishSection
          loadServices={loadServices}
          ctx={ctx}
          request={request}
          commitments={actions.review.commitments}
          onPublished={onPublished}
        />
      ) : null}
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
        {m.reference ? <Body1 block>Reference: {m.reference}</Body1> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={request.retry}>
          Try again
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
