// "Send recap" after the meeting (issue #15): for the organizer, the facilitator or the note-taker (disabled with the
// reason for anyone else), a preview of exactly what will be sent, then one message to the meeting chat, or an
// e-mail to the attendees when the meeting has no chat. Sending twice is harmless (sendRecap); each failure says
// what happened and whether the recap may already be out.
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
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Actor } from '../../../domain/agenda/agendaTypes';
import { threadIdOf } from '../../../domain/meetings/matchMeetingChat';
import { buildRecap, renderRecapHtml } from '../../../domain/recap/buildRecap';
import { maySendRecap, recapsSent } from '../../../domain/recap/recapStatus';
import type { AgendaContext } from '../../../usecases/agenda/openAgenda';
import type { StoredSeries } from '../../../usecases/ports';
import { sendRecap, type RecapFailure } from '../../../usecases/recap/sendRecap';
import { messageForFailure } from '../../errors/messageForFailure';
import type { AgendaRequest } from '../../hooks/useAgenda';
import { FocusReturningDialog } from '../../components/FocusReturningDialog';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  preview: {
    width: '100%',
    height: '20rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#ffffff',
  },
  surface: { maxWidth: '46rem', width: '95vw' },
});

export interface RecapSectionProps {
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly request: AgendaRequest;
  readonly actor: Actor;
  /** The meeting chat Teams named, inside a meeting; otherwise the one the join link names, if it names one. */
  readonly meetingChatId?: string | undefined;
}

export function RecapSection(props: RecapSectionProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const allowed = maySendRecap(props.actor);
  const sent = recapsSent(props.ctx.stored.doc, props.ctx.occurrence)[0];
  return (
    <section aria-label="Recap" className={styles.section}>
      <Button disabled={!allowed} onClick={() => setOpen(true)}>
        {sent ? 'Recap sent: view it' : 'Send recap…'}
      </Button>
      <Caption1>
        {allowed
          ? sent
            ? `Sent ${sent.channel === 'chat' ? 'to the meeting chat' : `by e-mail to ${sent.recipients} attendees`} on ${new Date(sent.at).toLocaleString()}.`
            : 'Sends the decisions, the action items and what carries over to the meeting chat.'
          : 'Only the organizer, the facilitator or the note-taker sends the recap.'}
      </Caption1>
      {open ? (
        <FocusReturningDialog open onOpenChange={(_e, d) => setOpen(d.open)}>
          <DialogSurface className={styles.surface}>
            <RecapBody {...props} />
          </DialogSurface>
        </FocusReturningDialog>
      ) : null}
    </section>
  );
}

function RecapBody({ ctx, request, actor, meetingChatId }: RecapSectionProps) {
  const styles = useStyles();
  const services = request.services();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ intent: 'success' | 'info' | 'error'; text: string }>();
  const chatId = meetingChatId ?? (ctx.meeting.joinUrl ? (threadIdOf(ctx.meeting.joinUrl) ?? null) : null);
  // Teams' short join link (".../meet/<id>?p=…") names no chat: only the meeting's own tab knows it.
  const chatUnknown = chatId === null && Boolean(ctx.meeting.joinUrl);
  const mailTo = ctx.meeting.attendees
    .filter((a) => a.kind !== 'resource' && a.email.includes('@') && a.email !== ctx.me.mail)
    .map((a) => a.email);
  const recap = useMemo(
    () =>
      services
        ? buildRecap({
            doc: ctx.stored.doc,
            occurrence: ctx.occurrence,
            meetingMinutes: ctx.meetingMinutes,
            meetingTitle: ctx.series.title,
            occurrenceLabel: new Date(ctx.meeting.start).toLocaleDateString(undefined, {
              weekday: 'long',
              day: 'numeric',
              month: 'long',
              year: 'numeric',
            }),
            appUrl: services.appLink(ctx.meeting),
            plannerTaskUrl: (id) => services.plannerTaskUrl(id),
          })
        : undefined,
    [services, ctx],
  );
  const where =
    chatId !== null
      ? 'It goes to the meeting chat as one message.'
      : mailTo.length > 0
        ? chatUnknown
          ? `This meeting's Teams link doesn't say which chat is its own, so from here the recap goes by e-mail to ${mailTo.length} attendees. To post it to the meeting chat instead, send it from Roundtable's tab in the meeting in Teams.`
          : `This meeting has no chat, so it goes by e-mail to ${mailTo.length} attendees.`
        : 'This meeting has no chat and no attendee with an e-mail address, so the recap can’t be sent.';

  const send = async () => {
    if (!services || !recap || busy) return;
    setBusy(true);
    setResult(undefined);
    const r = await sendRecap(
      { store: services.agenda.store, sender: services.recaps, now: services.now },
      {
        stored: ctx.stored,
        occurrence: ctx.occurrence,
        actor,
        recap,
        chatId,
        mailTo,
        attempt: services.newId(),
      },
    );
    setBusy(false);
    if (r.ok) {
      request.adopt(r.value.stored);
      setResult(
        r.value.how === 'already'
          ? { intent: 'info', text: 'The recap was already sent, so nothing more was sent.' }
          : {
              intent: 'success',
              text: r.value.record.channel === 'chat' ? 'Sent to the meeting chat.' : 'Sent by e-mail.',
            },
      );
      return;
    }
    setResult({ intent: 'error', text: describeRecapFailure(r.failure) });
  };

  return (
    <DialogBody>
      <DialogTitle>Send recap</DialogTitle>
      <DialogContent>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{where}</MessageBarBody>
        </MessageBar>
        {recap ? (
          <iframe
            title="Preview of the recap"
            sandbox=""
            srcDoc={renderRecapHtml(recap)}
            className={styles.preview}
          />
        ) : null}
        {result ? (
          <MessageBar intent={result.intent} layout="multiline">
            <MessageBarBody>{result.text}</MessageBarBody>
          </MessageBar>
        ) : null}
      </DialogContent>
      <DialogActions>
        <DialogTrigger disableButtonEnhancement>
          <Button appearance="secondary">Close</Button>
        </DialogTrigger>
        <Button
          appearance="primary"
          disabledFocusable={!recap || busy || (chatId === null && mailTo.length === 0)}
          onClick={() => void send()}
        >
          {busy ? 'Sending…' : 'Send'}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}

/** One sentence per way a recap can fail, saying whether it may already be out. */
export function describeRecapFailure(f: RecapFailure): string {
  switch (f.kind) {
    case 'noChannel':
    case 'notAllowed':
    case 'busy':
      return f.message;
    case 'failed': {
      if (f.unclear)
        return f.channel === 'chat'
          ? 'We couldn’t tell whether the recap reached the chat. Send again: it is looked for first and never posted twice.'
          : 'We couldn’t tell whether the e-mail went out. Check your Sent Items before sending again.';
      if (f.failure.kind === 'notFound' && f.channel === 'chat')
        return 'You aren’t a member of this meeting’s chat (or it no longer exists), so the recap can’t be posted there.';
      const m = messageForFailure(f.failure);
      return `${m.title}. ${m.message} Nothing was sent.`;
    }
  }
}
