// "Publish to invite": the agenda as a block of e-mail-safe HTML for the Outlook event body, so that attendees who
// live in Outlook read it with nothing installed (shared/DESIGN.md, "Where things live").
//
// E-mail-safe means what Outlook's Word engine and Exchange's sanitizer keep: tables for layout with
// role="presentation", explicit widths, inline styles only (no <style>, no classes, no flex or grid), a web-safe
// font stack repeated on every table, headings as bold text in cells, and no script-capable markup at all.
//
// The words come from `words` (agendaBlockWords.ts), in the language of whoever publishes; the markers don't.
import { assertNever } from '../ids';
import {
  BLOCK_ID,
  END_COMMENT,
  END_SENTINEL_HTML,
  START_COMMENT,
  START_SENTINEL,
  footerHtml,
} from './agendaMarkers';
import type { AgendaBlockWords } from './agendaBlockWords';
import { escapeHtml } from './escapeHtml';
import { fnv1a32 } from './fnv1a32';
import { safeLinkUrl } from './safeLinkUrl';

export type BoulderOutcome = 'decide' | 'discuss' | 'inform';
export type CommitmentState = 'open' | 'overdue' | 'done' | 'notInPlanner' | 'deletedInPlanner';

export interface AgendaBlockBoulder {
  readonly title: string;
  readonly minutes: number;
  readonly ownerName: string;
  readonly outcome: BoulderOutcome;
}
export interface AgendaBlockParked {
  readonly title: string;
  readonly deferredCount: number;
}
/** A topic proposed while voting is still open: no rank, no time box (issue #16 "honest publishing"). */
export interface AgendaBlockProposal {
  readonly title: string;
  readonly ownerName: string;
  readonly outcome: BoulderOutcome;
  readonly deferredCount: number;
}
export interface AgendaBlockOpenVote {
  /** When voting closes, as attendees read it ("Monday 8 December, 10:00", when the meeting starts). */
  readonly closes: string;
  /** In the order they were proposed: the tallies are hidden until voting closes, so no order may hint at them. */
  readonly proposals: readonly AgendaBlockProposal[];
}
export interface AgendaBlockRole {
  readonly label: string;
  readonly holderName: string | null;
}
export interface AgendaBlockCommitment {
  readonly title: string;
  readonly owners: readonly string[];
  readonly state: CommitmentState;
  /** As the reader should see it, e.g. "Mon 12 Jan"; formatting dates is the caller's job. */
  readonly due: string | null;
}
/** A decision recorded on a topic of this occurrence, and who holds it. */
export interface AgendaBlockDecision {
  readonly topic: string;
  readonly text: string;
  readonly holder: string;
}
export interface AgendaBlockInput {
  readonly meetingTitle: string;
  readonly occurrenceLabel: string;
  readonly boulders: readonly AgendaBlockBoulder[];
  readonly parked: readonly AgendaBlockParked[];
  readonly roles: readonly AgendaBlockRole[];
  readonly commitments: readonly AgendaBlockCommitment[];
  /** Recorded decisions; the section is left out when there are none. */
  readonly decisions?: readonly AgendaBlockDecision[];
  /**
   * Voting is still open: the block lists the proposals unranked with when voting closes, instead of the agenda and
   * the parking lot (which would show the order the hidden tallies make). `boulders` and `parked` are then empty.
   */
  readonly votingOpen?: AgendaBlockOpenVote;
  /** Opens the meeting in the app. Linked only when it is an https: URL (or http: on localhost, see safeLinkUrl). */
  readonly appUrl: string;
  readonly generatedNote?: string;
}

const TEMPLATE_VERSION = 'roundtable-agenda/v1';
const WIDTH = 600;
const PAD = 16;
const INNER = WIDTH - 2 * PAD;
// i18n-ignore: a CSS font stack
const FONT = "font-family:'Segoe UI',Tahoma,Arial,Helvetica,sans-serif;";
const TEXT = `${FONT}font-size:14px;line-height:20px;color:#242424;`;
const MUTED = `${FONT}font-size:14px;line-height:20px;color:#616161;`;
const SMALL = `${FONT}font-size:11px;line-height:16px;color:#707070;`;
// i18n-ignore: inline CSS
const pad = (top: string, bottom: string): string => `padding:${top} ${PAD}px ${bottom} ${PAD}px;`;

