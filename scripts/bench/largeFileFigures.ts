// What opening a very large series file costs the organizer's view, as a ratio to a 20-topic file: the adapter's parse
// and validation (parseSeriesDocument) and the organizer's view state (deriveAgendaViewState), which is what the tab
// computes before it can render. Two large files:
// - "10,000 open topics": the file of the issue that ran the tab out of memory (2.3 MB of topics on one list). The
//   rules set aside what is beyond OPEN_TOPICS_MAX and report it; the cost is reading and judging all of it.
// - "a 10,000-topic history": 98 closed meetings of 100 topics each, all covered, and 200 open topics: a legitimate
//   file (before the archive moves old meetings out), so the view works over all of it.
// A quadratic step anywhere (the old per-topic merge-target lists) shows as a ratio far above the size ratio.
import type { Actor } from '../../src/domain/agenda/agendaTypes';
import { groupId, occurrenceKey, seriesKey, userId, type OccurrenceKey } from '../../src/domain/ids';
import { applyIntent } from '../../src/domain/series/applyIntent';
import { planArchive } from '../../src/domain/series/planArchive';
import { stamped } from '../../src/domain/series/lww';
import {
  DEFAULT_SETTINGS,
  emptySeriesDocument,
  type OccurrenceRecord,
  type Proposal,
  type SeriesDocument,
} from '../../src/domain/series/seriesDocument';
import { deriveAgendaViewState } from '../../src/app/hooks/deriveAgendaViewState';
import { parseSeriesDocument } from '../../src/graph/drive/parseSeriesDocument';
import type { AgendaContext } from '../../src/usecases/agenda/openAgenda';

const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const ORGANIZER = userId('00000000-0000-4000-8000-000000000001');
const organizer: Actor = {
  id: ORGANIZER,
  name: 'Avery Chen',
  email: 'avery.chen@northwind.example',
  isOrganizer: true,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
};
const person = (i: number) => userId(`00000000-0000-4000-8000-${String(i + 2).padStart(12, '0')}`);
const occ = (week: number): OccurrenceKey =>
  occurrenceKey(new Date(Date.parse('2024-12-03T17:00:00.000Z') + week * 7 * 86_400_000).toISOString());

function proposal(id: string, author: number, proposedFor: OccurrenceKey, at: number): Proposal {
  const by = person(author % 12);
  return {
    id,
    author: by,
    authorName: `Leader ${author % 12}`,
    proposedFor,
    createdAt: at,
    content: stamped(
      {
        title: `Topic ${id}: a realistic title of about fifty characters`,
        why: 'Why it matters: a sentence or two of context that explains what happens if we do not address it together.',
        outcome: 'decide',
        estimateMinutes: 15,
        withdrawn: false,
      },
      { at, c: 0, by },
    ),
  };
}

function withBallots(doc: SeriesDocument, at: OccurrenceKey, voters: number): SeriesDocument {
  const ids = Object.keys(doc.proposals);
  const ballots: OccurrenceRecord['ballots'] = Object.fromEntries(
    Array.from({ length: voters }, (_, i) => [
      person(i),
      stamped(
        { [ids[(i * 7) % ids.length] ?? '']: 2, [ids[(i * 13 + 1) % ids.length] ?? '']: 1 },
        {
          at: NOW - 1000 + i,
          c: 0,
          by: person(i),
        },
      ),
    ]),
  );
  const rec = doc.occurrences[at] ?? { ballots: {}, status: {}, decisions: {} };
  return { ...doc, occurrences: { ...doc.occurrences, [at]: { ...rec, ballots } } };
}

function openFile(topics: number): SeriesDocument {
  const current = occ(100);
  let doc: SeriesDocument = emptySeriesDocument(seriesKey('bench-10k'), 'Leadership weekly');
  const proposals: Record<string, Proposal> = {};
  for (let t = 0; t < topics; t++) proposals[`t${t}`] = proposal(`t${t}`, t, current, NOW - 10_000_000 + t);
  doc = { ...doc, proposals };
  return withBallots(doc, current, Math.min(12, topics));
}

