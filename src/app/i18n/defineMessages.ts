// The message catalogue's switch (issue #16 "Strings live in one message catalogue").
//
// English (en-US) is the catalogue's source: each area of the app declares its strings in `en-US/<area>.ts` with
// defineMessages, and its code imports that module, so every chunk carries only its own area's words and the first
// screen's JavaScript does not grow. Another language is one lazy chunk (`de-DE/index.ts`), typed as the whole
// Catalogue, so a missing or extra message fails the type check. loadLanguage installs it before the first render;
// from then on every message read through an area goes to that language.
//
// Rule for callers: read messages when rendering or when a function runs (`agenda.propose`), never copy one into a
// module-level constant: a constant keeps the English that was there when the module loaded.
import type { Catalogue } from './catalogue';

/** A message is a string, or a function of its values (numbers, names, pre-formatted dates) returning a string. */
export type Messages<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Messages<T[K]>;
};

export type Area = keyof Catalogue;

/** The tag of the language messages are read in: 'en-US' until loadLanguage installs another. */
let language = 'en-US';
let installed: Catalogue | undefined;

/**
 * Declares an area's English messages. Returns an object of the same shape whose every read goes to the installed
 * language's messages for that area (English when none is installed).
 */
export function defineMessages<A extends Area, T extends object>(area: A, english: T): T {
  return new Proxy(english, {
    get(target, key, receiver) {
      const translated = installed?.[area] as Record<PropertyKey, unknown> | undefined;
      if (translated !== undefined && key in translated) return translated[key];
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Installs a whole catalogue (another language); `undefined` goes back to English. */
export function installCatalogue(tag: string, catalogue: Catalogue | undefined): void {
  installed = catalogue;
  language = catalogue === undefined ? 'en-US' : tag;
}

/** The language messages are read in, for the Intl rules inside messages (plurals, lists, numbers). */
export function messageLanguage(): string {
  return language;
}
