import { agendaRevision, renderAgendaBlock } from '../../../../src/domain/publish/agendaBlock';
import type { AgendaBlockInput } from '../../../../src/domain/publish/agendaBlock';
import { escapeHtml } from '../../../../src/domain/publish/escapeHtml';
import { fnv1a32 } from '../../../../src/domain/publish/fnv1a32';
import { safeLinkUrl } from '../../../../src/domain/publish/safeLinkUrl';
import { anAgenda } from './teamsInviteBody';
import { publishedMessages as EN } from '../../../../src/app/i18n/en-US/published';

const hrefs = (html: string): string[] => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? '');
const openingTags = (html: string): string[] =>
  [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)].map((m) => m[0]);

describe('escapeHtml', () => {
  it('escapes the five HTML specials plus backtick and equals', () => {
    expect(escapeHtml(`&<>"'\`=`)).toBe('&amp;&lt;&gt;&quot;&#39;&#96;&#61;');
  });
  it('escapes an ampersand once, so entities typed by a user stay visible as typed', () => {
    expect(escapeHtml('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
  });
  it('leaves other text alone', () => {
    expect(escapeHtml('Plan Q2 – 20 min · ✓ 日本')).toBe('Plan Q2 – 20 min · ✓ 日本');
  });
});

describe('fnv1a32', () => {
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('matches the published FNV-1a test vector for %j', (input, hex) => {
    expect(fnv1a32(input)).toBe(hex);
  });
  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    const viaBuffer = (text: string): string => {
      let h = 0x811c9dc5;
      for (const byte of Buffer.from(text, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
      return h.toString(16).padStart(8, '0');
    };
    for (const text of ['é', 'e\u0301', '日本語', '😀 ok', '— · '])
      expect(fnv1a32(text)).toBe(viaBuffer(text));
    expect(fnv1a32('é')).not.toBe(fnv1a32('e\u0301'));
  });
});

describe('safeLinkUrl', () => {
  it('accepts an https URL and returns it normalized', () => {
    expect(safeLinkUrl('https://teams.microsoft.com/l/entity/x?a=1&b=2')).toBe(
      'https://teams.microsoft.com/l/entity/x?a=1&b=2',
    );
    expect(safeLinkUrl('HTTPS://Example.COM/a')).toBe('https://example.com/a');
  });
  it('accepts plain http only on the loopback host, where the local demo serves the app', () => {
    expect(safeLinkUrl('http://localhost:3000/?open=x')).toBe('http://localhost:3000/?open=x');
    expect(safeLinkUrl('http://127.0.0.1:3000/')).toBe('http://127.0.0.1:3000/');
    expect(safeLinkUrl('http://[::1]/')).toBe('http://[::1]/');
    expect(safeLinkUrl('http://localhost.evil.example/')).toBeNull();
    expect(safeLinkUrl('http://127.0.0.1.nip.io/')).toBeNull();
  });
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.com/',
    'http://user@localhost/',
    'ftp://localhost/',
    '//example.com/',
    '/relative/path',
    'https:example.com',
    'https:/\\example.com',
    ' https://example.com/',
    'https://example.com/ ',
    'https://user:pass@example.com/',
    'https://',
    '&#106;avascript:alert(1)',
    '',
  ])('rejects %j', (raw) => {
    expect(safeLinkUrl(raw)).toBeNull();
  });
});

