// One source of truth for identities: env/.env.$TEAMSFX_ENV feeds the bundle (webpack.config.js) and the package
// (scripts/package.mjs); a real environment with a placeholder identity is refused, naming the variable; the
// scope lists in both manifests are the code's own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import type { Configuration } from 'webpack';
import {
  AGENDA_SCOPES,
  PUBLISH_SCOPES,
  RECAP_CHAT_SCOPES,
  RECAP_MAIL_SCOPES,
  NUDGE_SCOPES,
} from '../../../src/compose/agendaScopes';
import {
  GRAPH_DELEGATED_PERMISSION_IDS,
  checkEntraManifest,
  checkPrefetchScopes,
  parseEnvFile,
  substitutePlaceholders,
} from '../../../scripts/lib/appPackage';
import type { ManifestShape } from '../../../scripts/lib/appPackage';
import { identityProblems, loadEnvironment, readBuildIdentity } from '../../../scripts/lib/environment.cjs';

const root = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

const REAL = {
  AAD_APP_CLIENT_ID: '5b0f7a52-3c1e-4d5a-9f3e-0a1b2c3d4e5f',
  AAD_APP_TENANT_ID: '6c1e8b63-4d2f-4e6b-8a4f-1b2c3d4e5f60',
  TEAMS_APP_ID: '7d2f9c74-5e3a-4f7c-9b5a-2c3d4e5f6071',
};

describe('identityProblems', () => {
  it('accepts real ids in a real environment, and "organizations" for a multitenant registration', () => {
    expect(identityProblems(REAL, 'dev')).toEqual([]);
    expect(identityProblems({ ...REAL, AAD_APP_TENANT_ID: 'organizations' }, 'prod')).toEqual([]);
  });

  it.each([
    ['the all-zero GUID', '00000000-0000-0000-0000-000000000000'],
    ['an empty value', ''],
    ['an unresolved ${{...}}', '${{AAD_APP_CLIENT_ID}}'],
    ['a <sample> value', '<your client id>'],
  ])('refuses %s in a real environment, naming the variable', (_label, value) => {
    const problems = identityProblems({ ...REAL, AAD_APP_CLIENT_ID: value }, 'dev');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AAD_APP_CLIENT_ID is still a placeholder/);
    expect(problems[0]).toContain('atk provision --env dev');
  });

  it('names every missing variable', () => {
    expect(identityProblems({}, 'local').map((p) => p.split(' ')[0])).toEqual([
      'AAD_APP_CLIENT_ID',
      'AAD_APP_TENANT_ID',
      'TEAMS_APP_ID',
    ]);
  });

  it('lets only the test environment hold placeholder ids, and still wants them well-formed', () => {
    const zero = '00000000-0000-0000-0000-000000000000';
    expect(identityProblems({ ...REAL, TEAMS_APP_ID: zero }, 'test')).toEqual([]);
    expect(identityProblems({ ...REAL, TEAMS_APP_ID: 'not-a-guid' }, 'test')).toEqual([
      'TEAMS_APP_ID must be a GUID, got "not-a-guid": set it in env/.env.test',
    ]);
  });
});

describe('environments', () => {
  it('defaults to the explicit test environment, whose committed ids are well-formed and fake', () => {
    const environment = loadEnvironment(root, {});
    expect(environment.name).toBe('test');
    expect(identityProblems(environment.vars, 'test')).toEqual([]);
    expect(readBuildIdentity(root, {})).toEqual({
      environment: 'test',
      clientId: '22222222-2222-4222-8222-222222222222',
      tenantId: '33333333-3333-4333-8333-333333333333',
      teamsAppId: '11111111-1111-4111-8111-111111111111',
    });
  });

  it('lets the process environment override the file, as the Agents Toolkit sets it', () => {
    expect(readBuildIdentity(root, { TEAMSFX_ENV: 'dev', ...REAL })).toEqual({
      environment: 'dev',
      clientId: REAL.AAD_APP_CLIENT_ID,
      tenantId: REAL.AAD_APP_TENANT_ID,
      teamsAppId: REAL.TEAMS_APP_ID,
    });
  });

  it.each(['dev', 'local'])(
    'refuses to build the committed "%s" environment until it is provisioned',
    (env) => {
      expect(() => readBuildIdentity(root, { TEAMSFX_ENV: env })).toThrow(
        /Can't build for environment "\w+".*\n {2}- AAD_APP_CLIENT_ID is still a placeholder/,
      );
    },
  );

  it('refuses an environment that has no file instead of building with nothing', () => {
    expect(() => loadEnvironment(root, { TEAMSFX_ENV: 'prdo' })).toThrow('env/.env.prdo does not exist');
  });
});

