// The recap sent to the meeting chat (or by e-mail) after a meeting (issue #15): the decisions with who holds them,
// the action items with owners, due dates and Planner links, what wasn't reached and carries over, and a link back to
// the meeting. Pure: the caller passes the labels, the app link, how to link a Planner task and the words
// (RecapWords) in the sender's language.
import { buildAgenda } from '../agenda/buildAgenda';
import { ownerWithHelpers } from '../actions/helpersOf';
import type { OccurrenceKey } from '../ids';
import { escapeHtml } from '../publish/escapeHtml';
import { fnv1a32 } from '../publish/fnv1a32';
import { safeLinkUrl } from '../publish/safeLinkUrl';
import { occurrenceOf, type SeriesDocument } from '../series/seriesDocument';

export interface RecapDecision {
  readonly topic: string;
  readonly text: string;
  readonly holder: string;
}
export interface RecapAction {
  readonly title: string;
  readonly owners: readonly string[];
  /** YYYY-MM-DD or null. */
  readonly due: string | null;
  readonly done: boolean;
  /** The Planner task's web link, when the action was recorded to Planner. */
  readonly plannerUrl: string | null;
}
export interface RecapCarry {
  readonly title: string;
  readonly why: 'notReached' | 'parked';
}
export interface Recap {
  readonly meetingTitle: string;
  readonly occurrenceLabel: string;
  readonly decisions: readonly RecapDecision[];
  readonly actions: readonly RecapAction[];
  readonly carriedOver: readonly RecapCarry[];
  readonly appUrl: string;
  /** Text the message carries so a listing of the chat finds it again (recapMarker). */
  readonly marker: string;
}

/**
 * The recap's words in the sender's language, from the app's message catalogue (area `published`). For the HTML body
 * they are HTML: their own text holds no markup characters (< & "), and every value passed in is already escaped.
 * The subject is plain text with the values as they are. The marker (recapMarker) is not a word: it is the same in
 * every language, so a recap sent in one language is found by a retry in another.
 */
export interface RecapWords {
  /** The heading's bold part: "Recap: Weekly sync". */
  readonly heading: (meetingTitle: string) => string;
  /** The e-mail subject: "Recap: Weekly sync (Monday 8 December 2025)". */
  readonly subject: (meetingTitle: string, occurrenceLabel: string) => string;
  readonly decisions: string;
  readonly noDecisions: string;
  readonly heldBy: (holder: string) => string;
  readonly actionItems: string;
  readonly noActionItems: string;
  readonly noOwner: string;
  readonly due: (date: string) => string;
  readonly planner: string;
  readonly carriedOver: string;
  readonly nothingCarriesOver: string;
  readonly notReached: string;
  readonly parked: string;
  readonly openInApp: string;
  /** A decision whose topic is gone from the document. */
  readonly untitledTopic: string;
  /** An action's owner with its helpers: "Ben, with Cy and Dee"; the owner alone when there are none. */
  readonly ownerWithHelpers: (owner: string, helpers: readonly string[]) => string;
}

export interface RecapSources {
  readonly doc: SeriesDocument;
  readonly occurrence: OccurrenceKey;
  readonly meetingMinutes: number;
  readonly meetingTitle: string;
  readonly occurrenceLabel: string;
  readonly appUrl: string;
  /** The web link of a Planner task, or null when none can be made. */
  readonly plannerTaskUrl: (taskId: string) => string | null;
}

/**
 * One marker per series and occurrence, whoever sends: two senders' recaps carry the same one, so a listing finds
 * either. It is plain text at the end of the message (Teams keeps text; comments and data attributes may not survive
 * its HTML sanitiser).
 */
export function recapMarker(doc: SeriesDocument, occurrence: OccurrenceKey): string {
  return `rt-recap-${fnv1a32(`${doc.seriesKey}|${occurrence}`)}`;
}