/**
 * The revision of an agenda: FNV-1a of its canonical JSON. Arrays in a fixed order make the JSON independent of
 * how the caller built the object, and the template version is part of it, so a new template republishes. So is
 * the words' language, except English: an English block keeps the revision it had before words were translatable.
 */
export function agendaRevision(input: AgendaBlockInput, words: Pick<AgendaBlockWords, 'language'>): string {
  const canonical = [
    TEMPLATE_VERSION,
    input.meetingTitle,
    input.occurrenceLabel,
    input.boulders.map((b) => [b.title, b.minutes, b.ownerName, b.outcome]),
    input.parked.map((p) => [p.title, p.deferredCount]),
    input.roles.map((r) => [r.label, r.holderName]),
    input.commitments.map((c) => [c.title, [...c.owners], c.state, c.due]),
    input.appUrl,
    input.generatedNote ?? null,
    // Only when present, so a block without decisions keeps the revision it had before they existed.
    ...(input.decisions && input.decisions.length > 0
      ? [input.decisions.map((d) => [d.topic, d.text, d.holder])]
      : []),
    ...(input.votingOpen
      ? [
          'votingOpen',
          input.votingOpen.closes,
          input.votingOpen.proposals.map((p) => [p.title, p.ownerName, p.outcome, p.deferredCount]),
        ]
      : []),
    ...(words.language === 'en-US' ? [] : ['language', words.language]),
  ];
  return fnv1a32(JSON.stringify(canonical));
}

export function renderAgendaBlock(input: AgendaBlockInput, words: AgendaBlockWords): string {
  const rows = [
    row(`<b>${START_SENTINEL}</b>`, `${pad('12px', '0')}${SMALL}`),
    row(
      `<b>${text(input.meetingTitle)}</b>`,
      `${pad('4px', '0')}${FONT}font-size:18px;line-height:24px;color:#242424;`,
    ),
    row(text(input.occurrenceLabel), `${pad('0', '4px')}${MUTED}`),
    ...(input.votingOpen ? openVote(input.votingOpen, words) : agreedAgenda(input, words)),
    ...(input.decisions === undefined || input.decisions.length === 0
      ? []
      : section(
          words.decisions,
          input.decisions.map((d) =>
            cells([
              [`<b>${text(d.topic)}</b><br>${text(d.text)} &#183; ${words.heldBy(text(d.holder))}`, INNER],
            ]),
          ),
          '',
        )),
    ...section(
      words.roles,
      input.roles.map((r) =>
        cells([
          [`<b>${text(r.label)}</b>`, 180],
          [r.holderName === null ? `<i>${words.unassigned}</i>` : text(r.holderName), INNER - 180],
        ]),
      ),
      words.noRoles,
    ),
    ...(input.votingOpen || input.parked.length === 0
      ? []
      : section(
          words.parkingLot,
          input.parked.map((p) => cells([[`${text(p.title)}${deferred(p.deferredCount, words)}`, INNER]])),
          '',
        )),
    ...(input.commitments.length === 0
      ? []
      : section(
          words.commitments,
          input.commitments.map((c) =>
            cells([
              [
                `<b>${text(c.title)}</b><br>${owners(c.owners, words)} &#183; ${stateLabel(c.state, words)} &#183; ` +
                  (c.due === null ? words.noDueDate : words.due(text(c.due))),
                INNER,
              ],
            ]),
          ),
          '',
        )),
    ...appLink(input.appUrl, words),
    ...(input.generatedNote === undefined || input.generatedNote === ''
      ? []
      : [row(text(input.generatedNote), `${pad('12px', '0')}${SMALL}`)]),
    row(footerHtml(agendaRevision(input, words)), `${pad('12px', '0')}${SMALL}`),
    row(END_SENTINEL_HTML, `${pad('0', '12px')}${SMALL}`),
  ];
  return (
    START_COMMENT +
    `<table id="${BLOCK_ID}" ${tableAttrs(WIDTH)} style="width:${WIDTH}px;border-collapse:collapse;` +
    `border:1px solid #d1d1d1;background-color:#ffffff;${TEXT}">` +
    rows.join('') +
    '</table>' +
    END_COMMENT
  );
}

