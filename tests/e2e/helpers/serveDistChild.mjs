// Runs scripts/serve-dist.mjs in its own Node process for the e2e specs: jest's module system cannot load
// an ES module (.mjs) without --experimental-vm-modules, a plain child process can.
// argv: <dist dir> <sandbox url>. Prints one JSON line {"url": …} once listening; stops on SIGTERM or when
// the parent closes our stdin (so a crashed jest worker leaves no server behind).
import { serveDist } from '../../../scripts/serve-dist.mjs';

const [dir, sandboxUrl] = process.argv.slice(2);
const server = await serveDist({ dir, port: 0, host: '127.0.0.1', sandboxUrl });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
