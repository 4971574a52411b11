// Lists the words people read that are still written into the code (scripts/lib/untranslatedStrings.cjs).
// Usage: node scripts/untranslated.mjs [path…]   (default: every folder the catalogue test scans)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import untranslated from './lib/untranslatedStrings.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const paths = process.argv.slice(2);
const found = untranslated.untranslatedUnder(
  root,
  paths.length > 0 ? paths : ['src/app', 'src/compose', 'src/domain', 'src/usecases', 'src/host'],
);
for (const f of found) console.log(`${f.file}:${f.line}  ${f.text}`);
console.log(`${found.length} untranslated`);
