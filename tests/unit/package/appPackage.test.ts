import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import {
  COLOR_ICON,
  OUTLINE_ICON,
  buildZip,
  checkIcon,
  checkManifestConsistency,
  checkZipLayout,
  mergeEnv,
  parseEnvFile,
  substitutePlaceholders,
  validateManifestSchema,
} from '../../../scripts/lib/appPackage';
import type { ManifestShape } from '../../../scripts/lib/appPackage';

const root = join(__dirname, '..', '..', '..');

// The committed template resolved with the committed test environment: the one `npm run package` takes by default.
function devManifest(): ManifestShape {
  const vars = parseEnvFile(readFileSync(join(root, 'env', '.env.test'), 'utf8'));
  const result = substitutePlaceholders(readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8'), vars);
  if (!result.ok) throw new Error(`test env is missing ${result.missing.join(', ')}`);
  return JSON.parse(result.text) as ManifestShape;
}

function png(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      image.data.set(pixel(x, y), (y * width + x) * 4);
    }
  }
  return PNG.sync.write(image);
}

const whiteDotOnTransparent = (x: number, y: number): [number, number, number, number] =>
  Math.hypot(x - 16, y - 16) < 8 ? [255, 255, 255, 255] : [0, 0, 0, 0];

describe('parseEnvFile', () => {
  it('reads KEY=VALUE lines and skips comments and blanks', () => {
    const text = '# comment\n\nTEAMSFX_ENV=dev\nexport TAB_DOMAIN = localhost:53000 # trailing\r\nEMPTY=\n';
    expect(parseEnvFile(text)).toEqual({ TEAMSFX_ENV: 'dev', TAB_DOMAIN: 'localhost:53000', EMPTY: '' });
  });

  it('strips matching quotes and keeps a # inside them', () => {
    expect(parseEnvFile(`A="x # y"\nB='z'`)).toEqual({ A: 'x # y', B: 'z' });
  });
});

describe('mergeEnv', () => {
  it('lets later sources win and ignores undefined values', () => {
    expect(mergeEnv({ A: '1', B: '1' }, { B: '2' }, { A: undefined, C: '3' })).toEqual({
      A: '1',
      B: '2',
      C: '3',
    });
  });
});

describe('substitutePlaceholders', () => {
  it('replaces every ${{VAR}} and JSON-escapes values', () => {
    const result = substitutePlaceholders('{"a":"${{A}}","b":"${{ B }}-${{A}}"}', { A: 'say "hi"', B: '' });
    expect(result).toEqual({ ok: true, text: '{"a":"say \\"hi\\"","b":"-say \\"hi\\""}' });
    if (result.ok) expect(JSON.parse(result.text)).toEqual({ a: 'say "hi"', b: '-say "hi"' });
  });

  it('lists every missing variable once, sorted', () => {
    expect(substitutePlaceholders('${{Z}} ${{A}} ${{Z}} ${{SET}}', { SET: 'x' })).toEqual({
      ok: false,
      missing: ['A', 'Z'],
    });
  });
});

