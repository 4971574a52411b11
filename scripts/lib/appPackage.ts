// The checks behind `npm run package`, as plain functions so tests/unit/package can exercise each one.
// Every check returns a list of human-readable problems (empty = fine) instead of throwing, so the CLI can
// print all of them at once rather than making you fix one error per run.
//
// Why our own checks on top of the schema: @microsoft/app-manifest validates the JSON only; it never looks at
// the icons or the zip (reference/test-harness.md §5), and the Teams upload rejects wrong-sized icons.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import type { AppManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

export type EnvVars = Readonly<Record<string, string>>;

/** The subset of the manifest the extra checks read; the schema validates the rest. */
export type ManifestShape = {
  readonly $schema?: unknown;
  readonly manifestVersion?: unknown;
  readonly icons?: { readonly color?: unknown; readonly outline?: unknown; readonly color32x32?: unknown };
  readonly staticTabs?: readonly { readonly contentUrl?: unknown; readonly websiteUrl?: unknown }[];
  readonly configurableTabs?: readonly { readonly configurationUrl?: unknown }[];
  readonly validDomains?: readonly unknown[];
  readonly [key: string]: unknown;
};

// ---------------------------------------------------------------------------------------------------------
// Environment files (Agents Toolkit convention: env/.env.<name>, env/.env.<name>.user, SECRET_* for secrets)

// The parsing lives in environment.cjs, shared with webpack.config.js, so the build and the package read an
// environment the same way.
export { mergeEnv, parseEnvFile } from './environment.cjs';

// ---------------------------------------------------------------------------------------------------------
// ${{VAR}} placeholders

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export type Substitution =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly missing: readonly string[] };

/**
 * Replaces every `${{VAR}}` in a JSON template. Values are JSON-string-escaped because every placeholder in
 * the manifest sits inside a JSON string; a quote in a value must not break the document. An empty value
 * counts as set (APP_NAME_SUFFIX may legitimately be empty); an absent one is reported, all at once.
 */
export function substitutePlaceholders(template: string, vars: EnvVars): Substitution {
  const missing = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  return missing.size > 0 ? { ok: false, missing: [...missing].sort() } : { ok: true, text };
}

// ---------------------------------------------------------------------------------------------------------
// Schema validation, offline

const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[^/]+)\/MicrosoftTeams\.schema\.json$/i;

