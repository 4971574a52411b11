// `npm run bench`. The sections are TypeScript and reuse the e2e harness (scripts/bench/runBench.ts), so this
// launcher runs them under tsx's loader in a child Node process and passes its exit code on.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'scripts', 'bench', 'runBench.ts')],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
