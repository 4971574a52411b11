import { Badge, Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import { ArrowRepeatAllRegular, PeopleRegular, VideoRegular } from '@fluentui/react-icons';
import type { MeetingItemView, MyResponse } from '../hooks/deriveMeetingsViewState';
import { useAgendaState, useMyRoleBadges, type CardAgendaState } from '../hooks/myRoleBadges';
import { shellMessages } from '../i18n/en-US/shell';

const useStyles = makeStyles({
  item: { listStyleType: 'none' },
  // Card's look without Fluent's Card: Card pulls in tabster (~19 KB gzip) for focus handling a read-only row
  // doesn't need, and the tab's initial JS budget is 150 KB gzip (DESIGN.md "Speed").
  card: {
    display: 'grid',
    // A fixed time column keeps subjects aligned across cards (each card is its own grid).
    gridTemplateColumns: '9.5rem 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    '@media (max-width: 480px)': { gridTemplateColumns: '1fr' },
  },
  time: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums', paddingTop: '1px' },
  details: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  subject: { margin: 0, overflowWrap: 'anywhere' },
  cancelled: { textDecorationLine: 'line-through' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  people: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXXS },
  open: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
});

const AGENDA_COLOR: Readonly<Record<CardAgendaState['tone'], BadgeProps['color']>> = {
  open: 'success',
  agreed: 'brand',
  done: 'informative',
};

const RESPONSE_COLOR: Readonly<Record<MyResponse, BadgeProps['color']>> = {
  organizer: 'brand',
  accepted: 'success',
  tentative: 'warning',
  declined: 'danger',
  none: 'informative',
};

export interface MeetingListItemProps {
  readonly meeting: MeetingItemView;
  /** Opens the meeting view (its agenda); absent: the row is read-only. */
  readonly onOpen?: (id: string) => void;
}

/** One meeting in the list: its time, then the subject (a heading, so screen readers can jump between meetings). */
export function MeetingListItem({ meeting, onOpen }: MeetingListItemProps) {
  const styles = useStyles();
  const myRoles = useMyRoleBadges(meeting.id);
  const agenda = useAgendaState(meeting.id);
  const m = shellMessages.meeting;
  return (
    <li role="listitem" className={styles.item}>
      <div className={styles.card}>
        <Text className={styles.time}>
          <time dateTime={meeting.startIso}>{meeting.timeRange}</time>
        </Text>
        <div className={styles.details}>
          <Text
            as="h3"
            weight="semibold"
            size={400}
            className={mergeClasses(styles.subject, meeting.isCancelled && styles.cancelled)}
          >
            {meeting.subject}
          </Text>
          <div className={styles.meta}>
            <Caption1>{m.organizer(meeting.organizerName)}</Caption1>
            <Caption1 className={styles.people}>
              <PeopleRegular aria-hidden="true" />
              {meeting.attendeeLabel}
            </Caption1>
            {meeting.isCancelled ? (
              <Badge appearance="filled" color="danger">
                {m.cancelled}
              </Badge>
            ) : null}
            {agenda && !meeting.isCancelled ? (
              <Badge appearance="outline" color={AGENDA_COLOR[agenda.tone]}>
                {agenda.label}
              </Badge>
            ) : null}
            {myRoles.map((label) => (
              <Badge key={label} appearance="filled" color="brand">
                {label}
              </Badge>
            ))}
            <Badge appearance="tint" color={RESPONSE_COLOR[meeting.response]}>
              {meeting.responseLabel}
            </Badge>
            {meeting.seriesBadge ? (
              <Badge
                appearance="outline"
                color="informative"
                icon={<ArrowRepeatAllRegular aria-hidden="true" />}
              >
                {meeting.seriesBadge}
              </Badge>
            ) : null}
            {meeting.isTeamsMeeting ? (
              <Badge appearance="outline" color="brand" icon={<VideoRegular aria-hidden="true" />}>
                {m.teamsMeeting}
              </Badge>
            ) : null}
          </div>
          {onOpen ? (
            <Button
              size="small"
              className={styles.open}
              aria-label={m.openAgendaOf(meeting.subject)}
              onClick={() => onOpen(meeting.id)}
            >
              {m.openAgenda}
            </Button>
          ) : null}
        </div>
      </div>
    </li>
  );
}
