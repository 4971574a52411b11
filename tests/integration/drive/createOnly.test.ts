// Creating the series file is create-only by the documented route, `?@microsoft.graph.conflictBehavior=fail`
// (409 nameAlreadyExists over an existing file, nothing written), so a create that is repeated, or raced, never
// overwrites a file someone else has already written to.
import { seriesKey } from '../../../src/domain/ids';
import { emptySeriesDocument } from '../../../src/domain/series/seriesDocument';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { addFault, clientFor, readRaw, teamOf, tenantOf } from './sandboxDrive';

const AVERY = 'avery.chen@northwind.example';
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(() => sb.reset());

let n = 0;
const freshKey = () => seriesKey(`040000008200E00074C5B7101A82E008-create-${Date.now()}-${n++}`);

describe('creating the series file', () => {
  it('asks for create-only with conflictBehavior=fail, and a second create gets 409 and writes nothing', async () => {
    const team = teamOf(await tenantOf(sb), 'Leadership Team');
    const key = freshKey();
    const store = createSeriesDocumentStore(clientFor(sb, AVERY));
    const first = await store.create(team, {
      ...emptySeriesDocument(key, 'Leadership weekly'),
      title: 'first',
    });
    expect(first.ok).toBe(true);
    const second = await store.create(team, {
      ...emptySeriesDocument(key, 'Leadership weekly'),
      title: 'second',
    });

    expect(second.ok ? undefined : second.failure).toMatchObject({
      kind: 'preconditionFailed',
      status: 409,
      code: 'nameAlreadyExists',
    });
    expect(JSON.parse((await readRaw(sb, AVERY, team, key)) ?? 'null')).toMatchObject({ title: 'first' });
    const puts = sb.requestLog().filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.url)).toEqual([
      expect.stringContaining(':/content?@microsoft.graph.conflictBehavior=fail'),
      expect.stringContaining(':/content?@microsoft.graph.conflictBehavior=fail'),
    ]);
  });

  it('survives a 504 that came after the file was written: the repeat is refused, not written twice', async () => {
    const team = teamOf(await tenantOf(sb), 'Leadership Team');
    const key = freshKey();
    await addFault(sb, {
      status: 504,
      method: 'PUT',
      path: '/drive/root:/',
      when: 'after',
      count: 1,
      retryAfter: 0,
    });
    const created = await createSeriesDocumentStore(clientFor(sb, AVERY)).create(
      team,
      emptySeriesDocument(key, 'Leadership weekly'),
    );

    // The SDK repeats the PUT after the 504; the file exists by then, so the repeat is the documented 409.
    const puts = sb.requestLog().filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.status)).toEqual([504, 409]);
    expect(created.ok ? undefined : created.failure).toMatchObject({
      kind: 'preconditionFailed',
      status: 409,
    });
    expect(await readRaw(sb, AVERY, team, key)).not.toBeNull();
  });
});
