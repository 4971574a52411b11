import {
  Button,
  Caption1,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { roleLabel } from '../../viewState/roleLabel';
import { MailEditRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { votingStateOf } from '../../../domain/agenda/buildAgenda';
import { renderAgendaBlock } from '../../../domain/publish/agendaBlock';
import { agendaBlockInputOf } from '../../../domain/publish/agendaBlockFromSeries';
import type { Commitment } from '../../../usecases/actions/reviewCommitments';
import type { AgendaContext } from '../../../usecases/agenda/openAgenda';
import { countSeriesUpdates } from '../../../usecases/publish/countSeriesUpdates';
import { publishAgenda, type PublishTarget } from '../../../usecases/publish/publishAgenda';
import type { StoredSeries } from '../../../usecases/ports';
import type { LoadServices } from '../../AppServices';
import { messageForFailure } from '../../errors/messageForFailure';
import type { AgendaRequest } from '../../hooks/useAgenda';
import { useRoles } from '../../hooks/useRoles';
import { FocusReturningDialog } from '../../components/FocusReturningDialog';
import { inMeetingMessages } from '../../i18n/en-US/inMeeting';
import { publishedMessages } from '../../i18n/en-US/published';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  preview: {
    width: '100%',
    height: '24rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#ffffff',
  },
  surface: { maxWidth: '46rem', width: '95vw' },
});

export interface PublishSectionProps {
  readonly loadServices: LoadServices;
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly request: AgendaRequest;
  /** The review of commitments as shown at the top of the meeting (undefined while it loads). */
  readonly commitments: readonly Commitment[] | undefined;
  /** Called once the invitation is published (the nudges publishing makes due). */
  readonly onPublished?: () => void;
}

/** "Publish to invite" for the organizer: a preview of the block, who gets an update, this occurrence or all. */
export function PublishSection(props: PublishSectionProps) {
  const styles = useStyles();
  const m = inMeetingMessages.publish;
  const [open, setOpen] = useState(false);
  return (
    <section aria-label={m.title} className={styles.section}>
      <Button icon={<MailEditRegular />} onClick={() => setOpen(true)}>
        {m.open}
      </Button>
      {/* Mounted only while open, like the agenda's dialogs: no focus-trap elements linger in the page. */}
      {open ? (
        <FocusReturningDialog open onOpenChange={(_e, d) => setOpen(d.open)}>
          <DialogSurface className={styles.surface}>
            <PublishBody {...props} />
          </DialogSurface>
        </FocusReturningDialog>
      ) : null}
      <Caption1>{m.explainer}</Caption1>
    </section>
  );
}

