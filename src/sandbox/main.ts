// `npx tsx src/sandbox/main.ts`: the Graph sandbox on SANDBOX_PORT (default 4000), loopback only.
import { startSandbox } from './server';

const DEFAULT_PORT = 4000;

async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`SANDBOX_PORT is not a port: ${process.env.SANDBOX_PORT}`);
  const sandbox = await startSandbox({ port, host: process.env.SANDBOX_HOST ?? '127.0.0.1' });
  console.log(`Graph sandbox: http://localhost:${sandbox.port}`);
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
