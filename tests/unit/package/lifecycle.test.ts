// The Agents Toolkit lifecycle files, read as text (no YAML parser in the dependencies): the steps and the
// settings that issue #13 depends on, and every ${{VAR}} the manifests use is either in each environment file
// or written by a provision step before it is needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnvFile } from '../../../scripts/lib/appPackage';

const root = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const steps = (yml: string, stage: 'provision' | 'deploy'): string[] => {
  const section = yml.split(/^(?=provision:|deploy:)/m).find((s) => s.startsWith(`${stage}:`)) ?? '';
  return [...section.matchAll(/^\s+- uses: (\S+)/gm)].map((m) => m[1] ?? '');
};
const placeholders = (text: string): string[] => [
  ...new Set([...text.matchAll(/\$\{\{\s*([A-Z_][A-Z0-9_]*)\s*\}\}/g)].map((m) => m[1] ?? '')),
];

describe.each([
  ['m365agents.yml', 'dev'],
  ['m365agents.local.yml', 'local'],
])('%s (env "%s")', (file, env) => {
  const yml = read(file);

  it('creates the Entra app as a single-tenant public client with no secret, then applies aad.manifest.json', () => {
    expect(steps(yml, 'provision')).toEqual([
      'aadApp/create',
      'teamsApp/create',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(yml).toMatch(/generateClientSecret: false/);
    expect(yml).toMatch(/signInAudience: AzureADMyOrg/);
    expect(yml).toMatch(/manifestPath: \.\/aad\.manifest\.json\n\s+outputFilePath: \.\/build\//);
    for (const variable of ['AAD_APP_CLIENT_ID', 'AAD_APP_OBJECT_ID', 'AAD_APP_TENANT_ID', 'TEAMS_APP_ID']) {
      expect(yml).toMatch(new RegExp(`: ${variable}$`, 'm'));
    }
  });

  it("builds with the environment's own values, named explicitly", () => {
    expect(steps(yml, 'deploy')).toContain('cli/runNpmCommand');
    expect(yml).toContain('args: run build -- --env TEAMSFX_ENV=${{TEAMSFX_ENV}}');
  });

  it('has an environment file that sets every variable the manifests use, or leaves it to provision', () => {
    const vars = parseEnvFile(read(`env/.env.${env}`));
    const used = [
      ...placeholders(read('manifest/manifest.json')),
      ...placeholders(read('aad.manifest.json')),
    ];
    const missing = used.filter((v) => !(v in vars));
    expect(missing).toEqual([]);
    expect(vars.TEAMSFX_ENV).toBe(env);
  });
});

describe('the local environment', () => {
  it('trusts a dev certificate and writes its paths where serve-https reads them', () => {
    const yml = read('m365agents.local.yml');
    expect(steps(yml, 'deploy')[0]).toBe('devTool/install');
    expect(yml).toMatch(/devCert:\n\s+trust: true/);
    expect(yml).toMatch(/sslCertFile: SSL_CRT_FILE\n\s+sslKeyFile: SSL_KEY_FILE/);
    const vars = parseEnvFile(read('env/.env.local'));
    expect(vars.TAB_ENDPOINT).toBe('https://localhost:53000');
    expect(vars.TAB_DOMAIN).toBe('localhost:53000');
  });
});
