// The drive adapter's wire shape through the real SDK chain with a dummy terminal (CONVENTIONS.md §9).
import { proposeTopic } from '../../../../src/domain/agenda/proposeTopic';
import { groupId, occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import type { Team } from '../../../../src/domain/meetings/meeting';
import { ok } from '../../../../src/domain/result';
import {
  DEFAULT_SETTINGS,
  emptySeriesDocument,
  SERIES_SCHEMA_VERSION,
} from '../../../../src/domain/series/seriesDocument';
import { createGraphClient } from '../../../../src/graph/core/createGraphClient';
import {
  createSeriesDocumentStore,
  MAX_DOCUMENT_BYTES,
} from '../../../../src/graph/drive/createSeriesDocumentStore';
import { seriesFileName } from '../../../../src/graph/drive/seriesFileName';
import type { SeriesTrust } from '../../../../src/usecases/ports';
import { DummyTerminal, graphError, json, type SeenRequest } from '../dummyTerminal';

const baseUrl = 'https://graph.microsoft.com/v1.0';
const key = seriesKey('040000008200E00074C5B7101A82E00800000000A1B2C3D4');
const doc = emptySeriesDocument(key, 'Leadership weekly');
const teamA: Team = { id: groupId('aaa'), displayName: 'A team' };
const teamB: Team = { id: groupId('bbb'), displayName: 'B team' };
const teamC: Team = { id: groupId('ccc'), displayName: 'C team' };
const topic = { title: 'Hiring plan', why: '', outcome: 'decide', estimateMinutes: 15 } as const;
const downloadUrl = (id: string) =>
  `https://contoso.sharepoint.com/_layouts/15/download.aspx?UniqueId=${id}&tempauth=x`;
const ORGANIZER = { id: 'id-adele', displayName: 'Adele Vance' };
// driveItem.createdBy is an identitySet (GD resources/identityset.md); the drive sets it, not the uploader's content.
const item = (id: string, etag: string, createdBy: { id?: string; displayName: string } = ORGANIZER) => ({
  id,
  eTag: etag,
  name: 'series.json',
  size: 10,
  createdBy: { user: createdBy },
  '@microsoft.graph.downloadUrl': downloadUrl(id),
});
/** The organizer's file counts, known by id. */
const trust: SeriesTrust = { creatorIds: [ORGANIZER.id], creatorNames: [ORGANIZER.displayName] };
const SELECT = '$select=id,eTag,cTag,name,size,createdBy,createdDateTime,%40microsoft.graph.downloadUrl';

interface WireBatch {
  readonly requests: readonly { readonly id: string; readonly url: string; readonly method: string }[];
}

function setup(terminal: DummyTerminal, files: Record<string, string> = {}) {
  const downloads: { url: string; init: RequestInit | undefined }[] = [];
  const client = createGraphClient({
    baseUrl,
    tokenProvider: { getToken: async () => 't' },
    scopes: ['Files.ReadWrite.All'],
    retry: { maxRetries: 0 },
    terminal,
  });
  const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    downloads.push({ url, init });
    const text = files[url];
    return text === undefined ? new Response('gone', { status: 404 }) : new Response(text, { status: 200 });
  }) as typeof fetch;
  const store = createSeriesDocumentStore(client, { fetch: fakeFetch, sleep: async () => undefined });
  return { store, downloads };
}

// Answers a $batch from a map of group id -> inner answer.
function batchAnswer(byGroup: Record<string, { status: number; body: unknown }>) {
  return (req: SeenRequest) =>
    json(200, {
      responses: (req.body as WireBatch).requests.map((r) => {
        const gid = /^\/groups\/([^/]+)\//.exec(r.url)?.[1] ?? '';
        const a = byGroup[gid] ?? { status: 404, body: { error: { code: 'itemNotFound', message: 'nope' } } };
        return { id: r.id, status: a.status, headers: { 'Content-Type': 'application/json' }, body: a.body };
      }),
    });
}

describe('seriesFileName', () => {
  it('is series-<first 32 hex of sha256(seriesKey)>.json', async () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(await seriesFileName(seriesKey('abc'))).toBe('series-ba7816bf8f01cfea414140de5dae2223.json');
  });
});