export function buildRecap(
  s: RecapSources,
  words: Pick<RecapWords, 'untitledTopic' | 'ownerWithHelpers'>,
): Recap {
  const rec = occurrenceOf(s.doc, s.occurrence);
  const plan = buildAgenda(s.doc, s.occurrence, s.meetingMinutes);
  const titleOf = (id: string) =>
    plan.ranked.find((t) => t.id === id)?.title ??
    s.doc.proposals[id]?.content.value.title ??
    words.untitledTopic;
  const decisions = Object.entries(rec.decisions)
    .map(([topicId, d]) => ({
      topic: titleOf(topicId),
      text: d.value.text,
      holder: d.value.holder,
      at: d.at,
    }))
    .sort((a, b) => a.at - b.at || a.topic.localeCompare(b.topic))
    .map(({ topic, text, holder }) => ({ topic, text, holder }));
  const actions = Object.values(s.doc.actions)
    .filter((a) => a.occurrence === s.occurrence)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((a) => ({
      title: a.title.value,
      // One entry: the owner, with the helpers named after them ("Ben, with Cy").
      owners: [ownerWithHelpers(a, words.ownerWithHelpers)],
      due: a.due.value,
      done: a.completed.value,
      plannerUrl: a.planner ? s.plannerTaskUrl(a.planner.value.taskId) : null,
    }));
  const notReached = plan.boulders
    .filter((b) => rec.status[b.id]?.value === 'notReached')
    .map((b) => ({ title: b.title, why: 'notReached' as const }));
  const parked = [...plan.parkingLot, ...plan.late].map((p) => ({ title: p.title, why: 'parked' as const }));
  return {
    meetingTitle: s.meetingTitle,
    occurrenceLabel: s.occurrenceLabel,
    decisions,
    actions,
    carriedOver: [...notReached, ...parked],
    appUrl: s.appUrl,
    marker: recapMarker(s.doc, s.occurrence),
  };
}

/** User text as HTML: unprintable characters become U+FFFD, then everything is escaped. */
function text(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being replaced
  return escapeHtml(raw.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, '\ufffd'));
}

/** The recap as the HTML body of a Teams chat message or an e-mail: simple tags Teams and Outlook both keep. */
export function renderRecapHtml(r: Recap, words: RecapWords): string {
  const list = (items: readonly string[], empty: string) =>
    items.length === 0 ? `<p><i>${empty}</i></p>` : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const link = (url: string | null, label: string) => {
    const href = url === null ? null : safeLinkUrl(url);
    return href === null ? '' : ` <a href="${escapeHtml(href)}">${label}</a>`;
  };
  const parts = [
    `<p><b>${words.heading(text(r.meetingTitle))}</b> (${text(r.occurrenceLabel)})</p>`,
    `<p><b>${words.decisions}</b></p>`,
    list(
      r.decisions.map((d) => `<b>${text(d.topic)}</b>: ${text(d.text)} (${words.heldBy(text(d.holder))})`),
      words.noDecisions,
    ),
    `<p><b>${words.actionItems}</b></p>`,
    list(
      r.actions.map(
        (a) =>
          `${a.done ? '<s>' : ''}${text(a.title)}${a.done ? '</s>' : ''}: ` +
          `${a.owners.length === 0 ? words.noOwner : a.owners.map(text).join(', ')}` +
          `${a.due === null ? '' : `, ${words.due(text(a.due))}`}${link(a.plannerUrl, words.planner)}`,
      ),
      words.noActionItems,
    ),
    `<p><b>${words.carriedOver}</b></p>`,
    list(
      r.carriedOver.map(
        (c) => `${text(c.title)} (${c.why === 'notReached' ? words.notReached : words.parked})`,
      ),
      words.nothingCarriesOver,
    ),
    link(r.appUrl, words.openInApp) === '' ? '' : `<p>${link(r.appUrl, words.openInApp).trim()}</p>`,
    `<p><small>${text(r.marker)}</small></p>`,
  ];
  return parts.join('');
}

/** The e-mail subject for the same recap. */
export function recapSubject(r: Recap, words: Pick<RecapWords, 'subject'>): string {
  return words.subject(r.meetingTitle, r.occurrenceLabel);
}