describe('renderAgendaBlock', () => {
  const html = renderAgendaBlock(anAgenda(), EN.agendaBlock);

  it('is wrapped in the comment markers, with the id, the visible sentinels and the rev footer', () => {
    expect(html.startsWith('<!-- roundtable:agenda:start v1 --><table id="roundtable-agenda" ')).toBe(true);
    expect(html.endsWith('</table><!-- roundtable:agenda:end -->')).toBe(true);
    expect(html).toContain('<b>Roundtable agenda</b>');
    expect(html).toContain(`Roundtable agenda &#183; rev ${agendaRevision(anAgenda(), EN.agendaBlock)}</td>`);
    expect(html).toContain('>&#8212; end of Roundtable agenda &#8212;</td></tr></table>');
  });

  it('is e-mail-safe: presentation tables with explicit widths, inline styles only, no flex, grid or classes', () => {
    expect(html).not.toMatch(/<style|\sclass=|display\s*:\s*(flex|grid)|<div|<script|<link|position\s*:/i);
    const tables = openingTags(html).filter((t) => t.startsWith('<table'));
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) {
      expect(t).toContain('role="presentation"');
      expect(t).toMatch(/ width="\d+"/);
      expect(t).toMatch(/style="width:\d+px;/);
      expect(t).toContain("font-family:'Segoe UI',Tahoma,Arial,Helvetica,sans-serif;");
    }
    for (const td of openingTags(html).filter((t) => t.startsWith('<td'))) {
      expect(td).toContain('font-family:');
    }
    const allowed = new Set(['table', 'tr', 'td', 'b', 'i', 'br', 'span', 'a']);
    for (const t of openingTags(html)) expect(allowed).toContain(/^<(\w+)/.exec(t)?.[1]);
  });

  it('shows every part of the agenda, in order', () => {
    const order = [
      'Leadership weekly',
      'Monday 12 January 2026, 09:00',
      '<b>Agenda</b>',
      'Hiring plan for Q2',
      'Ava Lopez &#183; to decide',
      '20&#160;min',
      'Ben Ito &#183; to discuss',
      'Cy Marr &#183; for information',
      '<b>Roles</b>',
      'Facilitator',
      'Dee Park',
      'Note-taker',
      '<i>Unassigned</i>',
      '<b>Parking lot</b>',
      'Offsite venue <span style="color:#616161;">(deferred 2 times)</span>',
      '<b>Commitments</b>',
      'Send the budget draft</b><br>Ava Lopez &#183; <b style="color:#c50f1f;">Overdue</b> &#183; due Fri 9 Jan',
      'Book the room</b><br>Cy Marr, Dee Park &#183; Open &#183; no due date',
      '>Open this meeting in the Roundtable app</a>',
      'Published from <span style="white-space:nowrap;">Roundtable</span> by Dee Park.',
    ];
    let at = 0;
    for (const part of order) {
      const i = html.indexOf(part, at);
      expect({ part, found: i >= 0 }).toEqual({ part, found: true });
      at = i + part.length;
    }
  });

  it('labels every commitment state and says when a list is empty', () => {
    const states = ['open', 'overdue', 'done', 'notInPlanner', 'deletedInPlanner'] as const;
    const out = renderAgendaBlock(
      anAgenda({
        boulders: [],
        roles: [],
        parked: [{ title: 'Once', deferredCount: 1 }],
        commitments: states.map((state) => ({ title: state, owners: [], state, due: null })),
      }),
      EN.agendaBlock,
    );
    expect(out).toContain('No topics on the agenda yet.');
    expect(out).toContain('No roles for this meeting.');
    expect(out).toContain('(deferred once)');
    for (const label of ['Open', 'Overdue', 'Done', 'Not in Planner yet', 'Deleted in Planner']) {
      expect(out).toContain(label);
    }
    expect(out).toContain('No owner');
  });

  it('leaves out empty parking lot, commitments, link and note', () => {
    const out = renderAgendaBlock(
      anAgenda({ parked: [], commitments: [], appUrl: '', generatedNote: '' }),
      EN.agendaBlock,
    );
    expect(out).not.toContain('Parking lot');
    expect(out).not.toContain('Commitments');
    expect(out).not.toContain('Open this meeting');
    expect(out).not.toContain('Published from');
    const { generatedNote: _dropped, ...withoutNote } = anAgenda();
    expect(renderAgendaBlock(withoutNote, EN.agendaBlock)).not.toContain('Published from');
  });

  it('renders numbers that are not finite as "?" instead of NaN', () => {
    const out = renderAgendaBlock(
      anAgenda({ boulders: [{ title: 'x', minutes: Number.NaN, ownerName: 'y', outcome: 'discuss' }] }),
      EN.agendaBlock,
    );
    expect(out).toContain('?&#160;min');
    expect(out).not.toContain('NaN');
  });

  const hostile = `<script>alert("x")</script>'\`=&amp;`;
  const escaped = escapeHtml(hostile);
  const fields: readonly [string, (s: string) => AgendaBlockInput][] = [
    ['meetingTitle', (s) => anAgenda({ meetingTitle: s })],
    ['occurrenceLabel', (s) => anAgenda({ occurrenceLabel: s })],
    [
      'boulder title',
      (s) => anAgenda({ boulders: [{ title: s, minutes: 5, ownerName: 'a', outcome: 'decide' }] }),
    ],
    [
      'boulder owner',
      (s) => anAgenda({ boulders: [{ title: 'a', minutes: 5, ownerName: s, outcome: 'decide' }] }),
    ],
    ['parked title', (s) => anAgenda({ parked: [{ title: s, deferredCount: 3 }] })],
    ['role label', (s) => anAgenda({ roles: [{ label: s, holderName: 'a' }] })],
    ['role holder', (s) => anAgenda({ roles: [{ label: 'a', holderName: s }] })],
    [
      'commitment title',
      (s) => anAgenda({ commitments: [{ title: s, owners: ['a'], state: 'open', due: null }] }),
    ],
    [
      'commitment owner',
      (s) => anAgenda({ commitments: [{ title: 'a', owners: ['b', s], state: 'done', due: null }] }),
    ],
    ['commitment due', (s) => anAgenda({ commitments: [{ title: 'a', owners: [], state: 'open', due: s }] })],
    ['appUrl', (s) => anAgenda({ appUrl: s })],
    ['generatedNote', (s) => anAgenda({ generatedNote: s })],
  ];
  it.each(fields)('escapes %s', (_name, make) => {
    const out = renderAgendaBlock(make(hostile), EN.agendaBlock);
    expect(out).toContain(escaped);
    expect(out).not.toContain('<script');
    expect(out).not.toContain(`"x"`);
  });

  it('links the app only over https, and shows any other URL as inert text', () => {
    expect(hrefs(html)).toEqual([
      'https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/agenda?context&#61;%7B%7D&amp;tab&#61;1',
    ]);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:x',
      'http://a.b/',
    ]) {
      const out = renderAgendaBlock(anAgenda({ appUrl: bad }), EN.agendaBlock);
      expect(hrefs(out)).toEqual([]);
      expect(out).toContain(
        `Open this meeting in the Roundtable app (link not included: ${escapeHtml(bad)})`,
      );
    }
  });

  it('breaks the word Roundtable in user text with a tag, so user text can never spell a sentinel', () => {
    const out = renderAgendaBlock(anAgenda({ meetingTitle: '— end of Roundtable agenda —' }), EN.agendaBlock);
    expect(out).toContain('— end of <span style="white-space:nowrap;">Roundtable</span> agenda —');
    expect(out.match(/Roundtable agenda/g)).toHaveLength(3);
  });

  it('replaces control characters and lone surrogates, which parsers drop or mangle', () => {
    const out = renderAgendaBlock(
      anAgenda({ meetingTitle: 'a\u0000b\u0007c\u009bd\ud800e\udc00f\ud83d\ude00g\th' }),
      EN.agendaBlock,
    );
    expect(out).toContain('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ud83d\ude00g\th');
  });
});

