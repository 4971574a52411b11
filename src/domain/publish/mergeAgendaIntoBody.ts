// Publishing must never damage the Teams join information or anything else the organizer wrote, and
// re-publishing replaces the block instead of appending a second one (shared/DESIGN.md, "Respect for the invite").
// So the body is never parsed and re-serialized: the block's span is located by its markers (agendaMarkers.ts)
// and spliced, and every byte outside that span is kept as it was.
import { endCommentRe, endTextRe, footerRe, idTagRe, startCommentRe, startTextRe } from './agendaMarkers';

export interface AgendaBlockSpan {
  /** Offsets into the body: the block is body.slice(start, end). */
  readonly start: number;
  readonly end: number;
  /** The footer's "rev" hash, or null when the footer is gone. */
  readonly rev: string | null;
}

export interface MergeResult {
  readonly body: string;
  readonly changed: boolean;
}

/** The first agenda block in `body`, found by whichever of its markers survived. */
export function findAgendaBlock(body: string): AgendaBlockSpan | null {
  return findFrom(body, 0);
}

/** Every agenda block in `body`, in order, without overlaps. */
export function findAgendaBlocks(body: string): AgendaBlockSpan[] {
  const spans: AgendaBlockSpan[] = [];
  for (let span = findFrom(body, 0); span !== null; span = findFrom(body, span.end)) spans.push(span);
  return spans;
}

/**
 * Puts `block` (from renderAgendaBlock) into `body`: in place of the first existing block, removing any
 * duplicates after it, or at the start of the <body> element's content when there is none. When the existing
 * block already has the new block's revision (and is alone), the body comes back byte-identical with
 * changed: false, so the caller can skip the PATCH and the meeting update it mails to every attendee.
 */
export function mergeAgendaIntoBody(body: string, block: string): MergeResult {
  const newRev = findAgendaBlock(block)?.rev ?? null;
  const [first, ...duplicates] = findAgendaBlocks(body);
  if (first === undefined) {
    const at = insertionPoint(body);
    return { body: body.slice(0, at) + block + body.slice(at), changed: true };
  }
  // Keep the existing block's bytes when it is current: it may be Exchange's rewrite of what we wrote.
  const keep = newRev !== null && first.rev === newRev;
  if (keep && duplicates.length === 0) return { body, changed: false };
  let out = body.slice(0, first.start) + (keep ? body.slice(first.start, first.end) : block);
  let cursor = first.end;
  for (const dup of duplicates) {
    out += body.slice(cursor, dup.start);
    cursor = dup.end;
  }
  out += body.slice(cursor);
  return { body: out, changed: out !== body };
}

// ---------------------------------------------------------------------------------------------------------------
// Finding a block.
//
// Each of the three strategies returns the first block it recognizes at or after `from`; the earliest start wins
// (on a tie, the longest span: the comment pair encloses the table that strategies 2 and 3 find). A block whose
// comments were stripped, ahead of one whose comments survived, is therefore still found first.

function findFrom(body: string, from: number): AgendaBlockSpan | null {
  let best: Span | null = null;
  for (const span of [byComments(body, from), byId(body, from), byVisibleText(body, from)]) {
    if (span === null) continue;
    if (best === null || span.start < best.start || (span.start === best.start && span.end > best.end)) {
      best = span;
    }
  }
  return best === null ? null : { ...best, rev: revIn(body.slice(best.start, best.end)) };
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Strategy 1: the comment pair. A start comment without its own end comment is skipped. */
function byComments(body: string, from: number): Span | null {
  for (let s = matchFrom(startCommentRe(), body, from); s !== null;) {
    const sEnd = s.index + s[0].length;
    const next = matchFrom(startCommentRe(), body, sEnd);
    const e = matchFrom(endCommentRe(), body, sEnd);
    if (e !== null && (next === null || e.index < next.index))
      return { start: s.index, end: e.index + e[0].length };
    s = next;
  }
  return null;
}

/** Strategy 2: the element with id roundtable-agenda (or x_roundtable-agenda), to its matching close tag. */
function byId(body: string, from: number): Span | null {
  const re = idTagRe();
  re.lastIndex = from;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const root = { start: m.index, end: m.index + m[0].length, name: (m[1] ?? '').toLowerCase() };
    const span = elementSpan(body, { ...root, closing: false, selfClosing: false });
    if (span !== null) return span;
  }
  return null;
}

/**
 * Strategy 3: the visible sentinels, when comments and attributes are all gone. The start sentinel is the whole
 * text of its element; the block's root is the nearest <table> among the opening tags right before it. The same
 * words typed by the organizer, outside any block, are passed over.
 */