describe('validateManifestSchema (offline, bundled schema)', () => {
  it('accepts the committed manifest resolved with env/.env.dev', async () => {
    await expect(validateManifestSchema(devManifest())).resolves.toEqual([]);
  });

  it('reports a bad field with its JSON path', async () => {
    const errors = await validateManifestSchema({ ...devManifest(), accentColor: 'blue' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\/accentColor must match pattern/);
  });

  it('reports a missing required field', async () => {
    const { developer: _developer, ...rest } = devManifest();
    const errors = await validateManifestSchema(rest);
    expect(errors.join('\n')).toContain("must have required property 'developer'");
  });

  it('refuses a schema version that is not bundled instead of going to the network', async () => {
    const errors = await validateManifestSchema({
      ...devManifest(),
      $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.18/MicrosoftTeams.schema.json',
    });
    expect(errors).toEqual([expect.stringContaining('v1.18 is not bundled')]);
  });

  it('refuses a manifest without $schema', async () => {
    const { $schema: _schema, ...rest } = devManifest();
    expect(await validateManifestSchema(rest)).toEqual([expect.stringContaining('/$schema is missing')]);
  });
});

describe('checkManifestConsistency', () => {
  it('accepts the committed dev manifest', () => {
    expect(checkManifestConsistency(devManifest())).toEqual([]);
  });

  it('flags a tab served from a domain outside validDomains', () => {
    const manifest = { ...devManifest(), validDomains: ['roundtable.example.com'] };
    expect(checkManifestConsistency(manifest)).toContainEqual(
      expect.stringMatching(
        /^\/staticTabs\/0\/contentUrl host "roundtable.test.invalid" is not listed in \/validDomains/,
      ),
    );
  });

  it('accepts a wildcard validDomains entry', () => {
    const manifest = {
      ...devManifest(),
      staticTabs: [{ contentUrl: 'https://app.contoso.com/tab.html' }],
      configurableTabs: [{ configurationUrl: 'https://app.contoso.com/config.html' }],
      validDomains: ['*.contoso.com'],
    };
    expect(checkManifestConsistency(manifest)).toEqual([]);
  });

  it('flags a manifestVersion that disagrees with $schema and leftover placeholders', () => {
    const manifest = { ...devManifest(), manifestVersion: '1.29', id: '${{TEAMS_APP_ID}}' };
    const problems = checkManifestConsistency(manifest);
    expect(problems).toContainEqual(expect.stringContaining('unresolved placeholders: ${{TEAMS_APP_ID}}'));
    expect(problems).toContainEqual(
      expect.stringContaining('"1.29" does not match the $schema version v1.30'),
    );
  });
});

describe('checkIcon', () => {
  it('accepts the committed icons', () => {
    expect(checkIcon(readFileSync(join(root, 'manifest', 'color.png')), COLOR_ICON)).toEqual([]);
    expect(checkIcon(readFileSync(join(root, 'manifest', 'outline.png')), OUTLINE_ICON)).toEqual([]);
  });

  it('rejects an icon of the wrong size', () => {
    const icon = png(96, 96, () => [0, 0, 255, 255]);
    expect(checkIcon(icon, COLOR_ICON)).toEqual(['color icon must be 192x192 pixels, got 96x96']);
  });

  it('rejects an outline icon without a transparent background', () => {
    const opaque = png(32, 32, () => [255, 255, 255, 255]);
    expect(checkIcon(opaque, OUTLINE_ICON)).toEqual([
      'outline icon must have a transparent background (no transparent pixels)',
    ]);
  });

  it('rejects an outline icon with coloured strokes', () => {
    const blue = png(32, 32, (x, y) => (whiteDotOnTransparent(x, y)[3] ? [0, 0, 255, 255] : [0, 0, 0, 0]));
    expect(checkIcon(blue, OUTLINE_ICON)).toEqual([
      expect.stringMatching(/^outline icon must be white on transparent \(\d+ visible non-white pixels\)$/),
    ]);
  });

  it('accepts a white-on-transparent outline and reports unreadable data', () => {
    expect(checkIcon(png(32, 32, whiteDotOnTransparent), OUTLINE_ICON)).toEqual([]);
    expect(checkIcon(Buffer.from('not a png'), OUTLINE_ICON)).toEqual([
      expect.stringMatching(/^outline icon is not a readable PNG/),
    ]);
  });
});

describe('buildZip and checkZipLayout', () => {
  const manifestJson = JSON.stringify({ icons: { color: 'color.png', outline: 'outline.png' } });
  const icons = { 'color.png': Buffer.from('c'), 'outline.png': Buffer.from('o') };

  it('produces a flat, reproducible zip that passes the layout check', async () => {
    const first = await buildZip({ 'manifest.json': manifestJson, ...icons });
    const second = await buildZip({ 'manifest.json': manifestJson, ...icons });
    expect(first.equals(second)).toBe(true);
    expect(await checkZipLayout(first)).toEqual([]);
    expect(Object.keys((await JSZip.loadAsync(first)).files).sort()).toEqual([
      'color.png',
      'manifest.json',
      'outline.png',
    ]);
  });

  it('rejects files inside a folder (the classic "manifest.json not found" upload error)', async () => {
    const zip = new JSZip();
    zip.file('roundtable/manifest.json', manifestJson);
    const problems = await checkZipLayout(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(problems).toContain('manifest.json is missing from the zip root');
    expect(problems).toContainEqual(expect.stringContaining('must not be in a folder'));
  });

  it('rejects a missing icon and an unexpected extra file', async () => {
    const zip = await buildZip({ 'manifest.json': manifestJson, 'color.png': 'c', 'notes.txt': 'x' });
    expect(await checkZipLayout(zip)).toEqual([
      '"outline.png" is referenced by the manifest but missing from the zip',
      'unexpected file "notes.txt" in the zip',
    ]);
  });

  it('rejects bytes that are not a zip', async () => {
    expect(await checkZipLayout(Buffer.from('nope'))).toEqual([
      expect.stringMatching(/^the package is not a readable zip/),
    ]);
  });
});
