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
import { ruleMessage } from '../../i18n/problemText';
import { FocusReturningDialog } from '../../components/FocusReturningDialog';
import { actionsMessages } from '../../i18n/en-US/actions';
import { inMeetingMessages } from '../../i18n/en-US/inMeeting';
import { publishedMessages } from '../../i18n/en-US/published';

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
  const m = actionsMessages.recap;
  const [open, setOpen] = useState(false);
  const allowed = maySendRecap(props.actor);
  const sent = recapsSent(props.ctx.stored.doc, props.ctx.occurrence)[0];
  return (
    <section aria-label={m.label} className={styles.section}>
      <Button disabled={!allowed} onClick={() => setOpen(true)}>
        {sent ? m.viewSent : m.open}
      </Button>
      <Caption1>
        {allowed
          ? sent
            ? sent.channel === 'chat'
              ? m.sentToChat(new Date(sent.at).toLocaleString())
              : m.sentByMail(sent.recipients, new Date(sent.at).toLocaleString())
            : m.explain
          : m.notAllowed}
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
  const m = actionsMessages.recap;
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
        ? buildRecap(
            {
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
            },
            publishedMessages.recap,
          )
        : undefined,
    [services, ctx],
  );
  const where =
    chatId !== null
      ? m.toChat
      : mailTo.length > 0
        ? chatUnknown
          ? m.chatUnknown(mailTo.length)
          : m.noChat(mailTo.length)
        : m.nowhere;

  const send = async () => {
    if (!services || !recap || busy) return;
    setBusy(true);
    setResult(undefined);
    const r = await sendRecap(
      {
        store: services.agenda.store,
        sender: services.recaps,
        now: services.now,
        words: publishedMessages.recap,
      },
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
          ? { intent: 'info', text: m.already }
          : { intent: 'success', text: r.value.record.channel === 'chat' ? m.sentChat : m.sentMail },
      );
      return;
    }
    setResult({ intent: 'error', text: describeRecapFailure(r.failure) });
  };

  return (
    <DialogBody>
      <DialogTitle>{m.title}</DialogTitle>
      <DialogContent>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{where}</MessageBarBody>
        </MessageBar>
        {recap ? (
          <iframe
            title={m.preview}
            sandbox=""
            srcDoc={renderRecapHtml(recap, publishedMessages.recap)}
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
          <Button appearance="secondary">{m.close}</Button>
        </DialogTrigger>
        <Button
          appearance="primary"
          disabledFocusable={!recap || busy || (chatId === null && mailTo.length === 0)}
          onClick={() => void send()}
        >
          {busy ? m.sending : m.send}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}

/** One sentence per way a recap can fail, saying whether it may already be out. */
export function describeRecapFailure(f: RecapFailure): string {
  const m = actionsMessages.recap;
  switch (f.kind) {
    case 'noChannel':
      return inMeetingMessages.recap.noChannel;
    case 'notAllowed':
      return ruleMessage(f.error);
    case 'busy':
      return inMeetingMessages.recap.busy;
    case 'failed': {
      if (f.unclear) return f.channel === 'chat' ? m.unclearChat : m.unclearMail;
      if (f.failure.kind === 'notFound' && f.channel === 'chat') return m.notMember;
      const failure = messageForFailure(f.failure);
      return m.failed(failure.title, failure.message);
    }
  }
}
