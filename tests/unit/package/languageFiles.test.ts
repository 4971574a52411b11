// The manifest's languages (localizationInfo): the German file must pass Microsoft's bundled localization schema,
// translate every string Teams and Outlook show, and keep each notification's {placeholders}.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkLanguageFile,
  expectedPackageFiles,
  languageFiles,
  localizableStrings,
  parseEnvFile,
  substitutePlaceholders,
  validateLocalizationSchema,
} from '../../../scripts/lib/appPackage';
import type { ManifestShape } from '../../../scripts/lib/appPackage';

const root = join(__dirname, '..', '..', '..');
const vars = parseEnvFile(readFileSync(join(root, 'env', '.env.test'), 'utf8'));

function resolved(file: string): Record<string, unknown> {
  const result = substitutePlaceholders(readFileSync(join(root, 'manifest', file), 'utf8'), vars);
  if (!result.ok) throw new Error(`test env is missing ${result.missing.join(', ')}`);
  return JSON.parse(result.text) as Record<string, unknown>;
}

const manifest = resolved('manifest.json') as ManifestShape;
const german = () => resolved('de-de.json');

describe('the manifest names its languages', () => {
  it('is English by default and ships German, in the package', () => {
    expect(manifest.localizationInfo).toMatchObject({ defaultLanguageTag: 'en-us' });
    expect(languageFiles(manifest)).toEqual([{ languageTag: 'de-de', file: 'de-de.json' }]);
    expect(expectedPackageFiles(manifest)).toContain('de-de.json');
  });
});

describe('validateLocalizationSchema (the bundled MicrosoftTeams.Localization.schema.json, offline)', () => {
  it('accepts the German file', async () => {
    await expect(validateLocalizationSchema(manifest, german())).resolves.toEqual([]);
  });

  it('refuses a short name over 30 characters, a missing required string and an unknown key', async () => {
    const strings = german();
    strings['name.short'] = 'Roundtable für geteilte Führung im Team';
    delete strings['description.full'];
    strings['staticTabs[0].title'] = 'Meine Besprechungen';
    const problems = await validateLocalizationSchema(manifest, strings);
    expect(problems.join('\n')).toMatch(/name\.short.*(30|longer)/s);
    expect(problems.join('\n')).toMatch(/description\.full/);
    expect(problems.join('\n')).toMatch(/staticTabs\[0\]\.title|additional/);
  });

  it('checks the activity feed keys, whose patterns Microsoft wrote for non-Unicode regexes', async () => {
    const strings = german();
    strings['activities.activityTypes[0].templateText'] = 'x'.repeat(129);
    const problems = await validateLocalizationSchema(manifest, strings);
    expect(problems.join('\n')).toMatch(/activityTypes\[0\]\.templateText/);
  });
});

describe('checkLanguageFile', () => {
  it('finds every string people read translated in German', () => {
    expect(checkLanguageFile(manifest, german())).toEqual([]);
    const keys = [...localizableStrings(manifest).keys()];
    // The store listing, the personal tab, the Outlook ribbon button and all five notifications.
    expect(keys).toEqual(
      expect.arrayContaining([
        'name.short',
        'description.full',
        'staticTabs[0].name',
        'extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label',
        'extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description',
        'activities.activityTypes[4].templateText',
      ]),
    );
    expect(keys.filter((k) => k.startsWith('activities.'))).toHaveLength(10);
  });

  it('names a string left in English, a key naming nothing, and a lost placeholder', () => {
    const strings = german();
    delete strings['staticTabs[0].name'];
    strings['staticTabs[3].name'] = 'Archiv';
    strings['activities.activityTypes[1].templateText'] = 'Die Abstimmung für {meeting} endet bald';
    expect(checkLanguageFile(manifest, strings)).toEqual([
      '"staticTabs[3].name" names no string in the manifest',
      '"staticTabs[0].name" has no translation (the manifest says "My meetings")',
      '"activities.activityTypes[1].templateText" uses {meeting} but the manifest\'s text uses {dots, meeting}',
    ]);
  });

  it('keeps the environment suffix on the short name, as the manifest does', () => {
    expect(german()['name.short']).toBe((manifest.name as { short: string }).short);
  });
});
