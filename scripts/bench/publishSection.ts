// Issue #6's figures for "Publish to invite": the HTML size of a published agenda (3 boulders, 10 parked topics,
// 3 roles, 10 commitments), the PATCHes sent for 5 publishes of which 3 are unchanged (against the sandbox), and
// the XSS corpus size (its inertness is proved in real Chromium by tests/e2e/publishXss.test.ts).
import { renderAgendaBlock, type AgendaBlockInput } from '../../src/domain/publish/agendaBlock';
import { createInviteWriter } from '../../src/graph/calendar/createInviteWriter';
import { createMeetingSource } from '../../src/graph/calendar/createMeetingSource';
import { createGraphClient } from '../../src/graph/core/createGraphClient';
import { GRAPH_SCOPES } from '../../src/graph/scopes';
import { startSandbox } from '../../src/sandbox/server';
import { publishAgenda } from '../../src/usecases/publish/publishAgenda';
import { XSS_VECTORS } from '../../tests/e2e/helpers/xssVectors';
import type { BenchRow, BenchSection } from './benchTypes';

const AVERY = 'avery.chen@northwind.example';

function agenda(rev: string): AgendaBlockInput {
  return {
    meetingTitle: 'Leadership weekly',
    occurrenceLabel: 'Monday 12 January 2026',
    boulders: Array.from({ length: 3 }, (_, i) => ({
      title: `Boulder ${i + 1}: a topic title of ordinary length ${rev}`,
      minutes: 15,
      ownerName: 'Dana Okafor',
      outcome: 'decide' as const,
    })),
    parked: Array.from({ length: 10 }, (_, i) => ({ title: `Parked topic ${i + 1}`, deferredCount: i % 3 })),
    roles: [
      { label: 'Facilitator', holderName: 'Farah Haddad' },
      { label: 'Timekeeper', holderName: 'Jonas Berg' },
      { label: 'Note-taker', holderName: 'Mei Tanaka' },
    ],
    commitments: Array.from({ length: 10 }, (_, i) => ({
      title: `Commitment ${i + 1} from last week`,
      owners: ['Sam Rivera'],
      state: (['open', 'overdue', 'done'] as const)[i % 3] ?? 'open',
      due: '2026-01-19',
    })),
    appUrl: 'https://teams.microsoft.com/l/entity/7d3a6c2e-4b1f-4c8e-9a5d-2f6b8e1c0a93/myMeetings',
  };
}

export const publishSection: BenchSection = {
  id: 'publish',
  title: 'Publish to invite: block size, PATCHes for repeated publishes, XSS corpus',
  async run() {
    const html = renderAgendaBlock(agenda('v1'));
    const bytes = new TextEncoder().encode(html).length;
    const sb = await startSandbox({ port: 0 });
    try {
      const scopes = Object.values(GRAPH_SCOPES);
      const client = createGraphClient({
        baseUrl: `${sb.url}/v1.0`,
        tokenProvider: { getToken: async () => sb.mintToken({ user: AVERY, scopes }) },
        scopes,
      });
      const now = new Date();
      const list = await createMeetingSource(client).listMeetings(
        { start: now, end: new Date(now.getTime() + 14 * 86_400_000) },
        'UTC',
      );
      if (!list.ok) throw new Error(JSON.stringify(list.failure));
      const meeting = list.value.find(
        (m) => m.subject === 'Leadership weekly' && m.isOrganizer && !m.isCancelled,
      );
      if (!meeting) throw new Error('no Leadership weekly');
      const writer = createInviteWriter(client);
      // v1, v1 (unchanged), v2, v2 (unchanged), v2 (unchanged).
      const sequence = ['v1', 'v1', 'v2', 'v2', 'v2'].map((rev) => renderAgendaBlock(agenda(rev)));
      sb.clearRequestLog();
      for (const block of sequence) {
        const r = await publishAgenda(writer, meeting, 'occurrence', block);
        if (!r.ok) throw new Error(JSON.stringify(r.failure));
      }
      const patches = sb.requestLog().filter((e) => e.method === 'PATCH').length;
      const rows: BenchRow[] = [
        {
          metric: 'published agenda HTML (3 boulders, 10 parked, 3 roles, 10 commitments)',
          value: bytes,
          unit: 'bytes',
        },
        {
          metric: 'PATCHes sent for 5 publishes, 3 of them unchanged',
          value: patches,
          target: '2',
          met: patches === 2,
        },
        {
          metric:
            'XSS vectors tried in every text field (all inert in Chromium: tests/e2e/publishXss.test.ts)',
          value: XSS_VECTORS.length,
        },
      ];
      return { rows, data: { bytes, patches, xssVectors: XSS_VECTORS.length } };
    } finally {
      await sb.close();
    }
  },
};
