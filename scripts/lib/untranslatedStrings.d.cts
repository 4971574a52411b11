export interface Untranslated {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}
export function untranslatedIn(file: string, sourceText: string): Untranslated[];
export function untranslatedUnder(root: string, paths: readonly string[]): Untranslated[];
export function sourceFilesUnder(root: string, paths: readonly string[]): string[];