describe('createSeriesDocumentStore', () => {
  it('find: one $batch of path lookups across the teams, then the content from the downloadUrl without a token', async () => {
    const file = await seriesFileName(key);
    const terminal = new DummyTerminal().then(
      batchAnswer({
        ccc: { status: 200, body: item('item-c', '"{C},1"') },
        bbb: { status: 200, body: item('item-b', '"{B},4"') },
        aaa: { status: 403, body: { error: { code: 'accessDenied', message: 'Access denied' } } },
      }),
    );
    const { store, downloads } = setup(terminal, { [downloadUrl('item-b')]: JSON.stringify(doc) });

    const found = await store.find(key, [teamC, teamA, teamB], trust);

    expect(found).toEqual(
      ok({
        stored: { doc, location: { groupId: 'bbb', teamName: 'B team', itemId: 'item-b' }, etag: '"{B},4"' },
        untrusted: [],
      }),
    );
    expect(terminal.seen).toHaveLength(1);
    const batch = terminal.seen[0];
    expect(batch?.url).toBe(`${baseUrl}/$batch`);
    const urls = (batch?.body as WireBatch).requests.map((r) => r.url);
    expect(urls).toEqual(
      ['ccc', 'aaa', 'bbb'].map((g) => `/groups/${g}/drive/root:/Roundtable/${file}?${SELECT}`),
    );
    // The smallest group id among the hits wins, deterministically; 403 (not a member any more) is skipped.
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.url).toBe(downloadUrl('item-b'));
    expect(downloads[0]?.init?.headers).toBeUndefined();
    expect(downloads[0]?.init?.cache).toBe('no-store');
  });

  it('find: null when no team holds it, without downloading', async () => {
    const terminal = new DummyTerminal().then(batchAnswer({}));
    const { store, downloads } = setup(terminal);
    expect(await store.find(key, [teamA, teamB], trust)).toEqual(ok({ stored: null, untrusted: [] }));
    expect(downloads).toHaveLength(0);
  });

  it('find: no request at all for a user without teams', async () => {
    const terminal = new DummyTerminal();
    expect(await setup(terminal).store.find(key, [], trust)).toEqual(ok({ stored: null, untrusted: [] }));
    expect(terminal.seen).toHaveLength(0);
  });

  it('find: a failure other than 404/403 is returned, not read as "not linked"', async () => {
    const terminal = new DummyTerminal().then(
      batchAnswer({
        aaa: { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'x' } } },
      }),
    );
    const r = await setup(terminal).store.find(key, [teamA], trust);
    expect(!r.ok && r.failure.kind).toBe('unauthorized');
  });

  it('find: a same-named file someone else created is named, never downloaded, even in a team that sorts first', async () => {
    const terminal = new DummyTerminal().then(
      batchAnswer({
        // The hijack: a team whose id sorts before the real one, holding a planted copy.
        aaa: { status: 200, body: item('planted', '"{P},1"', { id: 'id-mallory', displayName: 'Mallory' }) },
        bbb: { status: 200, body: item('real', '"{R},3"') },
      }),
    );
    const { store, downloads } = setup(terminal, {
      [downloadUrl('planted')]: JSON.stringify({ ...doc, title: 'Planted' }),
      [downloadUrl('real')]: JSON.stringify(doc),
    });

    const found = await store.find(key, [teamA, teamB], trust);

    expect(found).toEqual(
      ok({
        stored: { doc, location: { groupId: 'bbb', teamName: 'B team', itemId: 'real' }, etag: '"{R},3"' },
        untrusted: [{ teamName: 'A team', createdByName: 'Mallory' }],
      }),
    );
    expect(downloads.map((d) => d.url)).toEqual([downloadUrl('real')]);
  });

  it('find: with the organizer’s id known, a namesake’s file is not trusted; a file with no creator never is', async () => {
    const terminal = new DummyTerminal().then(
      batchAnswer({
        aaa: {
          status: 200,
          body: item('namesake', '"{N},1"', { id: 'id-other', displayName: 'Adele Vance' }),
        },
        bbb: { status: 200, body: { ...item('anon', '"{A},1"'), createdBy: null } },
      }),
    );
    const { store, downloads } = setup(terminal);
    expect(await store.find(key, [teamA, teamB], trust)).toEqual(
      ok({
        stored: null,
        untrusted: [
          { teamName: 'A team', createdByName: 'Adele Vance' },
          { teamName: 'B team', createdByName: 'someone else' },
        ],
      }),
    );
    expect(downloads).toHaveLength(0);
  });

  it('find: a guest, who learned no id, falls back to the organizer’s display name', async () => {
    const terminal = new DummyTerminal().then(
      batchAnswer({
        aaa: { status: 200, body: item('planted', '"{P},1"', { id: 'id-mallory', displayName: 'Mallory' }) },
        bbb: { status: 200, body: item('real', '"{R},3"', { id: 'id-adele', displayName: 'Adele Vance' }) },
      }),
    );
    const { store, downloads } = setup(terminal, { [downloadUrl('real')]: JSON.stringify(doc) });
    const guest: SeriesTrust = { creatorIds: [], creatorNames: ['Adele Vance'] };
    const found = await store.find(key, [teamA, teamB], guest);
    expect(found.ok && found.value.stored?.location.itemId).toBe('real');
    expect(found.ok && found.value.untrusted).toEqual([{ teamName: 'A team', createdByName: 'Mallory' }]);
    expect(downloads.map((d) => d.url)).toEqual([downloadUrl('real')]);
  });

  it('create: path-based PUT, create-only by conflictBehavior=fail, and compact JSON', async () => {
    const file = await seriesFileName(key);
    const terminal = new DummyTerminal().then(() => json(201, item('new-item', '"{N},1"')));
    const r = await setup(terminal).store.create(teamA, doc);
    expect(r).toEqual(
      ok({ doc, location: { groupId: 'aaa', teamName: 'A team', itemId: 'new-item' }, etag: '"{N},1"' }),
    );
    const put = terminal.seen[0];
    expect(put?.method).toBe('PUT');
    expect(put?.url).toBe(
      `${baseUrl}/groups/aaa/drive/root:/Roundtable/${file}:/content?@microsoft.graph.conflictBehavior=fail`,
    );
    expect(put?.headers['if-none-match']).toBeUndefined();
    expect(put?.headers['content-type']).toBe('application/json');
    expect(put?.body).toEqual(doc);
  });

  it('create: an existing file answers preconditionFailed', async () => {
    const terminal = new DummyTerminal().then(() =>
      graphError(409, 'nameAlreadyExists', 'The specified item name already exists.'),
    );
    const r = await setup(terminal).store.create(teamA, doc);
    expect(!r.ok && r.failure).toMatchObject({ kind: 'preconditionFailed', status: 409 });
  });

  it('create: refuses a document over the 4 MB simple-upload limit without sending it', async () => {
    const terminal = new DummyTerminal();
    const big = { ...doc, title: 'x'.repeat(MAX_DOCUMENT_BYTES) };
    const r = await setup(terminal).store.create(teamA, big);
    expect(!r.ok && r.failure).toMatchObject({ kind: 'badRequest', code: 'DocumentTooLarge' });
    expect(terminal.seen).toHaveLength(0);
  });

  it('update: metadata, then content, then PUT by id with If-Match; on 412 it reads again and retries', async () => {
    const v1 = JSON.stringify(doc);
    const v2 = JSON.stringify({ ...doc, title: 'Renamed elsewhere' });
    const terminal = new DummyTerminal().then(
      () => json(200, item('it', '"{E},1"')),
      () => graphError(412, 'resourceModified', 'ETag does not match current item value'),
      () =>
        json(200, { ...item('it', '"{E},2"'), '@microsoft.graph.downloadUrl': `${downloadUrl('it')}&v=2` }),
      () => json(200, item('it', '"{E},3"')),
    );
    const { store, downloads } = setup(terminal, {
      [downloadUrl('it')]: v1,
      [`${downloadUrl('it')}&v=2`]: v2,
    });
    const location = { groupId: groupId('aaa'), teamName: 'A team', itemId: 'it' };

    const r = await store.update(location, (latest) =>
      proposeTopic(
        latest,
        { id: 't1', occurrence: occurrenceKey('2025-06-17T16:00:00.000Z'), input: topic },
        {
          id: userId('u1'),
          name: 'U',
          email: 'u1@x',
          isOrganizer: false,
          isFacilitator: false,
          isTimekeeper: false,
          isNoteTaker: false,
        },
        { at: 1, c: 0, by: userId('u1') },
      ),
    );

    expect(r.ok && r.value).toMatchObject({
      attempts: 2,
      etag: '"{E},3"',
      doc: { title: 'Renamed elsewhere', proposals: { t1: { author: 'u1' } } },
    });
    expect(
      terminal.seen.map((s) => `${s.method} ${s.url.replace(baseUrl, '')} ${s.headers['if-match'] ?? ''}`),
    ).toEqual([
      `GET /groups/aaa/drive/items/it?${SELECT} `,
      'PUT /groups/aaa/drive/items/it/content "{E},1"',
      `GET /groups/aaa/drive/items/it?${SELECT} `,
      'PUT /groups/aaa/drive/items/it/content "{E},2"',
    ]);
    expect(downloads).toHaveLength(2);
  });

  it('update over a version the caller holds: one PUT with its eTag, no metadata read, no download', async () => {
    const terminal = new DummyTerminal().then(() => json(200, item('it', '"{E},2"')));
    const { store, downloads } = setup(terminal);
    const location = { groupId: groupId('aaa'), teamName: 'A team', itemId: 'it' };
    const r = await store.update(
      location,
      (latest) => ok({ ...latest, settings: { value: DEFAULT_SETTINGS, at: 5, c: 0, by: userId('u1') } }),
      { doc, etag: '"{E},1"' },
    );
    expect(r.ok && r.value).toMatchObject({ attempts: 1, etag: '"{E},2"', doc: { settings: { at: 5 } } });
    expect(
      terminal.seen.map((s) => `${s.method} ${s.url.replace(baseUrl, '')} ${s.headers['if-match']}`),
    ).toEqual(['PUT /groups/aaa/drive/items/it/content "{E},1"']);
    expect(downloads).toHaveLength(0);
  });

  it('update: a newer schemaVersion is reported and nothing is written', async () => {
    const terminal = new DummyTerminal().then(() => json(200, item('it', '"{E},1"')));
    const { store } = setup(terminal, {
      [downloadUrl('it')]: JSON.stringify({ ...doc, schemaVersion: SERIES_SCHEMA_VERSION + 1 }),
    });
    const r = await store.update({ groupId: groupId('aaa'), teamName: 'A', itemId: 'it' }, (d) => ok(d));
    expect(!r.ok && r.failure).toMatchObject({ kind: 'invalidDocument', code: 'UnsupportedSchemaVersion' });
    expect(terminal.seen.filter((s) => s.method === 'PUT')).toHaveLength(0);
  });

  it('load: without a downloadUrl it reads /content through Graph', async () => {
    const terminal = new DummyTerminal().then(
      () => json(200, { id: 'it', eTag: '"{E},7"' }),
      () => json(200, doc),
    );
    const r = await setup(terminal).store.load({ groupId: groupId('aaa'), teamName: 'A', itemId: 'it' });
    expect(r).toEqual(
      ok({ doc, location: { groupId: 'aaa', teamName: 'A', itemId: 'it' }, etag: '"{E},7"' }),
    );
    expect(terminal.seen[1]?.url).toBe(`${baseUrl}/groups/aaa/drive/items/it/content`);
  });

  describe('the downloadUrl fetch, outside the Graph client, has its own time limit', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    function hangingStore(answer: (signal: AbortSignal) => Promise<Response>) {
      const signals: AbortSignal[] = [];
      const client = createGraphClient({
        baseUrl,
        tokenProvider: { getToken: async () => 't' },
        scopes: [],
        retry: { maxRetries: 0 },
        terminal: new DummyTerminal(() => json(200, item('it', '"{E},1"'))),
      });
      const fetchImpl = ((_input: RequestInfo | URL, init?: RequestInit) => {
        if (!init?.signal) throw new Error('the download must carry a signal');
        signals.push(init.signal);
        return answer(init.signal);
      }) as typeof fetch;
      // One attempt fills the whole deadline here, so nothing is repeated (repeats: downloadWithRetry.test.ts).
      const store = createSeriesDocumentStore(client, {
        fetch: fetchImpl,
        downloadTimeoutMs: 25_000,
        downloadDeadlineMs: 25_000,
      });
      return { store, signals };
    }

    const location = { groupId: groupId('aaa'), teamName: 'A', itemId: 'it' };

    it('cuts a download that never answers and aborts it', async () => {
      const { store, signals } = hangingStore(
        (signal) =>
          new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      );
      let result: Awaited<ReturnType<typeof store.load>> | undefined;
      void store.load(location).then((r) => (result = r));

      await jest.advanceTimersByTimeAsync(24_999);
      expect(result).toBeUndefined();
      await jest.advanceTimersByTimeAsync(1);

      expect(result).toEqual({
        ok: false,
        failure: {
          kind: 'timeout',
          code: 'TimeoutError',
          message: 'Microsoft 365 did not answer within 25 seconds.',
        },
      });
      expect(signals[0]?.aborted).toBe(true);
      expect(jest.getTimerCount()).toBe(0);
    });

    it('cuts a download whose body stalls after the headers', async () => {
      const { store } = hangingStore(
        async () => new Response(new ReadableStream({ start: () => undefined })),
      );
      let result: Awaited<ReturnType<typeof store.load>> | undefined;
      void store.load(location).then((r) => (result = r));

      await jest.advanceTimersByTimeAsync(25_000);

      expect(result).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
    });
  });
});