/** 98 closed weekly meetings of 100 topics each, everything covered, then 200 open topics for the next one. */
function historyFile(): SeriesDocument {
  let doc: SeriesDocument = {
    ...emptySeriesDocument(seriesKey('bench-history'), 'Leadership weekly'),
    settings: stamped({ ...DEFAULT_SETTINGS }, { at: NOW - 1e10, c: 0, by: ORGANIZER }),
  };
  let n = 0;
  for (let week = 0; week < 98; week++) {
    const k = occ(week);
    const proposals: Record<string, Proposal> = { ...doc.proposals };
    for (let t = 0; t < 100; t++, n++) proposals[`h${n}`] = proposal(`h${n}`, n, k, NOW - 1e9 + n);
    doc = withBallots({ ...doc, proposals }, k, 12);
    const closed = applyIntent(
      doc,
      { kind: 'closeVoting', occurrence: k, meetingMinutes: 60 },
      organizer,
      Date.parse(k) - 60_000,
    );
    if (!closed.ok) throw new Error(JSON.stringify(closed.failure));
    doc = closed.value;
    // The team got through everything that week: every topic on the agenda is marked covered.
    const rec = doc.occurrences[k];
    const ranking = rec?.voting?.value.state === 'closed' ? rec.voting.value.outcome.ranking : [];
    const status = Object.fromEntries(
      ranking.map((t) => [t.id, stamped('covered' as const, { at: Date.parse(k), c: 0, by: ORGANIZER })]),
    );
    doc = {
      ...doc,
      occurrences: { ...doc.occurrences, [k]: { ...(rec ?? { ballots: {}, decisions: {} }), status } },
    };
  }
  const next = occ(98);
  const proposals: Record<string, Proposal> = { ...doc.proposals };
  for (let t = 0; t < 200; t++, n++) proposals[`h${n}`] = proposal(`h${n}`, n, next, NOW - 1000 + t);
  return withBallots({ ...doc, proposals }, next, 12);
}

function contextFor(doc: SeriesDocument, occurrence: OccurrenceKey): AgendaContext {
  const team = { id: groupId('0b8f6c2a-3d4e-4f51-8a7b-9c0d1e2f3a4b'), displayName: 'Leadership Team' };
  return {
    meeting: {
      id: 'AAMk-bench' as AgendaContext['meeting']['id'],
      kind: 'occurrence',
      iCalUId: 'bench',
      subject: 'Leadership weekly',
      start: occurrence,
      end: new Date(Date.parse(occurrence) + 3_600_000).toISOString(),
      isAllDay: false,
      isCancelled: false,
      isOrganizer: true,
      organizer: { name: organizer.name, email: organizer.email },
      myResponse: 'organizer',
      isOnlineMeeting: true,
      attendees: [],
    },
    series: { seriesKey: doc.seriesKey, title: doc.title },
    occurrence,
    meetingMinutes: 60,
    me: {
      id: ORGANIZER,
      displayName: organizer.name,
      mail: organizer.email,
      userPrincipalName: organizer.email,
    },
    teams: [team],
    stored: {
      doc,
      etag: '"bench"',
      location: { groupId: team.id, teamName: team.displayName, itemId: 'item' },
    },
    untrusted: [],
  };
}

/** Parse, validate and derive the organizer's view, `reps` times; mean nanoseconds per open. */
function timeOpen(text: string, occurrence: OccurrenceKey, reps: number): { ns: number; topics: number } {
  let topics = 0;
  const once = () => {
    const parsed = parseSeriesDocument(text, 'bench', NOW);
    if (!parsed.ok) throw new Error(parsed.failure.message ?? 'parse failed');
    const view = deriveAgendaViewState({
      ctx: contextFor(parsed.value.doc, occurrence),
      actor: organizer,
      formatInstant: (ms) => new Date(ms).toISOString(),
    });
    topics = view.kind === 'ready' ? view.topics.length : 0;
  };
  once(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) once();
  return { ns: Number(process.hrtime.bigint() - start) / reps, topics };
}

