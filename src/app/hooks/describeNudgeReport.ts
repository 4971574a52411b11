// What the person whose act sent nudges is told (issue #15): who Teams notified, who it couldn't and why, and when
// nothing went out because consent or the claim was missing. Null when nothing was due to anyone.
import type { UserId } from '../../domain/ids';
import type { NudgeReport } from '../../usecases/nudges/sendNudges';
import { joinWithAnd, messageForFailure } from '../errors/messageForFailure';
import { ruleMessage } from '../i18n/problemText';

export interface NudgeNotice {
  readonly intent: 'success' | 'warning';
  readonly text: string;
}

const LATER = 'The next person who opens or closes voting, publishes or records will send them.';

export function describeNudgeReport(report: NudgeReport, nameOf: (id: UserId) => string): NudgeNotice | null {
  if (report.notAuthorized) {
    const m = messageForFailure(report.notAuthorized);
    return { intent: 'warning', text: `Teams notifications weren't sent. ${m.message} ${LATER}` };
  }
  if (report.claimFailed !== undefined) {
    const f = report.claimFailed;
    const why = f.source === 'store' ? (f.failure.message ?? f.failure.kind) : ruleMessage(f.error);
    return {
      intent: 'warning',
      text: `Teams notifications weren't sent: the agenda couldn't be updated (${why}). ${LATER}`,
    };
  }
  const parts: string[] = [];
  const sentTo = [...new Set(report.sent.map((n) => n.recipient))].map(nameOf);
  if (sentTo.length > 0) parts.push(`Notified in Teams: ${joinWithAnd(sentTo)}.`);
  const notInstalled = new Set<string>();
  const other = new Map<string, string>();
  for (const f of report.failed) {
    const who = nameOf(f.nudge.recipient);
    if (f.failure.kind === 'forbidden') notInstalled.add(who);
    else other.set(who, messageForFailure(f.failure).title);
  }
  if (notInstalled.size > 0)
    parts.push(
      `Couldn't notify ${joinWithAnd([...notInstalled])} in Teams: Roundtable isn't installed for ` +
        `${notInstalled.size === 1 ? 'them' : 'those people'}, so Teams refused.`,
    );
  for (const [who, why] of other) parts.push(`Couldn't notify ${who} in Teams (${why}).`);
  if (parts.length === 0) return null;
  return { intent: report.failed.length > 0 ? 'warning' : 'success', text: parts.join(' ') };
}
