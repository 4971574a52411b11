// The decision log (issue #15): rows from the live document and the archive, linked to the actions captured on the
// same topic in the same meeting; search and filters; Markdown and CSV that attendee text can't break.
import { buildDecisionLog } from '../../../../src/domain/decisions/buildDecisionLog';
import {
  csvCell,
  decisionLogToCsv,
  decisionLogToMarkdown,
  markdownCell,
} from '../../../../src/domain/decisions/exportDecisionLog';
import {
  filterDecisionLog,
  NO_FILTER,
  peopleInLog,
} from '../../../../src/domain/decisions/filterDecisionLog';
import { planArchive } from '../../../../src/domain/series/planArchive';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { act, adele, close, EARLIER, emptyDoc, OCC, propose, vote } from '../../app/agenda/agendaFixture';
import { publishedMessages as EN } from '../../../../src/app/i18n/en-US/published';

function twoMeetings(): SeriesDocument {
  let d = propose(emptyDoc(), 'hiring', adele, undefined, EARLIER);
  d = vote(d, adele, { hiring: 2 }, EARLIER);
  d = close(d, EARLIER);
  d = act(d, adele, {
    kind: 'recordDecision',
    occurrence: EARLIER,
    topicId: 'hiring',
    decision: { text: 'Hire two | engineers\nin Q2', holder: 'Adele Vance' },
  });
  d = act(d, adele, {
    kind: 'captureAction',
    input: {
      id: 'a1',
      occurrence: EARLIER,
      topicId: 'hiring',
      title: 'Open the requisitions',
      owner: { email: 'ben@x', name: 'Ben' },
      due: '2025-03-20',
      how: 'assigned',
    },
  });
  // An action of the same meeting on no topic, and one on the same topic in another meeting: neither belongs.
  d = act(d, adele, {
    kind: 'captureAction',
    input: {
      id: 'a2',
      occurrence: EARLIER,
      title: 'Book a room',
      owner: { email: 'cy@x', name: 'Cy' },
      how: 'assigned',
    },
  });
  d = propose(d, 'budget', adele, undefined, OCC);
  d = vote(d, adele, { budget: 2 }, OCC);
  d = close(d, OCC);
  d = act(d, adele, {
    kind: 'recordDecision',
    occurrence: OCC,
    topicId: 'budget',
    decision: { text: '=cut travel by 10%', holder: 'Cy' },
  });
  return d;
}

describe('buildDecisionLog', () => {
  it('lists every decision newest first, with its topic, holder and the actions captured on it', () => {
    const rows = buildDecisionLog(twoMeetings(), null, 'UTC');
    expect(rows.map((r) => [r.date, r.topic, r.decision, r.holder])).toEqual([
      ['2025-03-10', 'budget', '=cut travel by 10%', 'Cy'],
      ['2025-03-03', 'hiring', 'Hire two | engineers\nin Q2', 'Adele Vance'],
    ]);
    expect(rows[1]?.actions).toEqual([
      { id: 'a1', title: 'Open the requisitions', owners: ['Ben'], due: '2025-03-20', done: false },
    ]);
    expect(rows[0]?.actions).toEqual([]);
  });

  it('dates a meeting in the viewer’s time zone', () => {
    // 09:00 UTC is 23:00 the day before in Honolulu.
    const rows = buildDecisionLog(twoMeetings(), null, 'Pacific/Honolulu');
    expect(rows.map((r) => r.date)).toEqual(['2025-03-09', '2025-03-02']);
    expect(buildDecisionLog(twoMeetings(), null, 'Not/AZone')[0]?.date).toBe('2025-03-10');
  });

  it('reads archived meetings from the archive file, once each, with their done actions', () => {
    let d = twoMeetings();
    d = act(d, adele, { kind: 'completeAction', actionId: 'a1', completed: true });
    const part = planArchive(d, Date.parse(OCC) + 200 * 86_400_000);
    if (!part) throw new Error('expected the earlier meeting to be archivable');
    expect(Object.keys(part.doc.occurrences)).toEqual([EARLIER]);
    const live = act(d, adele, { kind: 'archive', part, file: 'series-x.archive.json' });
    expect(live.occurrences[EARLIER]).toBeUndefined();
    // Without the archive only the live meeting shows; with it, both, and the archived one says so.
    expect(buildDecisionLog(live, null, 'UTC').map((r) => r.topicId)).toEqual(['budget']);
    const rows = buildDecisionLog(live, part.doc, 'UTC');
    expect(rows.map((r) => [r.topicId, r.archived])).toEqual([
      ['budget', false],
      ['hiring', true],
    ]);
    expect(rows[1]?.actions.map((a) => [a.id, a.done])).toEqual([['a1', true]]);
    // A move cut short leaves a copy in both files: it shows once, as live.
    const both = buildDecisionLog(d, part.doc, 'UTC');
    expect(both.map((r) => [r.topicId, r.archived])).toEqual([
      ['budget', false],
      ['hiring', false],
    ]);
  });
});

