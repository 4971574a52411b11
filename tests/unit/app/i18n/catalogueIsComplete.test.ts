// "Strings live in one message catalogue" (issue #16), checked three ways:
// - no shipped source file still writes words people read (scripts/lib/untranslatedStrings.cjs, tested here first so
//   a scanner that stopped seeing strings can't pass the rest);
// - German has exactly English's messages, at run time too (tsc checks the types; a cast could hide a gap);
// - German strings are German: none is the English text copied over, apart from words both languages share.
import { join } from 'node:path';
import { untranslatedIn, untranslatedUnder } from '../../../../scripts/lib/untranslatedStrings.cjs';
import type { Catalogue } from '../../../../src/app/i18n/catalogue';
import { catalogueLeaves as leaves, englishCatalogue as english } from '../../../fixtures/englishCatalogue';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';

const root = join(__dirname, '..', '..', '..', '..');

describe('the scanner for words written into code', () => {
  const scan = (code: string, file = 'probe.tsx') => untranslatedIn(file, code).map((f) => f.text);

  it('sees JSX text, text attributes, text properties and prose', () => {
    expect(
      scan(`
        const a = <Button title="Close voting">Propose a topic</Button>;
        const b = { label: 'Save' };
        const c = \`Voting closes at \${time}\`;
        const d = 'It may have been deleted or moved.';
        const e = <Field label={'Owner'} />;
      `),
    ).toEqual([
      'Close voting',
      'Propose a topic',
      'Save',
      'Voting closes at  x',
      'It may have been deleted or moved.',
      'Owner',
    ]);
  });

  it('leaves code alone: imports, types, comparisons, keys, styles, errors for developers, marked lines', () => {
    expect(
      scan(`
        import { Button } from '@fluentui/react-components';
        type Kind = 'Not Found' | 'Moved Away';
        if (e.key === 'Escape Key') go();
        switch (x) { case 'Some Case': break; }
        const map = { 'Content Type': 1, kind: 'Big Kind', id: 'Some Id' };
        const styles = makeStyles({ root: { fontFamily: 'Segoe UI Variable' } });
        const el = <div className="Main Area" data-testid="Topic Row" />;
        throw new Error('This is a bug in the caller');
        console.warn('Something odd happened here');
        // i18n-ignore: Graph's error code, compared, never shown
        const code = 'ErrorItemNotFound Here';
      `),
    ).toEqual([]);
  });

  it('finds nothing written into code in the app, the entry points, the domain, the use-cases or the host adapters', () => {
    const found = untranslatedUnder(root, [
      'src/app',
      'src/compose',
      'src/domain',
      'src/usecases',
      'src/host',
    ]);
    expect(found.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });
});

describe('German has every message English has', () => {
  it.each(Object.keys(english) as (keyof Catalogue)[])(
    'area %s: the same messages, of the same kinds',
    (area) => {
      const en = leaves(english[area]).map(([path, v]) => [path, typeof v]);
      const de = leaves(deDE[area]).map(([path, v]) => [path, typeof v]);
      expect(de).toEqual(en);
    },
  );

  // Words German spells as English does (product names, loanwords); anything else equal to the English is a
  // message nobody translated.
  const SAME_IN_BOTH = new Set(
    [
      'Roundtable',
      'Microsoft 365',
      'Teams',
      'Outlook',
      'Planner',
      'In Planner',
      'Markdown',
      'CSV',
      'Person',
      'OK',
      'Name',
      'Status',
      'Agenda',
      'Details',
      'Team',
    ].map((w) => w.toLowerCase()),
  );

  it.each(Object.keys(english) as (keyof Catalogue)[])('area %s: every German string is German', (area) => {
    const de = new Map(leaves(deDE[area]));
    const copied = leaves(english[area]).filter(
      ([path, v]) =>
        typeof v === 'string' &&
        /\p{L}/u.test(v) &&
        de.get(path) === v &&
        !SAME_IN_BOTH.has(v.trim().toLowerCase()),
    );
    expect(copied).toEqual([]);
  });

  // Functions are called with stand-in values (numbers, then names, then an object whose every field is 2) and their
  // sentences compared: a German function that returns the English sentence is as untranslated as a copied string.
  const sample = new Proxy(
    {},
    { get: (_t, key) => (key === Symbol.toPrimitive ? () => 2 : key === 'code' ? 'x' : 2) },
  );
  const call = (fn: (...args: unknown[]) => string): string | undefined => {
    for (const value of [2, 'Dana', sample]) {
      try {
        const out = fn(...Array.from({ length: Math.max(fn.length, 1) }, () => value));
        if (typeof out === 'string') return out;
      } catch {
        // Try the next kind of stand-in.
      }
    }
    return undefined;
  };

  it.each(Object.keys(english) as (keyof Catalogue)[])(
    'area %s: every German sentence with values is German',
    (area) => {
      const de = new Map(leaves(deDE[area]));
      const copied = leaves(english[area]).filter(([path, v]) => {
        const translated = de.get(path);
        if (typeof v !== 'function' || typeof translated !== 'function') return false;
        const en = call(v as never);
        // German sentences are made with German's Intl rules (plurals, lists), as when German is installed.
        installCatalogue('de-DE', deDE);
        const ge = call(translated as never);
        installCatalogue('en-US', undefined);
        return en !== undefined && /\p{L}{3,}/u.test(en) && en === ge;
      });
      expect(copied.map(([path]) => path)).toEqual([]);
    },
  );
});
