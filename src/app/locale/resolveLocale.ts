// Every locale the tab hands to Intl or toLocale*String goes through here first. Intl throws a RangeError for a
// malformed tag, and a throw while rendering takes the whole view down, so a locale string is never trusted:
// - Chromium started under a POSIX locale reports navigator.language 'en-US@posix' (LANG=C.UTF-8);
// - POSIX-style values ('en_GB.UTF-8', 'C', 'POSIX') and empty strings come from hosts and environments;
// - the TeamsJS context's app.locale is whatever the host sends (Teams sends lowercase 'en-us').
//
// Returns the first candidate that, repaired, is a well-formed BCP 47 tag the runtime can format in (canonical
// case, Unicode extensions kept), or undefined when none is: Intl then uses the runtime's own default, which is
// always valid. Callers that need a fixed result (pure view state, tests) add `?? 'en-US'`.
export function resolveLocale(...candidates: ReadonlyArray<string | null | undefined>): string | undefined {
  for (const candidate of candidates) {
    const tag = repairedTag(candidate);
    if (tag !== undefined) return tag;
  }
  return undefined;
}

function repairedTag(raw: unknown): string | undefined {
  // Typed as string, but it crossed a postMessage boundary (TeamsJS context) or came from the environment.
  if (typeof raw !== 'string') return undefined;
  // POSIX form language[_territory][.codeset][@modifier]: keep language and territory. BCP 47 has no '.' or '@'.
  const tag = raw
    .trim()
    .replace(/[.@].*$/s, '')
    .replaceAll('_', '-');
  // 'C' and 'POSIX' mean "no locale chosen", not a language.
  if (tag === '' || /^(c|posix)$/i.test(tag)) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    // Well-formed is not enough: 'xx' parses, but the runtime would silently format in something else, and the
    // next candidate may be a locale it really has.
    if (canonical === undefined || Intl.DateTimeFormat.supportedLocalesOf([canonical]).length === 0) {
      return undefined;
    }
    return canonical;
  } catch {
    // RangeError: not a well-formed language tag ('xx-invalid-!!').
    return undefined;
  }
}
