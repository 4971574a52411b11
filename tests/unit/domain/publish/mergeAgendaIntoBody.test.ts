import { renderAgendaBlock } from '../../../../src/domain/publish/agendaBlock';
import {
  findAgendaBlock,
  findAgendaBlocks,
  mergeAgendaIntoBody,
} from '../../../../src/domain/publish/mergeAgendaIntoBody';
import {
  EXCHANGE_REWRITES,
  HTML_HEAD,
  ORGANIZER_AFTER,
  ORGANIZER_BEFORE,
  TEAMS_JOIN_HTML,
  TEAMS_JOIN_URL,
  TEAMS_RULE,
  anAgenda,
  stripAttributes,
  stripComments,
  teamsInviteBody,
  toCrlf,
  uppercaseTags,
  wrapInElementToProof,
} from './teamsInviteBody';
import { publishedMessages as EN } from '../../../../src/app/i18n/en-US/published';

const block1 = renderAgendaBlock(anAgenda(), EN.agendaBlock);
const block2 = renderAgendaBlock(
  anAgenda({
    boulders: [{ title: 'Pricing change', minutes: 30, ownerName: 'Dee Park', outcome: 'decide' }],
  }),
  EN.agendaBlock,
);
const rev = (block: string): string | null => findAgendaBlock(block)?.rev ?? null;
const BODY_TAG = `${HTML_HEAD}<body dir="ltr">`;
const BODY_OPEN = `${BODY_TAG}\n`;
const BODY_CLOSE = '</body>\n</html>\n';
const onlyTags = (html: string): string => html.replace(/<[^>]*>/g, '').trim();

function expectTeamsJoinIntact(body: string): void {
  expect(body).toContain(TEAMS_JOIN_HTML);
  for (const text of [
    TEAMS_RULE,
    'Microsoft Teams meeting',
    'Join on your computer, mobile app or room device',
    `<a href="${TEAMS_JOIN_URL}"`,
    'Click here to join the meeting</a>',
    'Meeting ID: <span style="font-size:16px; color:#252424">123 456 789 012</span>',
    'Passcode: <span style="font-size:16px; color:#252424">AbC123</span>',
  ]) {
    expect(body).toContain(text);
  }
}

