// Chooses the messages' language from the host's locale and installs it before the first render.
import { installCatalogue } from './defineMessages';

/** The languages the catalogue ships. English is the source and the fallback for every other locale. */
export type Language = 'en-US' | 'de-DE';

/**
 * The catalogue language for a locale as a host reports it ('de-de', 'de-AT', 'de_CH.UTF-8', 'en-US@posix'…):
 * German for any German locale, English for everything else. A locale that isn't a language tag at all is English.
 */
export function languageFor(locale: string | null | undefined): Language {
  const primary = /^\s*([A-Za-z]{2,3})(?:$|[-_.@])/.exec(locale ?? '')?.[1]?.toLowerCase();
  return primary === 'de' ? 'de-DE' : 'en-US';
}

/**
 * Installs the language for `locale` and marks the document with it (so screen readers pronounce it). German costs
 * one extra chunk, fetched only by German users; if it can't be fetched the app stays in English rather than not
 * starting.
 */
export async function loadLanguage(locale: string | null | undefined, doc?: Document): Promise<Language> {
  const wanted = languageFor(locale);
  let language: Language = 'en-US';
  if (wanted === 'de-DE') {
    try {
      const { deDE } = await import(/* webpackChunkName: "messages-de-DE" */ './de-DE/index');
      installCatalogue('de-DE', deDE);
      language = 'de-DE';
    } catch {
      installCatalogue('en-US', undefined);
    }
  } else {
    installCatalogue('en-US', undefined);
  }
  if (doc) doc.documentElement.lang = language === 'de-DE' ? 'de' : 'en';
  return language;
}
