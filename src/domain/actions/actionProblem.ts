// Why an action item, note, nudge or recap change was refused, as data: a code and the values its sentence needs. The app words it in the user's
// language (src/app/i18n/problemText.ts); the domain never writes the sentence itself.
export type ActionProblem = never;
