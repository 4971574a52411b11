// "Publish to invite": the agenda as a block of e-mail-safe HTML for the Outlook event body, so that attendees who
// live in Outlook read it with nothing installed (shared/DESIGN.md, "Where things live").
//
// E-mail-safe means what Outlook's Word engine and Exchange's sanitizer keep: tables for layout with
// role="presentation", explicit widths, inline styles only (no <style>, no classes, no flex or grid), a web-safe
// font stack repeated on every table, headings as bold text in cells, and no script-capable markup at all.
import { assertNever } from '../ids';
import {
  BLOCK_ID,
  END_COMMENT,
  END_SENTINEL_HTML,
  START_COMMENT,
  START_SENTINEL,
  footerHtml,
} from './agendaMarkers';
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
const FONT = "font-family:'Segoe UI',Tahoma,Arial,Helvetica,sans-serif;";
const TEXT = `${FONT}font-size:14px;line-height:20px;color:#242424;`;
const MUTED = `${FONT}font-size:14px;line-height:20px;color:#616161;`;
const SMALL = `${FONT}font-size:11px;line-height:16px;color:#707070;`;

/**
 * The revision of an agenda: FNV-1a of its canonical JSON. Arrays in a fixed order make the JSON independent of
 * how the caller built the object, and the template version is part of it, so a new template republishes.
 */
export function agendaRevision(input: AgendaBlockInput): string {
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
  ];
  return fnv1a32(JSON.stringify(canonical));
}

export function renderAgendaBlock(input: AgendaBlockInput): string {
  const rows = [
    row(`<b>${START_SENTINEL}</b>`, `padding:12px ${PAD}px 0 ${PAD}px;${SMALL}`),
    row(
      `<b>${text(input.meetingTitle)}</b>`,
      `padding:4px ${PAD}px 0 ${PAD}px;${FONT}font-size:18px;line-height:24px;color:#242424;`,
    ),
    row(text(input.occurrenceLabel), `padding:0 ${PAD}px 4px ${PAD}px;${MUTED}`),
    ...(input.votingOpen ? openVote(input.votingOpen) : agreedAgenda(input)),
    ...(input.decisions === undefined || input.decisions.length === 0
      ? []
      : section(
          'Decisions',
          input.decisions.map((d) =>
            cells([[`<b>${text(d.topic)}</b><br>${text(d.text)} &#183; held by ${text(d.holder)}`, INNER]]),
          ),
          '',
        )),
    ...section(
      'Roles',
      input.roles.map((r) =>
        cells([
          [`<b>${text(r.label)}</b>`, 180],
          [r.holderName === null ? `<i>Unassigned</i>` : text(r.holderName), INNER - 180],
        ]),
      ),
      'No roles for this meeting.',
    ),
    ...(input.votingOpen || input.parked.length === 0
      ? []
      : section(
          'Parking lot',
          input.parked.map((p) => cells([[`${text(p.title)}${deferred(p.deferredCount)}`, INNER]])),
          '',
        )),
    ...(input.commitments.length === 0
      ? []
      : section(
          'Commitments',
          input.commitments.map((c) =>
            cells([
              [
                `<b>${text(c.title)}</b><br>${owners(c.owners)} &#183; ${stateLabel(c.state)} &#183; ` +
                  (c.due === null ? 'no due date' : `due ${text(c.due)}`),
                INNER,
              ],
            ]),
          ),
          '',
        )),
    ...appLink(input.appUrl),
    ...(input.generatedNote === undefined || input.generatedNote === ''
      ? []
      : [row(text(input.generatedNote), `padding:12px ${PAD}px 0 ${PAD}px;${SMALL}`)]),
    row(footerHtml(agendaRevision(input)), `padding:12px ${PAD}px 0 ${PAD}px;${SMALL}`),
    row(END_SENTINEL_HTML, `padding:0 ${PAD}px 12px ${PAD}px;${SMALL}`),
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
function agreedAgenda(input: AgendaBlockInput): string[] {
  return section(
    'Agenda',
    input.boulders.map((b, i) =>
      cells([
        [`${i + 1}.`, 24],
        [
          `<b>${text(b.title)}</b><br>${text(b.ownerName)} &#183; ${outcomeLabel(b.outcome)}`,
          INNER - 24 - 72,
        ],
        [`${count(b.minutes)}&#160;min`, 72, 'right'],
      ]),
    ),
    'No topics on the agenda yet.',
  );
}

/** While voting is open: the proposals, unranked and without time boxes, and when voting closes. */
function openVote(v: AgendaBlockOpenVote): string[] {
  return [
    ...section(
      'Proposed topics',
      [
        cells([
          [
            `Voting is open until ${text(v.closes)}. The agenda is set when voting closes; until then topics are ` +
              'listed in the order they were proposed.',
            INNER,
          ],
        ]),
        ...v.proposals.map((p) =>
          cells([
            [
              `<b>${text(p.title)}</b>${deferred(p.deferredCount)}<br>${text(p.ownerName)} &#183; ` +
                outcomeLabel(p.outcome),
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
  const head = row(`<b>${heading}</b>`, `padding:12px ${PAD}px 4px ${PAD}px;${TEXT}`);
  if (items.length === 0) return [head, row(emptyText, `padding:0 ${PAD}px;${MUTED}`)];
  const table =
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

function appLink(appUrl: string): string[] {
  if (appUrl === '') return [];
  const style = `padding:12px ${PAD}px 0 ${PAD}px;${TEXT}`;
  const href = safeLinkUrl(appUrl);
  if (href === null) {
    // Not a safe link: the reader gets the words, never a link (no javascript:, data: or vbscript: can ever be clicked).
    return [row(`Open this meeting in the Roundtable app (link not included: ${text(appUrl)})`, style)];
  }
  return [
    row(
      `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer" ` +
        `style="color:#5b5fc7;text-decoration:underline;">Open this meeting in the Roundtable app</a>`,
      style,
    ),
  ];
}

const count = (n: number): string => (Number.isFinite(n) ? String(Math.round(n)) : '?');

function deferred(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '';
  return n === 1
    ? ' <span style="color:#616161;">(deferred once)</span>'
    : ` <span style="color:#616161;">(deferred ${count(n)} times)</span>`;
}

const owners = (names: readonly string[]): string =>
  names.length === 0 ? 'No owner' : names.map((n) => text(n)).join(', ');

function outcomeLabel(outcome: BoulderOutcome): string {
  switch (outcome) {
    case 'decide':
      return 'to decide';
    case 'discuss':
      return 'to discuss';
    case 'inform':
      return 'for information';
    default:
      return assertNever(outcome, 'outcome');
  }
}

function stateLabel(state: CommitmentState): string {
  switch (state) {
    case 'open':
      return 'Open';
    case 'overdue':
      return '<b style="color:#c50f1f;">Overdue</b>';
    case 'done':
      return 'Done';
    case 'notInPlanner':
      return 'Not in Planner yet';
    case 'deletedInPlanner':
      return 'Deleted in Planner';
    default:
      return assertNever(state, 'commitment state');
  }
}