export function openLargeFileFigures(): Record<string, number> {
  const small = JSON.stringify(openFile(20));
  const open10k = JSON.stringify(openFile(10_000));
  const history = JSON.stringify(historyFile());
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  const smallTime = timeOpen(small, occ(100), 200);
  const openTime = timeOpen(open10k, occ(100), 3);
  const historyTime = timeOpen(history, occ(98), 3);
  const parsed = parseSeriesDocument(open10k, 'bench', NOW);
  const setAside = parsed.ok ? 10_000 - Object.keys(parsed.value.doc.proposals).length : Number.NaN;
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    'open10k.bytes': bytes(open10k),
    'open10k.sizeRatio': round1(bytes(open10k) / bytes(small)),
    'open10k.timeRatio': round1(openTime.ns / smallTime.ns),
    'open10k.topicsShown': openTime.topics,
    'open10k.setAside': setAside,
    'history10k.bytes': bytes(history),
    'history10k.sizeRatio': round1(bytes(history) / bytes(small)),
    'history10k.timeRatio': round1(historyTime.ns / smallTime.ns),
    'history10k.topicsShown': historyTime.topics,
    'open20.ms': round1(smallTime.ns / 1e6),
    'open10k.ms': round1(openTime.ns / 1e6),
    'history10k.ms': round1(historyTime.ns / 1e6),
  };
}

/**
 * Two years of a weekly leadership meeting, written through the domain as the app would: each week 8 people propose
 * 6 topics (with a paragraph of "why"), all vote, voting closes, and 3 topics are covered. Then the archive step the
 * organizer's client runs (planArchive + the 'archive' intent). The live file's size before and after, as a share of
 * the 4 MB simple-upload limit.
 */
export function archiveFigures(): Record<string, number> {
  const people = Array.from({ length: 8 }, (_, i): Actor => ({
    ...organizer,
    id: person(i),
    name: `Leader ${i}`,
    isOrganizer: i === 0,
  }));
  const chair = people[0] ?? organizer;
  let doc: SeriesDocument = emptySeriesDocument(seriesKey('bench-two-years'), 'Leadership weekly');
  let now = Date.parse(occ(0)) - 7 * 86_400_000;
  const apply = (who: Actor, intent: Parameters<typeof applyIntent>[1]) => {
    const r = applyIntent(doc, intent, who, (now += 60_000));
    if (r.ok) doc = r.value;
  };
  let n = 0;
  for (let week = 0; week < 104; week++) {
    const k = occ(week);
    now = Math.max(now, Date.parse(k) - 2 * 86_400_000);
    const ids: string[] = [];
    for (let t = 0; t < 6; t++, n++) {
      const id = `w${week}-t${t}`;
      ids.push(id);
      apply(people[n % people.length] ?? chair, {
        kind: 'proposeTopic',
        id,
        occurrence: k,
        input: {
          title: `Week ${week} topic ${t}: a realistic title`,
          why: 'Why it matters: a paragraph of context that explains what happens if we do not address it together, and what a good outcome would look like.',
          outcome: 'decide',
          estimateMinutes: 15,
        },
      });
    }
    people.forEach((p, i) =>
      apply(p, {
        kind: 'castBallot',
        occurrence: k,
        dots: { [ids[i % 3] ?? '']: 2, [ids[(i + 1) % 6] ?? '']: 1 },
      }),
    );
    apply(chair, { kind: 'closeVoting', occurrence: k, meetingMinutes: 60 });
  }
  const bytes = (d: SeriesDocument) => new TextEncoder().encode(JSON.stringify(d)).length;
  const before = bytes(doc);
  const part = planArchive(doc, Date.parse(occ(104)));
  if (part) apply(chair, { kind: 'archive', part, file: 'series-bench.archive.json' });
  const after = bytes(doc);
  const limit = 4 * 1024 * 1024;
  return {
    'archive.beforeBytes': before,
    'archive.afterBytes': after,
    'archive.beforeShareOf4MB': Math.round((before / limit) * 1000) / 1000,
    'archive.afterShareOf4MB': Math.round((after / limit) * 1000) / 1000,
    'archive.liveMeetings': Object.keys(doc.occurrences).length,
    'archive.archiveBytes': part ? bytes(part.doc) : 0,
  };
}
