// The redundant markers of the agenda block in an Outlook event body, shared by the renderer and the finder.
//
// Rationale: Exchange rewrites event HTML on save. It may strip comments and unknown attributes, wrap the body in
// <div class="x_elementToProof">, prefix ids and classes with "x_", change quoting, reflow whitespace, upper-case
// tags and turn characters into entities (or back). So the block carries three independent markers, and the
// finder accepts every spelling of each that these rewrites can produce:
//   1. a comment pair, cheapest and exact while it survives;
//   2. id="roundtable-agenda" on the outer table (x_-prefixed any number of times);
//   3. visible text: a first cell "Roundtable agenda", a footer "Roundtable agenda · rev <hash>" and a last line
//      "— end of Roundtable agenda —". User text can never produce these (the renderer splits the word
//      "Roundtable" in user text with a tag, and user text can produce no tag), so they cannot be forged.
// The markers are the same in every language (the block's words are not, agendaBlockWords.ts): a block published in
// German is found and replaced by an English organizer's next publish, and the other way round. The translations
// must therefore never spell "Roundtable agenda".

export const START_COMMENT = '<!-- roundtable:agenda:start v1 -->';
export const END_COMMENT = '<!-- roundtable:agenda:end -->';
export const BLOCK_ID = 'roundtable-agenda';
// i18n-ignore: a marker the finder matches, the same in every language
export const START_SENTINEL = 'Roundtable agenda';
// i18n-ignore: a marker the finder matches, the same in every language
export const footerHtml = (rev: string): string => `Roundtable agenda &#183; rev ${rev}`;
// i18n-ignore: a marker the finder matches, the same in every language
export const END_SENTINEL_HTML = '&#8212; end of Roundtable agenda &#8212;';

const SPACE = '(?:\\s|&nbsp;|&#160;|&#xa0;|\\u00a0)';
const MIDDOT = '(?:\\u00b7|&middot;|&#183;|&#xb7;)';
const DASH = '(?:\\u2014|&mdash;|&#8212;|&#x2014;)';
// i18n-ignore: a pattern of the marker
const NAME = `Roundtable${SPACE}+agenda`;

export const startCommentRe = (): RegExp => /<!--\s*roundtable:agenda:start\b[\s\S]*?-->/gi;
export const endCommentRe = (): RegExp => /<!--\s*roundtable:agenda:end\b[\s\S]*?-->/gi;
/** An opening tag whose id is roundtable-agenda, quoted any way, prefixed by Exchange's x_ any number of times. */
export const idTagRe = (): RegExp =>
  new RegExp(
    `<([a-z][a-z0-9]*)(?:\\s(?:[^>"']|"[^"]*"|'[^']*')*?)?\\sid${SPACE}*=${SPACE}*` +
      `(?:"(?:x_)*${BLOCK_ID}"|'(?:x_)*${BLOCK_ID}'|(?:x_)*${BLOCK_ID}(?=[\\s/>]))(?:[^>"']|"[^"]*"|'[^']*')*>`,
    'gi',
  );
/** The start sentinel as the whole text of its element: ">Roundtable agenda<". */
export const startTextRe = (): RegExp => new RegExp(`>${SPACE}*(${NAME})${SPACE}*<`, 'gi');
export const footerRe = (): RegExp =>
  new RegExp(`${NAME}${SPACE}*${MIDDOT}${SPACE}*rev${SPACE}+([0-9a-f]{8})\\b`, 'gi');
export const endTextRe = (): RegExp =>
  new RegExp(`${DASH}${SPACE}*end${SPACE}+of${SPACE}+${NAME}${SPACE}*${DASH}`, 'gi');
