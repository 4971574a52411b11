import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { clientFor, plantRaw, readRaw, teamOf, tenantOf } from '../../integration/drive/sandboxDrive';
import { describeSeriesDocumentStoreContract } from './describeSeriesDocumentStoreContract';

// Avery Chen (the organizer here) and Sam are members of both teams in the demo tenant (src/sandbox/README.md).
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
  const person = (upnPrefix: string) => {
    const u = tenant.users.find((x) => x.userPrincipalName.startsWith(upnPrefix));
    if (!u) throw new Error(`no ${upnPrefix} in the sandbox tenant`);
    return u;
  };
  const avery = person('avery.');
  const sam = person('sam.');
  for (const t of tenant.groups.filter((g) => teams.some((x) => x.id === g.id)))
    if (!t.memberIds.includes(sam.id)) throw new Error(`Sam is not a member of ${t.displayName}`);
  return {
    // Sandbox tokens are minted per user (sb.mintToken({ user, scopes })): the drive records who created a file.
    store: createSeriesDocumentStore(clientFor(sb, AVERY)),
    teams,
    me: { id: avery.id, name: avery.displayName },
    someoneElse: { id: sam.id, name: sam.displayName },
    plantRaw: (team, key, text, by = 'me') =>
      plantRaw(sb, by === 'someoneElse' ? sam.userPrincipalName : AVERY, team, key, text),
    readRaw: (team, key) => readRaw(sb, AVERY, team, key),
  };
});
