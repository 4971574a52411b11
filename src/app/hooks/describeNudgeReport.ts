// What the person whose act sent nudges is told (issue #15): who Teams notified, who it couldn't and why, and when
// nothing went out because consent or the claim was missing. Null when nothing was due to anyone.
import type { UserId } from '../../domain/ids';
import type { NudgeReport } from '../../usecases/nudges/sendNudges';
import { joinWithAnd, messageForFailure } from '../errors/messageForFailure';
import { meetingMessages } from '../i18n/en-US/meeting';
import { ruleMessage } from '../i18n/problemText';

export interface NudgeNotice {
  readonly intent: 'success' | 'warning';
  readonly text: string;
}

export function describeNudgeReport(report: NudgeReport, nameOf: (id: UserId) => string): NudgeNotice | null {
  const words = meetingMessages.nudges;
  if (report.notAuthorized) {
    const m = messageForFailure(report.notAuthorized);
    return { intent: 'warning', text: words.notSent(m.message) };
  }
  if (report.claimFailed !== undefined) {
    const f = report.claimFailed;
    const why = f.source === 'store' ? messageForFailure(f.failure).title : ruleMessage(f.error);
    return { intent: 'warning', text: words.claimFailed(why) };
  }
  const parts: string[] = [];
  const sentTo = [...new Set(report.sent.map((n) => n.recipient))].map(nameOf);
  if (sentTo.length > 0) parts.push(words.notified(joinWithAnd(sentTo)));
  const notInstalled = new Set<string>();
  const other = new Map<string, string>();
  for (const f of report.failed) {
    const who = nameOf(f.nudge.recipient);
    if (f.failure.kind === 'forbidden') notInstalled.add(who);
    else other.set(who, messageForFailure(f.failure).title);
  }
  if (notInstalled.size > 0)
    parts.push(words.notInstalled(joinWithAnd([...notInstalled]), notInstalled.size));
  for (const [who, why] of other) parts.push(words.notNotified(who, why));
  if (parts.length === 0) return null;
  return { intent: report.failed.length > 0 ? 'warning' : 'success', text: parts.join(' ') };
}
