// The layering of DESIGN.md is a lint rule (CONVENTIONS.md §1). These tests lint small probe files as if they lived in
// each layer, so a rule that stops firing (a typo in a pattern, a regex that matches nothing) fails here instead of
// letting the next violation through.
//
// ESLint runs in a child process: its flat config is an ES module, which jest's CommonJS runtime can't import.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

function lint(file: string, code: string): LintMessage[] {
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
      '--stdin',
      '--stdin-filename',
      file,
      '--format',
      'json',
    ],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const report = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return report[0]?.messages ?? [];
}

async function restricted(file: string, code: string): Promise<string[]> {
  return lint(file, code)
    .filter((m) => m.ruleId?.startsWith('no-restricted'))
    .map((m) => m.message);
}

describe('layer rules', () => {
  jest.setTimeout(60_000);

  it('views may not call domain write commands, only dispatch intents', async () => {
    const errors = await restricted(
      'src/app/views/Probe.tsx',
      [
        "import { proposeTopic } from '../../domain/agenda/proposeTopic';",
        "import { applyIntent } from '../../domain/series/applyIntent';",
        "import { castBallot } from '../../domain/agenda/castBallot';",
        'export const probe = [proposeTopic, applyIntent, castBallot];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/dispatch intents/);
  });

  it('views may read the domain read models', async () => {
    const errors = await restricted(
      'src/app/views/Probe.tsx',
      [
        "import { buildAgenda } from '../../domain/agenda/buildAgenda';",
        "import { validateTopic } from '../../domain/agenda/validateTopic';",
        "import { viewRun } from '../../domain/run/viewRun';",
        "import { assertNever } from '../../domain/ids';",
        "import { groupMeetingsByDay } from '../../domain/meetings/groupMeetingsByDay';",
        'export const probe = [buildAgenda, validateTopic, viewRun, assertNever, groupMeetingsByDay];',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it('views may not load TeamsJS, MSAL, auth, compose or the host adapter', async () => {
    const errors = await restricted(
      'src/app/Probe.ts',
      [
        "import { app } from '@microsoft/teams-js';",
        "import { PublicClientApplication } from '@azure/msal-browser';",
        "import { createDemoTokenProvider } from '../auth/createDemoTokenProvider';",
        "import { renderDemo } from '../compose/demo';",
        "import { initializeHost } from '../host/initializeHost';",
        "import type { Host } from '../host/hostTypes';",
        'export const probe = [app, PublicClientApplication, createDemoTokenProvider, renderDemo, initializeHost];',
        'export type P = Host;',
      ].join('\n'),
    );
    expect(errors).toHaveLength(5);
  });

  it('host and auth may not import the views or compose', async () => {
    for (const file of ['src/host/Probe.ts', 'src/auth/Probe.ts']) {
      const errors = await restricted(
        file,
        "import { App } from '../app/App';\nimport { x } from '../compose/demo';\nexport const probe = [App, x];",
      );
      expect(errors).toHaveLength(2);
    }
  });

  it('graph may not import the host or auth', async () => {
    const errors = await restricted(
      'src/graph/core/Probe.ts',
      "import { initializeHost } from '../../host/initializeHost';\nimport { toTokenError } from '../../auth/toTokenError';\nexport const probe = [initializeHost, toTokenError];",
    );
    expect(errors).toHaveLength(2);
  });

  it('the domain may not read the clock, roll dice or load node modules', async () => {
    const rules = lint(
      'src/domain/Probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = () => [Date.now(), Math.random(), new Date(), readFileSync];",
    ).map((m) => m.ruleId);
    expect(rules.filter((r) => r === 'no-restricted-properties')).toHaveLength(2);
    expect(rules.filter((r) => r === 'no-restricted-syntax')).toHaveLength(2);
  });
});