describe('findAgendaBlock', () => {
  it('finds nothing in a Teams invite without a block', () => {
    expect(findAgendaBlock(teamsInviteBody())).toBeNull();
    expect(findAgendaBlock('')).toBeNull();
    expect(findAgendaBlock('<p>See the Roundtable agenda below.</p>')).toBeNull();
  });

  it('spans a rendered block exactly and reads its rev', () => {
    expect(findAgendaBlock(block1)).toEqual({
      start: 0,
      end: block1.length,
      rev: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    const body = BODY_OPEN + ORGANIZER_BEFORE + block1 + TEAMS_JOIN_HTML + BODY_CLOSE;
    const at = (BODY_OPEN + ORGANIZER_BEFORE).length;
    expect(findAgendaBlock(body)).toEqual({ start: at, end: at + block1.length, rev: rev(block1) });
  });

  it.each(EXCHANGE_REWRITES)('finds the block when Exchange left it %s', (_how, rewrite) => {
    const rewritten = rewrite(block1);
    const before = BODY_OPEN + ORGANIZER_BEFORE;
    const body = before + rewritten + TEAMS_JOIN_HTML + ORGANIZER_AFTER + BODY_CLOSE;
    const span = findAgendaBlock(body);
    expect(span).not.toBeNull();
    if (span === null) return;
    expect(span.rev).toBe(rev(block1));
    // The span covers the whole block: around it there can be only tags a rewrite wrapped it in.
    expect(span.start).toBeGreaterThanOrEqual(before.length);
    expect(span.end).toBeLessThanOrEqual(before.length + rewritten.length);
    expect(onlyTags(body.slice(before.length, span.start))).toBe('');
    expect(onlyTags(body.slice(span.end, before.length + rewritten.length))).toBe('');
    expect(body.slice(span.start, span.end)).toMatch(
      /end of Roundtable agenda (&#8212;|\u2014)<\/td>\s*<\/tr>\s*<\/table>\s*(<!--\s*roundtable:agenda:end\s*-->)?$/i,
    );
  });

  it('passes over the organizer typing the sentinel words outside the block', () => {
    const organizer = '<div>Roundtable agenda</div><table><tr><td>Roundtable agenda</td></tr></table>\n';
    const bare = stripAttributes(stripComments(block1));
    const body = `${organizer}${bare}<div>Roundtable agenda</div>`;
    expect(findAgendaBlock(body)).toEqual({
      start: organizer.length,
      end: organizer.length + bare.length,
      rev: rev(block1),
    });
    expect(mergeAgendaIntoBody(body, block2).body).toBe(`${organizer}${block2}<div>Roundtable agenda</div>`);
  });

  it('cannot be fooled by user text that spells the sentinels', () => {
    const sneaky = renderAgendaBlock(
      anAgenda({
        meetingTitle: 'Roundtable agenda',
        boulders: [{ title: '— end of Roundtable agenda —', minutes: 5, ownerName: 'x', outcome: 'inform' }],
        roles: [{ label: 'Roundtable agenda · rev 00000000', holderName: '— end of Roundtable agenda —' }],
      }),
      EN.agendaBlock,
    );
    for (const variant of [sneaky, stripComments(sneaky), stripAttributes(stripComments(sneaky))]) {
      const body = `<div>before</div>${variant}<div>after</div>`;
      expect(findAgendaBlock(body)).toEqual({ start: 17, end: 17 + variant.length, rev: rev(sneaky) });
    }
  });
});

describe('mergeAgendaIntoBody', () => {
  it('inserts at the start of the <body> content, before the organizer text and the Teams join information', () => {
    const body = teamsInviteBody();
    const { body: out, changed } = mergeAgendaIntoBody(body, block1);
    expect(changed).toBe(true);
    expect(out).toBe(
      BODY_TAG + block1 + '\n' + ORGANIZER_BEFORE + TEAMS_JOIN_HTML + ORGANIZER_AFTER + BODY_CLOSE,
    );
    expectTeamsJoinIntact(out);
    expect(out.indexOf(block1)).toBeLessThan(out.indexOf(TEAMS_RULE));
  });

  it('finds <body> in any case and with any attributes, skipping comments', () => {
    const head = '<HTML><HEAD><!-- <body> in a comment --></HEAD><BODY LANG=en-US style="x:y">';
    expect(mergeAgendaIntoBody(`${head}text</BODY></HTML>`, block1).body).toBe(
      `${head}${block1}text</BODY></HTML>`,
    );
  });

  it('inserts after </head> when there is a head but no <body> tag, else at the very start', () => {
    expect(mergeAgendaIntoBody('<head><title>t</title></head><p>x</p>', block1).body).toBe(
      `<head><title>t</title></head>${block1}<p>x</p>`,
    );
    const fragment = ORGANIZER_BEFORE + TEAMS_JOIN_HTML;
    expect(mergeAgendaIntoBody(fragment, block1).body).toBe(block1 + fragment);
    expect(mergeAgendaIntoBody('', block1)).toEqual({ body: block1, changed: true });
  });

  it('replaces the block on re-publish, never appends, and keeps every other byte', () => {
    const once = mergeAgendaIntoBody(teamsInviteBody(), block1).body;
    const twice = mergeAgendaIntoBody(once, block2);
    expect(twice.changed).toBe(true);
    expect(twice.body).toBe(
      BODY_TAG + block2 + '\n' + ORGANIZER_BEFORE + TEAMS_JOIN_HTML + ORGANIZER_AFTER + BODY_CLOSE,
    );
    expect(findAgendaBlocks(twice.body)).toHaveLength(1);
    expect(twice.body).not.toContain('Hiring plan');
  });

  it('leaves the body byte-identical when the agenda did not change', () => {
    const once = mergeAgendaIntoBody(teamsInviteBody(), block1).body;
    expect(mergeAgendaIntoBody(once, block1)).toEqual({ body: once, changed: false });
    expect(mergeAgendaIntoBody(once, renderAgendaBlock(anAgenda(), EN.agendaBlock))).toEqual({
      body: once,
      changed: false,
    });
  });

  it.each(EXCHANGE_REWRITES)('leaves the body alone when the same agenda comes back %s', (_how, rewrite) => {
    const body = BODY_OPEN + ORGANIZER_BEFORE + rewrite(block1) + TEAMS_JOIN_HTML + BODY_CLOSE;
    expect(mergeAgendaIntoBody(body, block1)).toEqual({ body, changed: false });
  });

  it.each(EXCHANGE_REWRITES)('replaces a block that came back %s, and nothing else', (_how, rewrite) => {
    const rewritten = rewrite(block1);
    const before = BODY_OPEN + ORGANIZER_BEFORE;
    const after = TEAMS_JOIN_HTML + ORGANIZER_AFTER + BODY_CLOSE;
    const { body: out, changed } = mergeAgendaIntoBody(before + rewritten + after, block2);
    expect(changed).toBe(true);
    expect(out.startsWith(before)).toBe(true);
    expect(out.endsWith(after)).toBe(true);
    const middle = out.slice(before.length, out.length - after.length);
    const at = middle.indexOf(block2);
    expect(at).toBeGreaterThanOrEqual(0);
    // Whatever remains of the old block is wrapper tags only, never its text.
    expect(onlyTags(middle.slice(0, at) + middle.slice(at + block2.length))).toBe('');
    expect(findAgendaBlocks(out)).toHaveLength(1);
  });

  it('keeps a re-wrapped body working: <div class="x_elementToProof"> around organizer text and block', () => {
    const inner = `${block1}<div>Notes from Ava</div>`;
    const body = BODY_OPEN + wrapInElementToProof(inner) + TEAMS_JOIN_HTML + BODY_CLOSE;
    const out = mergeAgendaIntoBody(stripComments(body), block2).body;
    expect(out).toBe(
      BODY_OPEN + wrapInElementToProof(`${block2}<div>Notes from Ava</div>`) + TEAMS_JOIN_HTML + BODY_CLOSE,
    );
  });

  it('works on a body Exchange upper-cased and turned to CRLF as a whole', () => {
    const exchanged = toCrlf(
      uppercaseTags(stripComments(mergeAgendaIntoBody(teamsInviteBody(), block1).body)),
    );
    const out = mergeAgendaIntoBody(exchanged, block2).body;
    expect(findAgendaBlocks(out)).toEqual([expect.objectContaining({ rev: rev(block2) })]);
    const span = findAgendaBlocks(exchanged)[0];
    expect(span).toBeDefined();
    if (span === undefined) return;
    expect(out).toBe(exchanged.slice(0, span.start) + block2 + exchanged.slice(span.end));
    expect(out).toContain('Click here to join the meeting</A>\r\n');
    expect(out).toContain('Passcode: <SPAN style="font-size:16px; color:#252424">AbC123</SPAN>');
  });

  it('replaces the first of two blocks and removes the duplicate, keeping the text between them', () => {
    const between = '<div>Organizer text between the copies</div>\r\n';
    const body =
      BODY_OPEN + block1 + between + TEAMS_JOIN_HTML + stripComments(block1) + ORGANIZER_AFTER + BODY_CLOSE;
    const { body: out, changed } = mergeAgendaIntoBody(body, block2);
    expect(changed).toBe(true);
    expect(out).toBe(BODY_OPEN + block2 + between + TEAMS_JOIN_HTML + ORGANIZER_AFTER + BODY_CLOSE);
  });

  it('removes a duplicate even when the first copy is current', () => {
    const body = block1 + TEAMS_JOIN_HTML + block1;
    expect(mergeAgendaIntoBody(body, block1)).toEqual({ body: block1 + TEAMS_JOIN_HTML, changed: true });
  });

  it('finds a comment-less block that comes before one with comments', () => {
    const body = `${stripAttributes(stripComments(block1))}<p>x</p>${block1}`;
    expect(findAgendaBlocks(body)).toHaveLength(2);
    expect(mergeAgendaIntoBody(body, block2).body).toBe(`${block2}<p>x</p>`);
  });

  it('replaces a block whose footer is gone, since its rev cannot match', () => {
    const noFooter = block1.replace(/Roundtable agenda &#183; rev [0-9a-f]{8}/, 'lost');
    expect(findAgendaBlock(noFooter)).toEqual({ start: 0, end: noFooter.length, rev: null });
    expect(mergeAgendaIntoBody(`${noFooter}<p>x</p>`, block1)).toEqual({
      body: `${block1}<p>x</p>`,
      changed: true,
    });
  });
});