function byVisibleText(body: string, from: number): Span | null {
  const re = startTextRe();
  re.lastIndex = from;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const prefix = openingTagsBefore(body, m.index + 1);
    // No guessing without a table: a wrong root such as <body> would take the organizer's text with it.
    const root = prefix.find((t) => t.name === 'table');
    const span = root === undefined ? null : elementSpan(body, root);
    if (span !== null) return span;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * The span of `root` to its matching close tag, provided the end sentinel lies inside it and no other block
 * starts before that sentinel. When the close tag cannot be found (markup cut short), the span ends after the end
 * sentinel and the close tags that directly follow it.
 */
function elementSpan(body: string, root: Tag): Span | null {
  const sentinel = matchFrom(endTextRe(), body, root.end);
  if (sentinel === null) return null;
  const starts = startTextRe();
  starts.lastIndex = root.end;
  for (let s = starts.exec(body); s !== null && s.index < sentinel.index; s = starts.exec(body)) {
    if (!isOwnStart(body, root, s.index)) return null;
  }
  const sentinelEnd = sentinel.index + sentinel[0].length;
  const close = matchingClose(body, root);
  if (close !== null && close >= sentinelEnd) return { start: root.start, end: close };
  return { start: root.start, end: closeTagsAfter(body, root.start, sentinelEnd) };
}

/** Whether the start sentinel at `at` is the one heading `root` itself (only opening tags between them). */
function isOwnStart(body: string, root: Tag, at: number): boolean {
  return openingTagsBefore(body, at + 1).some((t) => t.start === root.start);
}

function revIn(span: string): string | null {
  const m = footerRe().exec(span);
  return m?.[1]?.toLowerCase() ?? null;
}

function insertionPoint(body: string): number {
  let headEnd: number | null = null;
  for (const tag of tags(body, 0)) {
    if (tag.name === 'body' && !tag.closing) return tag.end;
    if (tag.name === 'head' && tag.closing) headEnd ??= tag.end;
  }
  return headEnd ?? 0;
}

// ---------------------------------------------------------------------------------------------------------------
// A tag tokenizer, just enough for markup we wrote and Exchange re-serialized: quoted attribute values may hold
// '>', comments are skipped whole. User text inside the block is escaped, so it contains no tags.

interface Tag {
  readonly start: number;
  readonly end: number;
  /** Lower case. '!--' for a comment. */
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

const TAG_SOURCE = `<!--[\\s\\S]*?-->|<(\\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>`;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

function toTag(m: RegExpExecArray): Tag {
  const start = m.index;
  const end = start + m[0].length;
  if (m[2] === undefined) return { start, end, name: '!--', closing: false, selfClosing: true };
  const name = m[2].toLowerCase();
  return {
    start,
    end,
    name,
    closing: m[1] === '/',
    selfClosing: VOID.has(name) || /\/\s*$/.test(m[3] ?? ''),
  };
}

function* tags(body: string, from: number): Generator<Tag> {
  const re = new RegExp(TAG_SOURCE, 'g');
  re.lastIndex = from;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) yield toTag(m);
}

function tagAt(body: string, at: number): Tag | null {
  const re = new RegExp(TAG_SOURCE, 'y');
  re.lastIndex = at;
  const m = re.exec(body);
  return m === null ? null : toTag(m);
}

/** The opening tags directly before `at`, with only whitespace between them, innermost first. */
function openingTagsBefore(body: string, at: number): Tag[] {
  const found: Tag[] = [];
  let p = at;
  for (;;) {
    while (p > 0 && /\s/.test(body[p - 1] ?? '')) p--;
    if (body[p - 1] !== '>') return found;
    // Try each '<' backwards until one starts a tag that ends exactly at p (attribute values may hold '<').
    let tag: Tag | null = null;
    for (let lt = body.lastIndexOf('<', p - 1); lt >= 0 && tag === null; lt = body.lastIndexOf('<', lt - 1)) {
      const t = tagAt(body, lt);
      if (t !== null && t.end === p) tag = t;
      if (p - lt > 4096) break;
    }
    if (tag === null || tag.closing || tag.selfClosing) return found;
    found.push(tag);
    p = tag.start;
  }
}

/** The end of the close tag matching `root`, counting nested elements of the same name. */
function matchingClose(body: string, root: Tag): number | null {
  let depth = 1;
  for (const tag of tags(body, root.end)) {
    if (tag.name !== root.name || tag.selfClosing) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return tag.end;
  }
  return null;
}

/** After `from` (the end sentinel), consumes the close tags of elements opened since `start`. */
function closeTagsAfter(body: string, start: number, from: number): number {
  const open: string[] = [];
  for (const tag of tags(body, start)) {
    if (tag.start >= from) break;
    if (tag.selfClosing) continue;
    if (!tag.closing) open.push(tag.name);
    else if (open.lastIndexOf(tag.name) >= 0) open.length = open.lastIndexOf(tag.name);
  }
  let end = from;
  while (open.length > 0) {
    let p = end;
    while (p < body.length && /\s/.test(body[p] ?? '')) p++;
    const tag = tagAt(body, p);
    if (tag === null || !tag.closing || tag.name !== open[open.length - 1]) break;
    open.pop();
    end = tag.end;
  }
  return end;
}

function matchFrom(re: RegExp, body: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(body);
}
