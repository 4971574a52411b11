import { fetchDemoTenant } from '../../../src/auth/fetchDemoTenant';
import { json, startSandbox } from './startSandbox';
import type { FakeSandbox } from './startSandbox';

let sandbox: FakeSandbox;

beforeEach(async () => {
  sandbox = await startSandbox((_req, _body, res) => json(res, 404, {}));
});

afterEach(async () => {
  await sandbox.close();
});

describe('fetchDemoTenant', () => {
  const tenant = {
    displayName: 'Contoso',
    domain: 'contoso.example',
    defaultUser: 'adele@contoso.example',
    users: [
      {
        id: 'u1',
        displayName: 'Adele Vance',
        userPrincipalName: 'adele@contoso.example',
        mail: 'adele@contoso.example',
        jobTitle: 'Lead',
      },
      {
        id: 'u2',
        displayName: 'Megan Bowen',
        userPrincipalName: 'megan@contoso.example',
        mail: 'megan@contoso.example',
      },
    ],
  };

  it('GETs /_sandbox/tenant and returns the users for the switcher', async () => {
    sandbox.handler = (_req, _body, res) => json(res, 200, tenant);

    await expect(fetchDemoTenant(sandbox.url)).resolves.toEqual(tenant);
    expect(sandbox.requests).toEqual([{ method: 'GET', path: '/_sandbox/tenant', body: '' }]);
  });

  it('rejects a malformed description', async () => {
    sandbox.handler = (_req, _body, res) => json(res, 200, { displayName: 'Contoso' });
    await expect(fetchDemoTenant(sandbox.url)).rejects.toMatchObject({
      kind: 'network',
      message: expect.stringContaining('malformed'),
    });
  });

  it('rejects when the sandbox is unreachable', async () => {
    const url = sandbox.url;
    await sandbox.close();
    sandbox = await startSandbox((_req, _body, res) => json(res, 404, {}));
    await expect(fetchDemoTenant(url)).rejects.toMatchObject({
      kind: 'network',
      message: expect.stringContaining('unreachable'),
    });
  });

  it('rejects a non-2xx answer', async () => {
    sandbox.handler = (_req, _body, res) => json(res, 500, {});
    await expect(fetchDemoTenant(sandbox.url)).rejects.toMatchObject({
      message: expect.stringContaining('HTTP 500'),
    });
  });
});
