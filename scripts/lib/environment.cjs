/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: webpack.config.js (CommonJS) and scripts/package.mjs (ESM) both load it without a TypeScript loader. */
'use strict';
// Environments, one source for the build and the package: env/.env.<name> (committed), env/.env.<name>.user
// (local, gitignored), then the process environment, later winning. The Agents Toolkit uses the same files and
// sets their values as process environment variables for the commands it runs (cli/runNpmCommand), so
// `atk deploy` and a plain `npm run build` read the same identities.
//
// TEAMSFX_ENV picks the environment. Unset means "test": the explicit, obviously fake environment that the
// offline test gate and the demo build from. Every other environment is real, and building or packaging it
// with a placeholder identity fails naming the variable, so a bundle can never ship pointing at nothing.
const { existsSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const TEST_ENV = 'test';
/** The identities compiled into the bundle (src/compose/buildIdentity.ts) and written into the manifests. */
const IDENTITY_VARIABLES = ['AAD_APP_CLIENT_ID', 'AAD_APP_TENANT_ID', 'TEAMS_APP_ID'];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZERO_GUID = /^0{8}-0{4}-0{4}-0{4}-0{12}$/;

/**
 * Parses the dotenv subset the Agents Toolkit writes: KEY=VALUE lines, `#` comments, optional single or
 * double quotes. No variable expansion: the toolkit doesn't do it either, and silent expansion hides typos.
 * @param {string} text
 * @returns {Record<string, string>}
 */
function parseEnvFile(text) {
  /** @type {Record<string, string>} */
  const vars = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1] ?? '';
    let value = match[2] ?? '';
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2] ?? '';
    else value = value.replace(/\s+#.*$/, '').trim();
    vars[key] = value;
  }
  return vars;
}

/**
 * Later sources win: env/.env.<name>, then env/.env.<name>.user (local, gitignored), then the process
 * environment, so CI and the toolkit can override any value without editing files.
 * @param {...Readonly<Record<string, string | undefined>>} sources
 * @returns {Record<string, string>}
 */
function mergeEnv(...sources) {
  /** @type {Record<string, string>} */
  const merged = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** @param {Readonly<Record<string, string | undefined>>} processEnv */
function environmentName(processEnv) {
  return processEnv.TEAMSFX_ENV || TEST_ENV;
}

/**
 * Reads env/.env.<name> (+ .user, + the process environment). Throws when the committed file is missing:
 * a typo in TEAMSFX_ENV must not silently build with nothing.
 * @param {string} root the repository root
 * @param {Readonly<Record<string, string | undefined>>} processEnv
 */
function loadEnvironment(root, processEnv) {
  const name = environmentName(processEnv);
  const file = join(root, 'env', `.env.${name}`);
  if (!existsSync(file)) {
    throw new Error(`environment "${name}": ${relative(root, file)} does not exist (TEAMSFX_ENV=${name})`);
  }
  const read = (path) => (existsSync(path) ? parseEnvFile(readFileSync(path, 'utf8')) : {});
  const vars = mergeEnv(read(file), read(`${file}.user`), processEnv);
  return { name, file: relative(root, file), vars };
}

/** @param {string} value */
function isPlaceholder(value) {
  return value === '' || ZERO_GUID.test(value) || value.includes('${{') || /^<.*>$/.test(value);
}

/**
 * What is wrong with an environment's identities, one line per variable, naming it. The test environment may
 * hold fake ids but they must still be well-formed; every other environment must hold real ones.
 * @param {Readonly<Record<string, string | undefined>>} vars
 * @param {string} name the environment name
 * @returns {string[]}
 */
function identityProblems(vars, name) {
  const problems = [];
  const fix =
    name === TEST_ENV
      ? `set it in env/.env.${name}`
      : `run \`atk provision --env ${name}\`, or set it in env/.env.${name} (README "Running against a real tenant")`;
  for (const variable of IDENTITY_VARIABLES) {
    const value = vars[variable];
    if (value === undefined) {
      problems.push(`${variable} is not set: ${fix}`);
      continue;
    }
    if (name !== TEST_ENV && isPlaceholder(value)) {
      problems.push(`${variable} is still a placeholder (${JSON.stringify(value)}): ${fix}`);
      continue;
    }
    // A multitenant registration signs in through "organizations" instead of its home tenant's id.
    const wellFormed = GUID.test(value) || (variable === 'AAD_APP_TENANT_ID' && value === 'organizations');
    if (!wellFormed) {
      const expected = variable === 'AAD_APP_TENANT_ID' ? 'a GUID or "organizations"' : 'a GUID';
      problems.push(`${variable} must be ${expected}, got ${JSON.stringify(value)}: ${fix}`);
    }
  }
  return problems;
}

/**
 * The environment's identities, or an Error listing every problem (for webpack.config.js).
 * @param {string} root
 * @param {Readonly<Record<string, string | undefined>>} processEnv
 */
function readBuildIdentity(root, processEnv) {
  const environment = loadEnvironment(root, processEnv);
  const problems = identityProblems(environment.vars, environment.name);
  if (problems.length > 0) {
    throw new Error(
      `Can't build for environment "${environment.name}" (${environment.file}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  }
  return {
    environment: environment.name,
    clientId: environment.vars.AAD_APP_CLIENT_ID ?? '',
    tenantId: environment.vars.AAD_APP_TENANT_ID ?? '',
    teamsAppId: environment.vars.TEAMS_APP_ID ?? '',
  };
}

module.exports = {
  TEST_ENV,
  IDENTITY_VARIABLES,
  parseEnvFile,
  mergeEnv,
  environmentName,
  loadEnvironment,
  identityProblems,
  readBuildIdentity,
};