describe('the build (webpack.config.js)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the real config, CommonJS, as webpack-cli loads it
  const config = require('../../../webpack.config.js') as (
    env: unknown,
    argv: { mode?: string },
  ) => Configuration;
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ['TEAMSFX_ENV', ...Object.keys(REAL)]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('fails for a real environment holding placeholders, naming the variables', () => {
    process.env.TEAMSFX_ENV = 'dev';
    for (const key of Object.keys(REAL)) delete process.env[key];
    expect(() => config({}, { mode: 'production' })).toThrow(
      /AAD_APP_CLIENT_ID[^\n]*\n[^\n]*AAD_APP_TENANT_ID/,
    );
  });

  it('takes the environment named on the command line (webpack --env TEAMSFX_ENV=...), as m365agents.yml builds', () => {
    delete process.env.TEAMSFX_ENV;
    expect(() => config({ TEAMSFX_ENV: 'local' }, { mode: 'production' })).toThrow(
      /Can't build for environment "local" \(env\/\.env\.local\)/,
    );
  });

  it("compiles the tab with that environment's client, tenant and app ids, and no other", async () => {
    process.env.TEAMSFX_ENV = 'dev';
    Object.assign(process.env, REAL);
    const base = config({}, { mode: 'production' });
    const out = mkdtempSync(join(tmpdir(), 'roundtable-bundle-'));
    try {
      const compiler = webpack({
        ...base,
        entry: { tab: './src/compose/production.tsx' },
        output: { ...base.output, path: out, clean: false },
        devtool: false,
        optimization: { ...base.optimization, minimize: false },
        // Only the DefinePlugin: no HTML pages, no icons.
        plugins: (base.plugins ?? []).filter((p) => p instanceof webpack.DefinePlugin),
      });
      const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
        compiler.run((error, result) => (error ? reject(error) : resolve(result))),
      );
      await new Promise((resolve) => compiler.close(resolve));
      expect(stats?.hasErrors()).toBe(false);
      const bundle = readdirSync(out)
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(out, f), 'utf8'))
        .join('\n');
      for (const id of Object.values(REAL)) expect(bundle).toContain(id);
      const others = [
        ...Object.values(parseEnvFile(read('env/.env.test'))),
        ...Object.values(parseEnvFile(read('env/.env.dev'))),
        // Not the all-zero GUID: TeamsJS bundles uuid, whose NIL pattern is exactly that string.
      ].filter((v) => /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(v));
      expect(others.length).toBeGreaterThanOrEqual(4);
      for (const id of others) expect(bundle).not.toContain(id);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('npm run package', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('refuses a real environment whose identity is a placeholder, naming the variable, and writes nothing', () => {
    const result = run({
      TEAMSFX_ENV: 'dev',
      ...REAL,
      AAD_APP_CLIENT_ID: '00000000-0000-0000-0000-000000000000',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('AAD_APP_CLIENT_ID is still a placeholder');
    expect(result.stderr).not.toContain('AAD_APP_TENANT_ID');
    expect(existsSync(join(root, 'appPackage', 'build', 'manifest.dev.json'))).toBe(false);
  }, 60_000);
});

describe('one list of scopes', () => {
  const testVars = parseEnvFile(read('env/.env.test'));
  const resolved = substitutePlaceholders(read('manifest/manifest.json'), testVars);
  if (!resolved.ok) throw new Error(`env/.env.test lacks ${resolved.missing.join(', ')}`);
  const manifest = JSON.parse(resolved.text) as ManifestShape & {
    webApplicationInfo: { nestedAppAuthInfo: { scopes: string[] }[]; resource?: string };
  };
  const entra = JSON.parse(read('aad.manifest.json')) as Parameters<typeof checkEntraManifest>[0];

  it('prefetches exactly the scopes the app asks for first, in order', () => {
    expect(manifest.webApplicationInfo.nestedAppAuthInfo.map((n) => n.scopes)).toEqual([[...AGENDA_SCOPES]]);
    expect(checkPrefetchScopes(manifest, AGENDA_SCOPES)).toEqual([]);
  });

  it('reports a prefetch list in another order', () => {
    const reordered = {
      ...manifest,
      webApplicationInfo: { nestedAppAuthInfo: [{ scopes: [...AGENDA_SCOPES].reverse() }] },
    };
    expect(checkPrefetchScopes(reordered, AGENDA_SCOPES)).toEqual([
      expect.stringContaining('/webApplicationInfo/nestedAppAuthInfo/0/scopes must equal, in order'),
    ]);
  });

  // Every list the code asks a token for: up front (AGENDA_SCOPES) and on demand (publishing, sending a recap).
  const ON_DEMAND = [
    ...AGENDA_SCOPES,
    ...PUBLISH_SCOPES,
    ...RECAP_CHAT_SCOPES,
    ...RECAP_MAIL_SCOPES,
    ...NUDGE_SCOPES,
  ];

  it('declares in the Entra manifest every delegated permission the app requests, and nothing else', () => {
    expect(checkEntraManifest(entra, ON_DEMAND)).toEqual([]);
    const declared = (entra.requiredResourceAccess ?? [])
      .flatMap((r) => r.resourceAccess ?? [])
      .map((a) => a.id);
    const requested = [...new Set(ON_DEMAND)].map((s) => GRAPH_DELEGATED_PERMISSION_IDS[s]);
    expect([...declared].sort()).toEqual([...requested].sort());
  });

  it('reports a scope the code asks for that the Entra manifest lacks', () => {
    expect(checkEntraManifest(entra, [...ON_DEMAND, 'Sites.Read.All'])).toEqual([
      'no permission id known for "Sites.Read.All": add it to GRAPH_DELEGATED_PERMISSION_IDS',
    ]);
    const { requiredResourceAccess: _drop, ...withoutPermissions } = entra;
    expect(checkEntraManifest(withoutPermissions, ['User.Read'])).toEqual([
      'requiredResourceAccess lacks User.Read (e1fe6dd8-ba31-4d61-89e7-88639da4683d)',
    ]);
  });

  it('is a single-tenant public client with no secret and the SPA redirect URIs for NAA, popup and Office dialog', () => {
    expect(entra.signInAudience).toBe('AzureADMyOrg');
    expect(entra).not.toHaveProperty('passwordCredentials');
    expect((entra.replyUrlsWithType ?? []).map((r) => [r.type, r.url])).toEqual([
      ['Spa', 'brk-multihub://${{TAB_DOMAIN}}'],
      ['Spa', '${{TAB_ENDPOINT}}/auth-redirect.html'],
      ['Spa', '${{TAB_ENDPOINT}}/auth-dialog.html'],
    ]);
  });

  it('no longer declares the unused webApplicationInfo.resource, and asks for the channel meeting stage RSC', () => {
    expect(manifest.webApplicationInfo.resource).toBeUndefined();
    const rsc = (
      manifest.authorization as { permissions: { resourceSpecific: { name: string; type: string }[] } }
    ).permissions.resourceSpecific;
    expect(rsc).toContainEqual({ name: 'ChannelMeetingStage.Write.Group', type: 'Delegated' });
  });
});
