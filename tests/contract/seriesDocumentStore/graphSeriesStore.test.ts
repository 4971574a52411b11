import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { clientFor, plantRaw, readRaw, teamOf, tenantOf } from '../../integration/drive/sandboxDrive';
import { describeSeriesDocumentStoreContract } from './describeSeriesDocumentStoreContract';

// Avery Chen is a member of both teams in the demo tenant (src/sandbox/README.md).
const AVERY = 'avery.chen@northwind.example';
let sb: Sandbox;

beforeAll(async () => {
  // A new file's eTag changes on its own before anyone can read it again (the strictest setting of SharePoint's
  // post-processing, src/sandbox/README.md "Drive"), so no assertion here can pass by racing it.
  sb = await startSandbox({ port: 0, drivePostProcessingMs: 0 });
});
afterAll(async () => {
  await sb.close();
});

describeSeriesDocumentStoreContract('Graph drive adapter against the sandbox', async () => {
  await sb.reset();
  const tenant = await tenantOf(sb);
  const teams = [teamOf(tenant, 'Leadership Team'), teamOf(tenant, 'Product Council')];
  return {
    store: createSeriesDocumentStore(clientFor(sb, AVERY)),
    teams,
    plantRaw: (team, key, text) => plantRaw(sb, AVERY, team, key, text),
    readRaw: (team, key) => readRaw(sb, AVERY, team, key),
  };
});
