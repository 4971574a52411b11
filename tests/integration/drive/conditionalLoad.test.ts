// The live baseline (issue #15): an open view re-reads the series document with If-None-Match on the eTag it shows.
// Unchanged costs one 304 and no download; SharePoint's own eTag churn after an upload costs one metadata read and no
// download (the cTag still matches what the view holds); someone else's write costs the metadata and the download.
import { seriesKey } from '../../../src/domain/ids';
import { ok } from '../../../src/domain/result';
import { emptySeriesDocument } from '../../../src/domain/series/seriesDocument';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { clientFor, teamOf, tenantOf } from './sandboxDrive';

const AVERY = 'avery.chen@northwind.example';
const POST_PROCESSING_MS = 30;
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({ port: 0, drivePostProcessingMs: POST_PROCESSING_MS });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(() => sb.reset());

let n = 0;
const freshKey = () => seriesKey(`040000008200E00074C5B7101A82E008-live-${Date.now()}-${n++}`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function countingFetch(): { fetch: typeof fetch; downloads: () => number } {
  let downloads = 0;
  return {
    fetch: (input, init) => {
      downloads += 1;
      return fetch(input, init);
    },
    downloads: () => downloads,
  };
}

async function setUp() {
  const team = teamOf(await tenantOf(sb), 'Leadership Team');
  const counted = countingFetch();
  const store = createSeriesDocumentStore(clientFor(sb, AVERY), { fetch: counted.fetch });
  const created = await store.create(team, emptySeriesDocument(freshKey(), 'Leadership weekly'));
  if (!created.ok) throw new Error('create failed');
  return { store, counted, created: created.value };
}

describe('SeriesDocumentStore.load with the version shown (conditional read)', () => {
  it('an unchanged file is one 304 and no download; the answer is the version held', async () => {
    const { store, counted, created } = await setUp();
    await pause(POST_PROCESSING_MS * 5);
    const settled = await store.load(created.location, created);
    if (!settled.ok) throw new Error('load failed');
    sb.clearRequestLog();
    const before = counted.downloads();

    const again = await store.load(created.location, settled.value);

    expect(again.ok && again.value.doc).toBe(settled.value.doc);
    expect(again.ok && again.value.etag).toBe(settled.value.etag);
    expect(sb.requestLog().map((r) => `${r.method} ${r.status}`)).toEqual(['GET 304']);
    expect(counted.downloads()).toBe(before);
  });

  it('after SharePoint’s own eTag change: one 200 with the metadata, no download, the new eTag', async () => {
    const { store, counted, created } = await setUp();
    await pause(POST_PROCESSING_MS * 5);
    sb.clearRequestLog();

    const read = await store.load(created.location, created);

    if (!read.ok) throw new Error('load failed');
    expect(read.value.doc).toBe(created.doc);
    expect(read.value.etag).not.toBe(created.etag);
    expect(sb.requestLog().map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200']);
    expect(counted.downloads()).toBe(0);
  });

  it('someone else’s write: the metadata, then the download of the new content', async () => {
    const { store, counted, created } = await setUp();
    const other = createSeriesDocumentStore(clientFor(sb, AVERY));
    const written = await other.update(created.location, (d) => ok({ ...d, title: 'Renamed' }));
    if (!written.ok) throw new Error('write failed');

    const read = await store.load(created.location, created);

    expect(read.ok && read.value.doc.title).toBe('Renamed');
    expect(read.ok && read.value.etag).toBe(written.value.etag);
    expect(counted.downloads()).toBe(1);
  });
});