/** Path of the schema file @microsoft/app-manifest ships for a teams schema version, e.g. "v1.30". */
export function bundledSchemaPath(version: string): string {
  // The package's main is build/index.js; the schemas live under build/json-schemas/ (test-harness.md §5).
  const buildDir = dirname(require.resolve('@microsoft/app-manifest'));
  return join(buildDir, 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json');
}

/**
 * Validates against the JSON schema named by `$schema`. We insist on a schema the package bundles, because
 * for any other URL the library silently goes to the network, which CI and this sandbox don't have (v1.18 is
 * missing from the bundle, for example: test-harness.md §5). Errors come back as "<json path> <message>".
 */
export async function validateManifestSchema(manifest: ManifestShape): Promise<string[]> {
  const url = manifest.$schema;
  if (typeof url !== 'string')
    return ['/$schema is missing: it names the schema version to validate against.'];
  const version = SCHEMA_URL.exec(url)?.[1];
  if (!version) {
    return [`/$schema "${url}" is not a developer.microsoft.com Teams manifest schema URL.`];
  }
  if (!existsSync(bundledSchemaPath(version))) {
    return [
      `/$schema ${version} is not bundled with @microsoft/app-manifest, so it can't be checked offline.`,
    ];
  }
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
  // The library formats errors as "<instancePath> <message>. Details: {...}"; an empty path is the root.
  return errors.map((e) => (e.startsWith(' ') ? `(root)${e}` : e));
}

// ---------------------------------------------------------------------------------------------------------
// Checks the schema can't express

function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

// validDomains entries may use a leading "*." wildcard (platform-facts.md §9).
function domainAllowed(host: string, validDomains: readonly string[]): boolean {
  return validDomains.some((d) => d === host || (d.startsWith('*.') && host.endsWith(d.slice(1))));
}

/** Consistency rules across fields: version matches $schema, tabs are https and inside validDomains. */
export function checkManifestConsistency(manifest: ManifestShape): string[] {
  const problems: string[] = [];
  const text = JSON.stringify(manifest);
  const leftover = text.match(PLACEHOLDER);
  if (leftover) problems.push(`unresolved placeholders: ${[...new Set(leftover)].join(', ')}`);

  const schemaVersion =
    typeof manifest.$schema === 'string' ? SCHEMA_URL.exec(manifest.$schema)?.[1] : undefined;
  if (schemaVersion && `v${String(manifest.manifestVersion)}` !== schemaVersion) {
    problems.push(
      `/manifestVersion "${String(manifest.manifestVersion)}" does not match the $schema version ${schemaVersion}`,
    );
  }

  const validDomains = (manifest.validDomains ?? []).filter((d): d is string => typeof d === 'string');
  const tabUrls: [string, unknown][] = [
    ...(manifest.staticTabs ?? []).flatMap((t, i): [string, unknown][] => [
      [`/staticTabs/${i}/contentUrl`, t.contentUrl],
      [`/staticTabs/${i}/websiteUrl`, t.websiteUrl],
    ]),
    ...(manifest.configurableTabs ?? []).map((t, i): [string, unknown] => [
      `/configurableTabs/${i}/configurationUrl`,
      t.configurationUrl,
    ]),
  ];
  for (const [path, url] of tabUrls) {
    if (url === undefined) continue;
    // Teams only frames https content; an http tab shows a blank frame with no error.
    if (typeof url !== 'string' || !url.startsWith('https://')) {
      problems.push(`${path} must be an https URL (got ${JSON.stringify(url)})`);
      continue;
    }
    const host = hostOf(url);
    if (!host) problems.push(`${path} is not a valid URL: ${url}`);
    else if (!domainAllowed(host, validDomains)) {
      problems.push(
        `${path} host "${host}" is not listed in /validDomains (${validDomains.join(', ') || 'empty'})`,
      );
    }
  }
  return problems;
}

/** The files the zip must contain at its root: the manifest, every icon and every language file it references. */
export function expectedPackageFiles(manifest: ManifestShape): string[] {
  const icons = manifest.icons ?? {};
  const names = [icons.color, icons.outline, icons.color32x32].filter(
    (n): n is string => typeof n === 'string',
  );
  return ['manifest.json', ...new Set([...names, ...languageFiles(manifest).map((l) => l.file)])];
}

// ---------------------------------------------------------------------------------------------------------
// Languages (localizationInfo): https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-localization
// and the localization schema the package bundles (MicrosoftTeams.Localization.schema.json).

export interface LanguageFile {
  readonly languageTag: string;
  readonly file: string;
}

/** The additional language files the manifest names (localizationInfo.additionalLanguages). */
export function languageFiles(manifest: ManifestShape): LanguageFile[] {
  const info = manifest.localizationInfo as
    | {
        readonly additionalLanguages?: readonly { readonly languageTag?: unknown; readonly file?: unknown }[];
      }
    | undefined;
  return (info?.additionalLanguages ?? []).flatMap((l) =>
    typeof l.languageTag === 'string' && typeof l.file === 'string'
      ? [{ languageTag: l.languageTag, file: l.file }]
      : [],
  );
}

/** Path of the localization schema @microsoft/app-manifest ships next to a manifest schema version. */
export function bundledLocalizationSchemaPath(version: string): string {
  return join(dirname(bundledSchemaPath(version)), 'MicrosoftTeams.Localization.schema.json');
}

/** Validates a language file against the bundled localization schema of the manifest's version, offline. */
export async function validateLocalizationSchema(
  manifest: ManifestShape,
  strings: Readonly<Record<string, unknown>>,
): Promise<string[]> {
  const version = typeof manifest.$schema === 'string' ? SCHEMA_URL.exec(manifest.$schema)?.[1] : undefined;
  if (!version || !existsSync(bundledLocalizationSchemaPath(version)))
    return [`no bundled localization schema for the manifest's $schema ${String(manifest.$schema)}`];
  const schema = JSON.parse(readFileSync(bundledLocalizationSchemaPath(version), 'utf8')) as {
    patternProperties?: Record<string, unknown>;
  };
  // The schema's activityTypes patterns close their index with a bare ']' ("…12[0-7])\\b]\\.description$"), which
  // only a non-Unicode RegExp accepts; ajv compiles patterns with the 'u' flag and throws. Escaping that one bracket
  // keeps the pattern's meaning.
  if (schema.patternProperties)
    schema.patternProperties = Object.fromEntries(
      Object.entries(schema.patternProperties).map(([pattern, rule]) => [
        pattern.replaceAll('\\b]', '\\b\\]'),
        rule,
      ]),
    );
  // Given a schema, validateAgainstSchema checks any object against it (draft-04 here), offline. Its types only
  // name manifests; a language file is a flat object of strings, hence the casts.
  const errors = await AppManifestUtils.validateAgainstSchema(strings as never, schema as never);
  return errors.map((e) => (e.startsWith(' ') ? `(root)${e}` : e));
}

/**
 * Every string of the manifest that a language file can replace, by the key the localization schema uses for it
 * ("staticTabs[0].name"). Teams shows these to people: the app's name and description in the store, the personal
 * tab's name, the Outlook ribbon button, and the activity feed's notifications.
 */
export function localizableStrings(manifest: ManifestShape): Map<string, string> {
  const out = new Map<string, string>();
  const put = (key: string, value: unknown) => {
    if (typeof value === 'string') out.set(key, value);
  };
  const name = manifest.name as { short?: unknown; full?: unknown } | undefined;
  const description = manifest.description as { short?: unknown; full?: unknown } | undefined;
  put('name.short', name?.short);
  put('name.full', name?.full);
  put('description.short', description?.short);
  put('description.full', description?.full);
  (manifest.staticTabs ?? []).forEach((t, i) => put(`staticTabs[${i}].name`, (t as { name?: unknown }).name));
  type Control = { label?: unknown; supertip?: { title?: unknown; description?: unknown } };
  type Ribbon = { tabs?: { groups?: { label?: unknown; controls?: Control[] }[] }[] };
  const extensions = (manifest.extensions ?? []) as { ribbons?: Ribbon[] }[];
  extensions.slice(0, 1).forEach((ext, e) =>
    (ext.ribbons ?? []).forEach((ribbon, r) =>
      (ribbon.tabs ?? []).forEach((tab, t) =>
        (tab.groups ?? []).forEach((group, g) => {
          const at = `extensions[${e}].ribbons[${r}].tabs[${t}].groups[${g}]`;
          put(`${at}.label`, group.label);
          (group.controls ?? []).forEach((control, c) => {
            put(`${at}.controls[${c}].label`, control.label);
            put(`${at}.controls[${c}].supertip.title`, control.supertip?.title);
            put(`${at}.controls[${c}].supertip.description`, control.supertip?.description);
          });
        }),
      ),
    ),
  );
  const activities = manifest.activities as
    { activityTypes?: { description?: unknown; templateText?: unknown }[] } | undefined;
  (activities?.activityTypes ?? []).forEach((a, i) => {
    put(`activities.activityTypes[${i}].description`, a.description);
    put(`activities.activityTypes[${i}].templateText`, a.templateText);
  });
  return out;
}

/**
 * What the schema can't see: a language file must translate every string people read (or they see English in the
 * middle of German), name only strings the manifest has, and keep each notification's {placeholders}, which Teams
 * fills from the templateParameters Roundtable sends.
 */
export function checkLanguageFile(
  manifest: ManifestShape,
  strings: Readonly<Record<string, unknown>>,
): string[] {
  const problems: string[] = [];
  const source = localizableStrings(manifest);
  for (const key of Object.keys(strings)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    if (!source.has(key)) problems.push(`"${key}" names no string in the manifest`);
  }
  for (const [key, english] of source) {
    const translated = strings[key];
    if (typeof translated !== 'string' || translated.trim() === '') {
      problems.push(`"${key}" has no translation (the manifest says "${english}")`);
      continue;
    }
    const placeholders = (text: string) =>
      [...text.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join(', ');
    if (placeholders(translated) !== placeholders(english))
      problems.push(
        `"${key}" uses {${placeholders(translated)}} but the manifest's text uses {${placeholders(english)}}`,
      );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Icons

export type IconRule = {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** Outline icons: white strokes on a transparent background. */
  readonly transparentWhite: boolean;
};

export const COLOR_ICON: IconRule = { name: 'color icon', width: 192, height: 192, transparentWhite: false };
export const OUTLINE_ICON: IconRule = { name: 'outline icon', width: 32, height: 32, transparentWhite: true };
export const COLOR32_ICON: IconRule = {
  name: 'color32x32 icon',
  width: 32,
  height: 32,
  transparentWhite: false,
};

/**
 * Icon rules from the Teams app package docs (platform-facts.md §9): color 192x192; outline 32x32, white
 * on transparent. "White" allows anti-aliased edges: any pixel that isn't fully transparent must be white-ish.
 */
export function checkIcon(png: Buffer, rule: IconRule): string[] {
  let image: PNG;
  try {
    image = PNG.sync.read(png);
  } catch (error) {
    return [`${rule.name} is not a readable PNG (${error instanceof Error ? error.message : String(error)})`];
  }
  const problems: string[] = [];
  if (image.width !== rule.width || image.height !== rule.height) {
    problems.push(
      `${rule.name} must be ${rule.width}x${rule.height} pixels, got ${image.width}x${image.height}`,
    );
  }
  if (rule.transparentWhite) {
    let transparent = 0;
    let nonWhite = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = image.data.subarray(i, i + 4);
      if (a === 0) transparent += 1;
      // Ignore nearly invisible pixels: their colour doesn't show and editors leave junk there.
      else if (a > 16 && (r < 240 || g < 240 || b < 240)) nonWhite += 1;
    }
    if (transparent === 0)
      problems.push(`${rule.name} must have a transparent background (no transparent pixels)`);
    if (nonWhite > 0)
      problems.push(`${rule.name} must be white on transparent (${nonWhite} visible non-white pixels)`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// The zip

// A fixed timestamp makes the zip byte-for-byte reproducible, so an unchanged app yields an unchanged package.
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

export async function buildZip(files: Readonly<Record<string, Buffer | string>>): Promise<Buffer> {
  const zip = new JSZip();
  for (const name of Object.keys(files).sort()) {
    zip.file(name, files[name] ?? '', { date: ZIP_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * Teams requires manifest.json and the icons at the root of the zip, not inside a folder (the most common
 * reason an upload fails with "manifest.json not found"), and rejects a package whose manifest names an icon
 * that isn't there. Extra files are flagged too: the package should contain exactly what the manifest uses.
 */
export async function checkZipLayout(zipBytes: Buffer): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(zipBytes);
  } catch (error) {
    return [`the package is not a readable zip (${error instanceof Error ? error.message : String(error)})`];
  }
  const entries = Object.values(zip.files);
  const problems: string[] = [];
  for (const entry of entries) {
    if (entry.dir || entry.name.includes('/'))
      problems.push(`"${entry.name}" must not be in a folder; put files at the zip root`);
  }
  const manifestEntry = zip.file('manifest.json');
  if (!manifestEntry) return [...problems, 'manifest.json is missing from the zip root'];
  let manifest: ManifestShape;
  try {
    manifest = JSON.parse(await manifestEntry.async('string')) as ManifestShape;
  } catch {
    return [...problems, 'manifest.json in the zip is not valid JSON'];
  }
  const expected = expectedPackageFiles(manifest);
  const present = entries.filter((e) => !e.dir).map((e) => e.name);
  for (const name of expected)
    if (!present.includes(name))
      problems.push(`"${name}" is referenced by the manifest but missing from the zip`);
  for (const name of present)
    if (!expected.includes(name) && !name.includes('/'))
      problems.push(`unexpected file "${name}" in the zip`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Scopes: one list in the code (src/compose/agendaScopes.ts), checked against both manifests

/**
 * Microsoft Graph's delegated permission ids, by scope name, for the Entra manifest's requiredResourceAccess.
 * Source: the Microsoft Graph permissions reference, https://learn.microsoft.com/graph/permissions-reference
 * ("Identifier", Delegated column). Only the scopes Roundtable requests; add a row when the code asks for more
 * and the unit test tells you which one is missing.
 */
export const GRAPH_DELEGATED_PERMISSION_IDS: Readonly<Record<string, string>> = {
  'Calendars.Read': '465a38f9-76ea-45b9-9f34-9e8b0d4b0b42',
  'Calendars.ReadWrite': '1ec239c2-d7c9-4623-a91a-a9775856bb36',
  'User.Read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
  'User.ReadBasic.All': 'b340eb25-3456-403f-be2f-af7a0d370277',
  'Team.ReadBasic.All': '485be79e-c497-4b35-9400-0e3fa7f2a5d4',
  'Files.ReadWrite.All': '863451e7-0667-486c-a5d6-d135439485f0',
  'Tasks.ReadWrite': '2219042f-cab5-40cc-b0d2-16b1540b4c5f',
  'Chat.ReadBasic': '9547fcb5-d03f-419d-9948-5928bbf71b0f',
  // Asked only when a recap is sent (RECAP_CHAT_SCOPES, RECAP_MAIL_SCOPES); ids from the Graph permissions reference.
  'ChatMessage.Send': '116b7235-7cc6-461e-b163-8e55691d839e',
  'Chat.Read': 'f501c180-9344-439a-bca0-6cbf209fd270',
  'Mail.Send': 'e383f46e-2787-4529-855e-0e479a3ffac0',
  // "Send a teamwork activity as the user"; also mirrored in merill/graph-permissions-explorer TeamsActivity.Send.md.
  'TeamsActivity.Send': '7ab1d787-bae7-4d5d-8db6-37ea32df9186',
};
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

type NestedAppAuthInfo = { readonly redirectUri?: unknown; readonly scopes?: unknown };

/**
 * The host prefetches a token for `nestedAppAuthInfo[].scopes` and hands it over only when the app's first
 * token request asks for the same scopes (platform-facts.md; issue #13 "The prefetch is wasted"), so the list
 * must equal, in order, what the app asks for first: AGENDA_SCOPES.
 */
export function checkPrefetchScopes(manifest: ManifestShape, firstScopes: readonly string[]): string[] {
  const info = (manifest.webApplicationInfo as { nestedAppAuthInfo?: unknown } | undefined)
    ?.nestedAppAuthInfo;
  if (!Array.isArray(info) || info.length === 0) {
    return ['/webApplicationInfo/nestedAppAuthInfo is missing: the host cannot prefetch a token'];
  }
  const problems: string[] = [];
  (info as NestedAppAuthInfo[]).forEach((entry, i) => {
    const scopes = Array.isArray(entry.scopes) ? (entry.scopes as unknown[]) : [];
    if (JSON.stringify(scopes) !== JSON.stringify(firstScopes)) {
      problems.push(
        `/webApplicationInfo/nestedAppAuthInfo/${i}/scopes must equal, in order, the scopes the app asks for ` +
          `first (src/compose/agendaScopes.ts AGENDA_SCOPES): expected ${JSON.stringify(firstScopes)}, ` +
          `got ${JSON.stringify(scopes)}`,
      );
    }
  });
  return problems;
}

type EntraManifestShape = {
  readonly signInAudience?: unknown;
  readonly replyUrlsWithType?: readonly { readonly url?: unknown; readonly type?: unknown }[];
  readonly requiredResourceAccess?: readonly {
    readonly resourceAppId?: unknown;
    readonly resourceAccess?: readonly { readonly id?: unknown; readonly type?: unknown }[];
  }[];
  readonly [key: string]: unknown;
};

/**
 * The Entra manifest (aad.manifest.json, Agents Toolkit format) declares exactly the delegated Graph
 * permissions the code requests (every scope any request asks for, nothing else) and the SPA redirect URIs
 * for NAA and the popup fallback.
 */
export function checkEntraManifest(entra: EntraManifestShape, requestedScopes: readonly string[]): string[] {
  const problems: string[] = [];
  const wanted = new Map<string, string>();
  for (const scope of new Set(requestedScopes)) {
    const id = GRAPH_DELEGATED_PERMISSION_IDS[scope];
    if (id) wanted.set(id, scope);
    else problems.push(`no permission id known for "${scope}": add it to GRAPH_DELEGATED_PERMISSION_IDS`);
  }
  const graph = (entra.requiredResourceAccess ?? []).filter(
    (r) => r.resourceAppId === MICROSOFT_GRAPH_APP_ID,
  );
  const declared = graph.flatMap((r) => r.resourceAccess ?? []);
  for (const access of declared) {
    if (access.type !== 'Scope')
      problems.push(`requiredResourceAccess: ${String(access.id)} must be a delegated "Scope"`);
    if (typeof access.id !== 'string' || !wanted.has(access.id)) {
      problems.push(`requiredResourceAccess: ${String(access.id)} is not a scope the app requests`);
    }
  }
  const declaredIds = new Set(declared.map((a) => a.id));
  for (const [id, scope] of wanted) {
    if (!declaredIds.has(id)) problems.push(`requiredResourceAccess lacks ${scope} (${id})`);
  }
  const spa = (entra.replyUrlsWithType ?? []).filter((r) => r.type === 'Spa').map((r) => r.url);
  for (const url of ['brk-multihub://${{TAB_DOMAIN}}', '${{TAB_ENDPOINT}}/auth-redirect.html']) {
    if (!spa.includes(url)) problems.push(`replyUrlsWithType lacks the SPA redirect URI ${url}`);
  }
  return problems;
}
