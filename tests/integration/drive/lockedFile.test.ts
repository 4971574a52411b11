// SharePoint answers 423 resourceLocked while the file is locked (an Office session, a check-out); the sandbox's 423
// fault refuses the PUT. The write is sent again after the lock's wait and lands; nothing the user did is lost.
import { seriesKey } from '../../../src/domain/ids';
import { emptySeriesDocument } from '../../../src/domain/series/seriesDocument';
import { ok } from '../../../src/domain/result';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { addFault, clientFor, teamOf, tenantOf } from './sandboxDrive';

const AVERY = 'avery.chen@northwind.example';
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(() => sb.reset());

it('a write refused twice by a lock is sent again and lands', async () => {
  const team = teamOf(await tenantOf(sb), 'Leadership Team');
  const key = seriesKey(`040000008200E00074C5B7101A82E008-locked-${Date.now()}`);
  const store = createSeriesDocumentStore(clientFor(sb, AVERY));
  const created = await store.create(team, emptySeriesDocument(key, 'Leadership weekly'));
  if (!created.ok) throw new Error('create failed');
  await addFault(sb, { status: 423, method: 'PUT', path: '/drive/items/', count: 2 });

  const updated = await store.update(created.value.location, (doc) => ok({ ...doc, title: 'Renamed' }));

  expect(updated.ok && updated.value.doc.title).toBe('Renamed');
  const puts = sb.requestLog().filter((r) => r.method === 'PUT' && r.url.includes('/drive/items/'));
  expect(puts.map((r) => r.status)).toEqual([423, 423, 200]);
  const reread = await store.load(created.value.location);
  expect(reread.ok && reread.value.doc.title).toBe('Renamed');
});
