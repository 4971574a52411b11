// `npm run package`: builds and validates the Teams app package, offline.
//
//   env/.env.<TEAMSFX_ENV|test> (+ env/.env.<env>.user, + process env)  ->  identities (no placeholders outside
//   the test env)  ->  ${{VAR}} substitution  ->  prefetch scopes == AGENDA_SCOPES, aad.manifest.json permissions
//   -> JSON schema (bundled in @microsoft/app-manifest) -> cross-field checks -> icon checks -> language files
//   -> appPackage/build/roundtable[.<env>].zip (+ manifest.<env>.json) -> re-read the zip and check its layout
//
// All problems are printed before exiting non-zero, and no package is left behind when anything failed,
// so a stale zip can never be mistaken for a good one. The checks live in scripts/lib/appPackage.ts (typed,
// unit-tested in tests/unit/package); tsx loads that file so this script stays a plain `node` entry point.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import environments from './lib/environment.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await tsImport('./lib/appPackage.ts', import.meta.url);
// The scopes the code requests: the one list both manifests are checked against.
const { AGENDA_SCOPES, PUBLISH_SCOPES, RECAP_CHAT_SCOPES, RECAP_MAIL_SCOPES, NUDGE_SCOPES } = await tsImport(
  '../src/compose/agendaScopes.ts',
  import.meta.url,
);

// Unset means the explicit test environment (fake ids), as for `npm run build`; see scripts/lib/environment.cjs.
const envName = environments.environmentName(process.env);
const manifestDir = join(root, 'manifest');
const buildDir = join(root, 'appPackage', 'build');
// dev keeps the short name the README and CI refer to; other environments get their own file.
const zipPath = join(buildDir, envName === 'dev' ? 'roundtable.zip' : `roundtable.${envName}.zip`);
const resolvedManifestPath = join(buildDir, `manifest.${envName}.json`);
const rel = (p) => relative(root, p);

function fail(title, problems) {
  // Remove outputs from an earlier good run: what's in appPackage/build must always be the validated package.
  rmSync(zipPath, { force: true });
  rmSync(resolvedManifestPath, { force: true });
  console.error(`\npackage: ${title}`);
  for (const p of problems) console.error(`  - ${p}`);
  console.error(
    `\npackage: FAILED (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing written.`,
  );
  process.exit(1);
}

// 1. Environment. The committed file is required; the .user file is optional (local overrides and secrets).
const envFile = join(root, 'env', `.env.${envName}`);
if (!existsSync(envFile)) fail(`environment "${envName}"`, [`${rel(envFile)} does not exist`]);
const { vars } = environments.loadEnvironment(root, process.env);
const identityProblems = environments.identityProblems(vars, envName);
if (identityProblems.length > 0) {
  fail(`environment "${envName}" (${rel(envFile)}) has no usable identity`, identityProblems);
}

// 2. Placeholders.
const templatePath = join(manifestDir, 'manifest.json');
const substitution = lib.substitutePlaceholders(readFileSync(templatePath, 'utf8'), vars);
if (!substitution.ok) {
  fail(
    `${rel(templatePath)} uses variables that are not set in ${rel(envFile)} (or its .user file, or the environment)`,
    substitution.missing.map((name) => `\${{${name}}} is not set`),
  );
}
let manifest;
try {
  manifest = JSON.parse(substitution.text);
} catch (error) {
  fail('the manifest is not valid JSON after substitution', [error.message]);
}

// 3. Schema + cross-field rules + icons: collect everything, then report once.
const problems = [
  ...(await lib.validateManifestSchema(manifest)).map((e) => `schema: ${e}`),
  ...lib.checkManifestConsistency(manifest),
  ...lib.checkPrefetchScopes(manifest, AGENDA_SCOPES),
  ...lib
    .checkEntraManifest(JSON.parse(readFileSync(join(root, 'aad.manifest.json'), 'utf8')), [
      ...AGENDA_SCOPES,
      ...PUBLISH_SCOPES,
      ...RECAP_CHAT_SCOPES,
      ...RECAP_MAIL_SCOPES,
      ...NUDGE_SCOPES,
    ])
    .map((p) => `aad.manifest.json: ${p}`),
];
const iconRules = { color: lib.COLOR_ICON, outline: lib.OUTLINE_ICON, color32x32: lib.COLOR32_ICON };
const files = {};
for (const [key, rule] of Object.entries(iconRules)) {
  const name = manifest.icons?.[key];
  if (typeof name !== 'string') continue; // A missing required icon is already a schema error.
  const path = join(manifestDir, name);
  if (!existsSync(path)) {
    problems.push(`/icons/${key}: ${rel(path)} does not exist`);
    continue;
  }
  files[name] = readFileSync(path);
  problems.push(...lib.checkIcon(files[name], rule).map((p) => `/icons/${key} (${name}): ${p}`));
}
// Language files: the same ${{VAR}} substitution (the short name carries the environment's suffix), the bundled
// localization schema, then every string people read translated, with the notifications' {placeholders} intact.
for (const { languageTag, file } of lib.languageFiles(manifest)) {
  const path = join(manifestDir, file);
  if (!existsSync(path)) {
    problems.push(`/localizationInfo (${languageTag}): ${rel(path)} does not exist`);
    continue;
  }
  const text = lib.substitutePlaceholders(readFileSync(path, 'utf8'), vars);
  if (!text.ok) {
    problems.push(...text.missing.map((name) => `${file}: \${{${name}}} is not set`));
    continue;
  }
  let strings;
  try {
    strings = JSON.parse(text.text);
  } catch (error) {
    problems.push(`${file} is not valid JSON: ${error.message}`);
    continue;
  }
  problems.push(
    ...(await lib.validateLocalizationSchema(manifest, strings)).map((e) => `${file} schema: ${e}`),
    ...lib.checkLanguageFile(manifest, strings).map((e) => `${file}: ${e}`),
  );
  files[file] = text.text;
}
if (problems.length > 0) fail(`${rel(templatePath)} for environment "${envName}" is not valid`, problems);

// 4. Zip, then check the zip we actually produced rather than the inputs we meant to put in it.
const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
const zip = await lib.buildZip({ 'manifest.json': manifestText, ...files });
const layoutProblems = await lib.checkZipLayout(zip);
if (layoutProblems.length > 0) fail('the zip layout is wrong', layoutProblems);

mkdirSync(buildDir, { recursive: true });
writeFileSync(zipPath, zip);
writeFileSync(resolvedManifestPath, manifestText);
console.log(
  `package: OK (${envName}, manifest ${manifest.manifestVersion}, app ${manifest.id} v${manifest.version})\n` +
    `  ${rel(zipPath)}: ${lib.expectedPackageFiles(manifest).join(', ')} (${zip.length} bytes)\n` +
    `  ${rel(resolvedManifestPath)}`,
);
