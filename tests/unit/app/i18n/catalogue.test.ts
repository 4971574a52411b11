// The catalogue's switch: English by default, the host's German locale installs German before anything reads a
// message, plurals and lists follow the installed language's Intl rules.
import type { Catalogue } from '../../../../src/app/i18n/catalogue';
import { defineMessages, installCatalogue, messageLanguage } from '../../../../src/app/i18n/defineMessages';
import { formatList, formatNumber, plural } from '../../../../src/app/i18n/format';
import { languageFor, loadLanguage } from '../../../../src/app/i18n/loadLanguage';

// A stand-in area: its English is declared here, its German installed by each test.
const probe = defineMessages('shell', {
  hello: 'Hello',
  dotsLeft: (n: number) => plural(n, { one: 'You have # dot left', other: 'You have # dots left' }),
  nested: { title: 'Title' },
});
const german = {
  shell: {
    hello: 'Hallo',
    dotsLeft: (n: number) => plural(n, { one: 'Sie haben noch # Punkt', other: 'Sie haben noch # Punkte' }),
    nested: { title: 'Titel' },
  },
} as unknown as Catalogue;

afterEach(() => installCatalogue('en-US', undefined));

describe('languageFor: the catalogue language for the locale a host reports', () => {
  it.each([
    ['de-de', 'de-DE'],
    ['de-DE', 'de-DE'],
    ['de-AT', 'de-DE'],
    ['de-CH', 'de-DE'],
    ['DE', 'de-DE'],
    ['de_CH.UTF-8', 'de-DE'],
    ['de@euro', 'de-DE'],
    ['en-us', 'en-US'],
    ['en-US@posix', 'en-US'],
    ['fr-FR', 'en-US'],
    ['dex', 'en-US'],
    ['C', 'en-US'],
    ['', 'en-US'],
    [undefined, 'en-US'],
    [null, 'en-US'],
  ])('%s → %s', (locale, language) => {
    expect(languageFor(locale)).toBe(language);
  });
});

describe('defineMessages', () => {
  it('reads English until another language is installed, then reads that language at every access', () => {
    expect(probe.hello).toBe('Hello');
    expect(probe.dotsLeft(2)).toBe('You have 2 dots left');
    installCatalogue('de-DE', german);
    expect(messageLanguage()).toBe('de-DE');
    expect(probe.hello).toBe('Hallo');
    expect(probe.nested.title).toBe('Titel');
    expect(probe.dotsLeft(1)).toBe('Sie haben noch 1 Punkt');
    installCatalogue('en-US', undefined);
    expect(probe.hello).toBe('Hello');
  });
});

describe('loadLanguage', () => {
  it('installs the German chunk for a German host and marks the document', async () => {
    const doc = { documentElement: { lang: 'en' } } as unknown as Document;
    await expect(loadLanguage('de-AT', doc)).resolves.toBe('de-DE');
    expect(messageLanguage()).toBe('de-DE');
    expect(doc.documentElement.lang).toBe('de');
  });

  it('goes back to English for any other locale, even a malformed one', async () => {
    await loadLanguage('de-de');
    const doc = { documentElement: { lang: 'de' } } as unknown as Document;
    await expect(loadLanguage('en-US@posix', doc)).resolves.toBe('en-US');
    expect(messageLanguage()).toBe('en-US');
    expect(doc.documentElement.lang).toBe('en');
  });
});

describe('plurals, lists and numbers through Intl in the messages’ language', () => {
  it('picks English forms in English', () => {
    expect(plural(1, { one: '# topic', other: '# topics' })).toBe('1 topic');
    expect(plural(0, { one: '# topic', other: '# topics' })).toBe('0 topics');
    expect(plural(0, { zero: 'no topics yet', one: '# topic', other: '# topics' })).toBe('no topics yet');
    expect(formatList(['Dana', 'Lee', 'Sam'])).toBe('Dana, Lee, and Sam');
    expect(formatNumber(1234)).toBe('1,234');
  });

  it('picks German forms, list words and digit grouping in German', () => {
    installCatalogue('de-DE', german);
    expect(plural(1, { one: '# Thema', other: '# Themen' })).toBe('1 Thema');
    expect(plural(3, { one: '# Thema', other: '# Themen' })).toBe('3 Themen');
    expect(formatList(['Dana', 'Lee', 'Sam'])).toBe('Dana, Lee und Sam');
    expect(formatList(['Dana', 'Lee'], 'disjunction')).toBe('Dana oder Lee');
    expect(formatNumber(1234)).toBe('1.234');
  });
});