describe('filterDecisionLog', () => {
  const rows = buildDecisionLog(twoMeetings(), null, 'UTC');
  it('searches all words, in any case, across topic, decision, holder and actions', () => {
    expect(
      filterDecisionLog(rows, { ...NO_FILTER, text: 'REQUISITIONS hire' }).map((r) => r.topicId),
    ).toEqual(['hiring']);
    expect(filterDecisionLog(rows, { ...NO_FILTER, text: 'nothing like this' })).toEqual([]);
    expect(filterDecisionLog(rows, NO_FILTER)).toHaveLength(2);
  });
  it('filters by a person who holds a decision or owns one of its actions', () => {
    expect(peopleInLog(rows)).toEqual(['Adele Vance', 'Ben', 'Cy']);
    expect(filterDecisionLog(rows, { ...NO_FILTER, person: 'ben' }).map((r) => r.topicId)).toEqual([
      'hiring',
    ]);
    expect(filterDecisionLog(rows, { ...NO_FILTER, person: 'Cy' }).map((r) => r.topicId)).toEqual(['budget']);
  });
  it('filters by an inclusive date range', () => {
    expect(filterDecisionLog(rows, { ...NO_FILTER, from: '2025-03-10' }).map((r) => r.topicId)).toEqual([
      'budget',
    ]);
    expect(filterDecisionLog(rows, { ...NO_FILTER, to: '2025-03-03' }).map((r) => r.topicId)).toEqual([
      'hiring',
    ]);
    expect(filterDecisionLog(rows, { ...NO_FILTER, from: '2025-03-04', to: '2025-03-09' })).toEqual([]);
  });
});

describe('exports', () => {
  const rows = buildDecisionLog(twoMeetings(), null, 'UTC');
  it('Markdown: pipes, backslashes, HTML and line breaks stay inside their cell', () => {
    expect(markdownCell('a | b\\c\r\nd <script>&')).toBe('a \\| b\\\\c<br>d &lt;script>&amp;');
    const md = decisionLogToMarkdown('Leadership | weekly', rows, EN.decisionLog);
    expect(md.split('\n')).toEqual([
      '# Decision log: Leadership \\| weekly',
      '',
      '| Date | Topic | Decision | Held by | Action items |',
      '| --- | --- | --- | --- | --- |',
      '| 2025-03-10 | budget | =cut travel by 10% | Cy |  |',
      '| 2025-03-03 | hiring | Hire two \\| engineers<br>in Q2 | Adele Vance | Open the requisitions (Ben), due 2025-03-20 |',
      '',
    ]);
  });
  it('CSV: RFC 4180 quoting with CRLF records, and formula-looking cells neutralised', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const lead of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${lead}1+1`).startsWith(`'`) || csvCell(`${lead}1+1`).startsWith(`"'`)).toBe(true);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(decisionLogToCsv(rows, EN.decisionLog)).toBe(
      'Date,Topic,Decision,Held by,Action items\r\n' +
        `2025-03-10,budget,'=cut travel by 10%,Cy,\r\n` +
        '2025-03-03,hiring,"Hire two | engineers\nin Q2",Adele Vance,"Open the requisitions (Ben), due 2025-03-20"\r\n',
    );
  });
});
