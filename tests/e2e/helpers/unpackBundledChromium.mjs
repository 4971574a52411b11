// Unpacks the Chromium that `npm ci` installs with @sparticuz/chromium (a brotli-compressed headless shell) and
// prints one JSON line {"executablePath", "libraryPath"}. It is the last resort of launchChromium.ts, so the
// browser tests need nothing but `npm ci` (shared/DESIGN.md "Testing a Teams app without Teams").
//
// A child process, like serveDistChild.mjs: the package is ES-module only, which jest cannot load without
// --experimental-vm-modules.
//
// Why not just `await chromium.executablePath()` in place: it unpacks into os.tmpdir() (/tmp/chromium,
// /tmp/fonts, the swiftshader libraries loose in /tmp), returns whatever /tmp/chromium already holds (another
// version, another project's, or a half-written file while a parallel jest worker is still unpacking). So we
// point TMPDIR at a private staging directory for the package's own unpacker, then rename the result into a
// directory named after the package version. A rename is atomic: a reader sees the whole browser or nothing, and
// two workers that unpack at once simply both finish (the loser's copy is thrown away). No lock is needed.
// The cache lives in node_modules/.cache, so `npm ci` starts it afresh.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(join(projectRoot, 'package.json'));

// The package's "exports" only exposes ".", which resolves to <package>/build/index.js.
const packageDir = resolve(dirname(require.resolve('@sparticuz/chromium')), '..');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const cacheRoot = join(projectRoot, 'node_modules', '.cache', 'sparticuz-chromium');
const target = join(cacheRoot, version);

function describe(dir) {
  // On Amazon Linux 2023 (Lambda, CodeBuild, Vercel) the package also unpacks the shared libraries the browser
  // needs there, and expects them on LD_LIBRARY_PATH (its helper.js setupLambdaEnvironment).
  const libraryPath = join(dir, 'al2023', 'lib');
  return {
    executablePath: join(dir, 'chromium'),
    libraryPath: existsSync(libraryPath) ? libraryPath : null,
  };
}

if (!existsSync(join(target, 'chromium'))) {
  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(join(cacheRoot, `.unpack-${version}-`));
  try {
    // os.tmpdir() reads TMPDIR on every call, and this process exists only to unpack.
    process.env.TMPDIR = staging;
    const { default: chromium } = await import('@sparticuz/chromium');
    const unpacked = await chromium.executablePath();
    if (unpacked !== join(staging, 'chromium')) {
      throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, expected ${join(staging, 'chromium')}`);
    }
    try {
      renameSync(staging, target);
    } catch (error) {
      // Another worker got there first (ENOTEMPTY/EEXIST); its copy is as good as ours.
      if (!existsSync(join(target, 'chromium'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

process.stdout.write(`${JSON.stringify(describe(target))}\n`);
