// Sends the activity-feed nudges an act made due (issue #15), best effort: a failure to nudge never fails the act
// that caused it, and is reported quietly in the returned report.
//
// Exactly-once-ish, intent-first (the pattern of recordToPlanner): the keys are claimed in the series document first
// (markNudges, applied to the newest version; a 412 re-reads and re-applies), and only the keys this sender's token
// holds afterwards are sent. The token is asked for before the claim, so a missing consent claims nothing. Two people closing voting at once: the second claim finds the first one's keys and
// claims none, so each recipient is notified once. A claim whose send fails is not sent again by anyone: at most
// once (a missed nudge is better than a duplicate in someone's feed).
import type { Actor } from '../../domain/agenda/agendaTypes';
import { dueNudges, type NudgeInput } from '../../domain/nudges/dueNudges';
import { claimedBy } from '../../domain/nudges/markNudges';
import type { Nudge } from '../../domain/nudges/nudgeTypes';
import type { ActivityNotifier, Failure, SeriesDocumentStore, StoredSeries } from '../ports';
import { changeSeries, type ChangeFailure } from '../series/changeSeries';

export interface SendNudgesDeps {
  readonly store: SeriesDocumentStore;
  readonly notifier: ActivityNotifier;
}

export interface NudgeReport {
  readonly sent: readonly Nudge[];
  /** Claimed by this sender but not delivered: the app not installed for them (forbidden), throttled, offline… */
  readonly failed: readonly { readonly nudge: Nudge; readonly failure: Failure }[];
  /** Due, but already claimed by someone else (or by this sender earlier). */
  readonly skipped: number;
  /** The claim could not be written (the store's failure, or the rule it broke): nothing was sent. */
  readonly claimFailed?: ChangeFailure;
  /**
   * No token for TeamsActivity.Send (consent refused or not given, offline): nothing was claimed or sent, so the
   * next person whose act makes these nudges due sends them.
   */
  readonly notAuthorized?: Failure;
  /** The document as the claim left it, when one was written. */
  readonly stored?: StoredSeries;
}

export async function sendNudges(
  deps: SendNudgesDeps,
  stored: StoredSeries,
  actor: Actor,
  input: Omit<NudgeInput, 'doc' | 'actor' | 'now'>,
  env: { readonly now: () => number; readonly newToken: () => string; readonly webUrl: string },
): Promise<NudgeReport> {
  const due = dueNudges({ ...input, doc: stored.doc, actor: actor.id, now: env.now() });
  if (due.length === 0) return { sent: [], failed: [], skipped: 0 };
  // The token first: a claim whose sends then fail for want of consent would be lost for everyone (at most once).
  const auth = await deps.notifier.authorize().catch((e: unknown) => ({
    ok: false as const,
    failure: { kind: 'network' as const, message: String(e) },
  }));
  if (!auth.ok) return { sent: [], failed: [], skipped: 0, notAuthorized: auth.failure };
  const token = env.newToken();
  const keys = due.map((n) => n.key);
  const claimed = await changeSeries(
    deps.store,
    stored,
    actor,
    { kind: 'markNudges', keys, token },
    env.now,
  ).catch((e: unknown) => ({
    ok: false as const,
    failure: { source: 'store' as const, failure: { kind: 'network' as const, message: String(e) } },
  }));
  if (!claimed.ok) return { sent: [], failed: [], skipped: due.length, claimFailed: claimed.failure };
  const { attempts: _attempts, ...after } = claimed.value;
  const mine = claimedBy(after.doc, keys, token);
  const sent: Nudge[] = [];
  const failed: { nudge: Nudge; failure: Failure }[] = [];
  // One at a time: Teams allows 5 per second per app and tenant, and the client waits out a 429's Retry-After.
  for (const n of due) {
    if (!mine.has(n.key)) continue;
    const r = await deps.notifier
      .notify({
        recipientId: n.recipient,
        activityType: n.kind,
        // i18n-ignore: the product's name, the same in every language
        topic: { text: input.meetingTitle.slice(0, 100) || 'Roundtable', webUrl: env.webUrl },
        previewText: n.preview,
        templateParameters: n.params,
      })
      .catch((e: unknown) => ({
        ok: false as const,
        failure: { kind: 'network' as const, message: String(e) },
      }));
    if (r.ok) sent.push(n);
    else failed.push({ nudge: n, failure: r.failure });
  }
  return { sent, failed, skipped: due.length - mine.size, stored: after };
}