describe('agendaRevision', () => {
  it('is 8 hex digits, stable, and independent of key order', () => {
    const a = anAgenda();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as AgendaBlockInput;
    expect(agendaRevision(a, EN.agendaBlock)).toMatch(/^[0-9a-f]{8}$/);
    expect(agendaRevision(reordered, EN.agendaBlock)).toBe(agendaRevision(a, EN.agendaBlock));
    expect(renderAgendaBlock(reordered, EN.agendaBlock)).toBe(renderAgendaBlock(a, EN.agendaBlock));
  });
  it.each<[string, Partial<AgendaBlockInput>]>([
    ['title', { meetingTitle: 'Leadership weekly!' }],
    ['occurrence', { occurrenceLabel: 'Tuesday' }],
    [
      'boulder minutes',
      { boulders: [{ title: 'Hiring plan for Q2', minutes: 21, ownerName: 'Ava Lopez', outcome: 'decide' }] },
    ],
    ['parked count', { parked: [{ title: 'Offsite venue', deferredCount: 3 }] }],
    ['role holder', { roles: [{ label: 'Facilitator', holderName: null }] }],
    [
      'commitment state',
      {
        commitments: [
          { title: 'Send the budget draft', owners: ['Ava Lopez'], state: 'done', due: 'Fri 9 Jan' },
        ],
      },
    ],
    ['app URL', { appUrl: 'https://example.com/' }],
    ['note', { generatedNote: 'x' }],
  ])('changes when the %s changes', (_what, change) => {
    expect(agendaRevision(anAgenda(change), EN.agendaBlock)).not.toBe(
      agendaRevision(anAgenda(), EN.agendaBlock),
    );
  });
});