function PublishBody({ loadServices, ctx, request, commitments, onPublished }: PublishSectionProps) {
  const styles = useStyles();
  const m = inMeetingMessages.publish;
  const roles = useRoles(loadServices, ctx, request.dispatch, { recordsInputs: false });
  const [target, setTarget] = useState<PublishTarget>('occurrence');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ intent: 'success' | 'info' | 'error'; text: string }>();
  const services = request.services();
  const seriesUpdates = useSeriesUpdates(services, ctx.meeting, target === 'series');
  const names = new Map((roles.plan?.roster ?? []).map((p) => [p.id as string, p.name]));
  const start = new Date(ctx.meeting.start);
  const votingOpen = votingStateOf(ctx.stored.doc, ctx.occurrence) === 'open';
  // Voting closes when the meeting starts (starting the run closes it).
  const closes = start.toLocaleString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
  // The block is written in the publisher's language (the installed catalogue); its markers are the same in all.
  const words = publishedMessages.agendaBlock;
  const block = useMemo(() => {
    if (!services || roles.loading) return undefined;
    const current = roles.plan?.current;
    return renderAgendaBlock(
      agendaBlockInputOf(
        {
          doc: ctx.stored.doc,
          occurrence: ctx.occurrence,
          meetingMinutes: ctx.meetingMinutes,
          meetingTitle: ctx.series.title,
          occurrenceLabel: start.toLocaleDateString(undefined, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          }),
          roles: (roles.plan?.roles ?? []).map((r) => {
            const holder = current?.assignments.find((a) => a.role === r.id)?.holder ?? null;
            return { label: roleLabel(r), holderName: holder ? (names.get(holder) ?? null) : null };
          }),
          commitments: (commitments ?? []).map((c) => ({
            title: c.title,
            owners: [c.owner, ...c.helpers].map((o) => o.name),
            state: c.state,
            due: c.due,
          })),
          appUrl: services.appLink(ctx.meeting),
          votingClosesLabel: closes,
        },
        words,
      ),
      words,
    );
    // start is derived from ctx.meeting.start
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services, roles.loading, roles.plan, ctx, commitments, words]);

  const publish = async () => {
    if (!services || !block) return;
    setBusy(true);
    setResult(undefined);
    const r = await publishAgenda(services.invites, ctx.meeting, target, block);
    setBusy(false);
    if (!r.ok) {
      const f = messageForFailure(r.failure);
      setResult({
        intent: 'error',
        text:
          r.failure.code === 'NotOrganizer'
            ? m.notOrganizer
            : r.failure.code === 'Cancelled'
              ? m.cancelled
              : m.failed(f.title, f.message),
      });
      return;
    }
    onPublished?.();
    setResult(
      r.value.changed ? { intent: 'success', text: m.published } : { intent: 'info', text: m.unchanged },
    );
  };

  return (
    <DialogBody>
      <DialogTitle>{m.title}</DialogTitle>
      <DialogContent>
        {!block ? (
          <Spinner label={m.preparing} />
        ) : (
          <>
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{m.updatesWarning}</MessageBarBody>
            </MessageBar>
            {votingOpen ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{m.votingOpenTitle}</MessageBarTitle>
                  {m.votingOpenBody(closes)}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <RadioGroup
              value={target}
              onChange={(_e, d) => setTarget(d.value as PublishTarget)}
              aria-label={m.target}
            >
              <Radio value="occurrence" label={m.thisOccurrence} />
              {ctx.meeting.seriesMasterId ? <Radio value="series" label={m.everyOccurrence} /> : null}
            </RadioGroup>
            {target === 'series' ? (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{seriesUpdates ?? m.counting}</MessageBarBody>
              </MessageBar>
            ) : null}
            {/* The preview runs nothing: an empty sandbox allows no scripts, forms or navigation. */}
            <iframe title={m.preview} sandbox="" srcDoc={block} className={styles.preview} />
            {result ? (
              <MessageBar intent={result.intent} layout="multiline">
                <MessageBarBody>{result.text}</MessageBarBody>
              </MessageBar>
            ) : null}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <DialogTrigger disableButtonEnhancement>
          <Button appearance="secondary">{m.close}</Button>
        </DialogTrigger>
        <Button appearance="primary" disabledFocusable={!block || busy} onClick={() => void publish()}>
          {busy ? m.publishing : m.publish}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}

/*
 * Before publishing into the whole series, the organizer learns how many updates each attendee will get: one for
 * the series and one per changed occurrence (GD event-update.md). One listing of the series' instances.
 */
function useSeriesUpdates(
  services: ReturnType<AgendaRequest['services']>,
  meeting: AgendaContext['meeting'],
  wanted: boolean,
): string | undefined {
  const [text, setText] = useState<string>();
  useEffect(() => {
    if (!wanted || !services) return undefined;
    let live = true;
    void countSeriesUpdates(services.meetings, meeting, new Date()).then((r) => {
      if (!live) return;
      const m = inMeetingMessages.publish;
      setText(
        r.ok ? m.seriesUpdates(r.value.perAttendee, r.value.changedOccurrences) : m.seriesUpdatesUnknown,
      );
    });
    return () => {
      live = false;
    };
  }, [services, meeting, wanted]);
  return text;
}
