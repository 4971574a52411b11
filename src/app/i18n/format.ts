// Plurals, lists and numbers inside messages go through Intl in the messages' own language (defineMessages.ts), so
// German messages follow German plural rules and list words without a line of code per language.
import { messageLanguage } from './defineMessages';

/** The plural forms a message gives; 'one' and 'other' are all English and German need, the rest fall to 'other'. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of `forms` that `count` takes in the messages' language (Intl.PluralRules); `#` stands for the number. */
export function plural(count: number, forms: PluralForms): string {
  const lang = messageLanguage();
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  // An exact 0 may have its own wording ("no topics yet") in any language; Intl only knows 'zero' for some.
  const form = count === 0 && forms.zero !== undefined ? 'zero' : rules.select(count);
  const text = forms[form] ?? forms.other;
  return text.replaceAll('#', formatNumber(count));
}

/** "Dana, Lee and Sam" (or "Dana, Lee und Sam"): Intl.ListFormat in the messages' language. */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(messageLanguage(), { style: 'long', type }).format(items);
}

/** A number as the messages' language writes it (1,234 / 1.234). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(messageLanguage()).format(n);
}