/** The agreed agenda, numbered and time-boxed: once voting has closed. */
function agreedAgenda(input: AgendaBlockInput, words: AgendaBlockWords): string[] {
  return section(
    words.agenda,
    input.boulders.map((b, i) =>
      cells([
        [`${i + 1}.`, 24],
        [
          `<b>${text(b.title)}</b><br>${text(b.ownerName)} &#183; ${words.outcome[b.outcome]}`,
          INNER - 24 - 72,
        ],
        [words.minutes(count(b.minutes)), 72, 'right'],
      ]),
    ),
    words.noTopics,
  );
}

/** While voting is open: the proposals, unranked and without time boxes, and when voting closes. */
function openVote(v: AgendaBlockOpenVote, words: AgendaBlockWords): string[] {
  return [
    ...section(
      words.proposedTopics,
      [
        cells([[words.votingOpenUntil(text(v.closes)), INNER]]),
        ...v.proposals.map((p) =>
          cells([
            [
              `<b>${text(p.title)}</b>${deferred(p.deferredCount, words)}<br>${text(p.ownerName)} &#183; ` +
                words.outcome[p.outcome],
              INNER,
            ],
          ]),
        ),
      ],
      '',
    ),
  ];
}

/**
 * User text as HTML: unprintable characters become U+FFFD (parsers drop or mangle them), then the text is
 * escaped, then every "Roundtable" gets a tag around it so that no user text can spell a block sentinel
 * (see agendaMarkers.ts). The tag changes nothing a reader sees.
 */
function text(raw: string): string {
  const printable = raw.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being replaced
    /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
  return escapeHtml(printable).replace(
    /roundtable/gi,
    (w) => `<span style="white-space:nowrap;">${w}</span>`,
  );
}

const tableAttrs = (width: number): string =>
  `role="presentation" width="${width}" cellpadding="0" cellspacing="0" border="0"`;

const row = (html: string, style: string): string => `<tr><td style="${style}">${html}</td></tr>`;

function section(heading: string, items: readonly string[], emptyText: string): string[] {
  const head = row(`<b>${heading}</b>`, `${pad('12px', '4px')}${TEXT}`);
  if (items.length === 0) return [head, row(emptyText, `padding:0 ${PAD}px;${MUTED}`)];
  const table =
    // i18n-ignore: markup and inline CSS
    `<table ${tableAttrs(INNER)} style="width:${INNER}px;border-collapse:collapse;${TEXT}">` +
    items.join('') +
    '</table>';
  return [head, row(table, `padding:0 ${PAD}px;${TEXT}`)];
}

function cells(columns: readonly (readonly [html: string, width: number, align?: 'right'])[]): string {
  const tds = columns.map(
    ([html, width, align]) =>
      `<td width="${width}" valign="top"${align === undefined ? '' : ` align="${align}"`} ` +
      `style="width:${width}px;padding:4px 0;border-top:1px solid #ebebeb;${TEXT}">${html}</td>`,
  );
  return `<tr>${tds.join('')}</tr>`;
}

function appLink(appUrl: string, words: AgendaBlockWords): string[] {
  if (appUrl === '') return [];
  const style = `${pad('12px', '0')}${TEXT}`;
  const href = safeLinkUrl(appUrl);
  if (href === null) {
    // Not a safe link: the reader gets the words, never a link (no javascript:, data: or vbscript: can ever be clicked).
    return [row(words.openInAppNoLink(text(appUrl)), style)];
  }
  return [
    row(
      `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer" ` +
        `style="color:#5b5fc7;text-decoration:underline;">${words.openInApp}</a>`,
      style,
    ),
  ];
}

const count = (n: number): string => (Number.isFinite(n) ? String(Math.round(n)) : '?');

function deferred(n: number, words: AgendaBlockWords): string {
  if (!Number.isFinite(n) || n <= 0) return '';
  return ` <span style="color:#616161;">${words.deferred(Math.round(n))}</span>`;
}

const owners = (names: readonly string[], words: AgendaBlockWords): string =>
  names.length === 0 ? words.noOwner : names.map((n) => text(n)).join(', ');

function stateLabel(state: CommitmentState, words: AgendaBlockWords): string {
  switch (state) {
    case 'overdue':
      return `<b style="color:#c50f1f;">${words.state.overdue}</b>`;
    case 'open':
    case 'done':
    case 'notInPlanner':
    case 'deletedInPlanner':
      return words.state[state];
    default:
      return assertNever(state, 'commitment state');
  }
}
