import { resolveLocale } from '../../../../src/app/locale/resolveLocale';

// Whatever a browser, a host or an environment reports, the answer is either a tag Intl accepts or undefined
// (Intl's own default). Never a throw.
const nasty: ReadonlyArray<string | null | undefined> = [
  'en-US@posix',
  'C',
  'C.UTF-8',
  'POSIX',
  '',
  '   ',
  'en_GB.UTF-8',
  'de-DE-u-co-phonebk',
  'xx-invalid-!!',
  'en-US,de',
  '@posix',
  undefined,
  null,
];

describe('resolveLocale', () => {
  it.each([
    ['en-US@posix', 'en-US'],
    ['en_GB.UTF-8', 'en-GB'],
    ['de_DE.UTF-8@euro', 'de-DE'],
    ['de-DE-u-co-phonebk', 'de-DE-u-co-phonebk'],
    ['en-us', 'en-US'],
    [' fr-FR ', 'fr-FR'],
    ['zh_Hant_TW', 'zh-Hant-TW'],
  ])('repairs %p to %p', (raw, tag) => {
    expect(resolveLocale(raw)).toBe(tag);
  });

  it.each(['C', 'C.UTF-8', 'POSIX', 'posix', '', '   ', 'xx-invalid-!!', 'en-US,de', '@posix'])(
    'finds no locale in %p',
    (raw) => {
      expect(resolveLocale(raw)).toBeUndefined();
    },
  );

  it('finds no locale in nothing', () => {
    expect(resolveLocale(undefined)).toBeUndefined();
    expect(resolveLocale(null)).toBeUndefined();
    expect(resolveLocale()).toBeUndefined();
    // It crossed a postMessage boundary: the types are a hope, not a fact.
    expect(resolveLocale(42 as unknown as string)).toBeUndefined();
  });

  it('skips a well-formed tag the runtime has no data for, so a later candidate can win', () => {
    expect(resolveLocale('xx', 'fr-FR')).toBe('fr-FR');
  });

  it('takes the first candidate that can be repaired', () => {
    expect(resolveLocale(undefined, 'C.UTF-8', 'xx-invalid-!!', 'en-US@posix', 'de-DE')).toBe('en-US');
    expect(resolveLocale('', 'POSIX', 'nl_NL.UTF-8')).toBe('nl-NL');
  });

  it.each(nasty)('gives Intl something it accepts for %p', (raw) => {
    const locale = resolveLocale(raw);
    const day = new Date(Date.UTC(2025, 2, 13, 12));
    expect(() => new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(day)).not.toThrow();
    expect(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day')).not.toThrow();
    expect(() => day.toLocaleDateString(locale, { day: 'numeric', month: 'short' })).not.toThrow();
    expect(() => 'i'.toLocaleUpperCase(locale)).not.toThrow();
  });
});
