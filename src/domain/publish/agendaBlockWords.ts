// The words of the agenda block in the invitation (agendaBlock.ts), in the language of whoever publishes: the domain
// builds the block and the app's message catalogue (src/app/i18n, area `published`) supplies the words.
//
// The words are HTML: their own text holds no markup characters (< & "), and every value passed in is already
// escaped by the renderer, so a message may put it anywhere in its sentence. The block's markers (comments, id and
// the "Roundtable agenda" sentinels in agendaMarkers.ts) are not words: they stay the same in every language, so a
// block published in one language is found and replaced by a publish in another.
import type { BoulderOutcome, CommitmentState } from './agendaBlock';

export interface AgendaBlockWords {
  /**
   * The words' language (a BCP 47 tag). It is part of the block's revision, so republishing an unchanged agenda in
   * another language rewrites the block; 'en-US' leaves revisions as they were before the words were translatable.
   */
  readonly language: string;
  readonly agenda: string;
  readonly proposedTopics: string;
  readonly decisions: string;
  readonly roles: string;
  readonly parkingLot: string;
  readonly commitments: string;
  readonly noTopics: string;
  readonly noRoles: string;
  readonly unassigned: string;
  readonly noOwner: string;
  readonly noDueDate: string;
  readonly due: (date: string) => string;
  readonly heldBy: (holder: string) => string;
  /** A time box's length, as short as fits a 72 px column: "15&#160;min". */
  readonly minutes: (count: string) => string;
  readonly deferred: (times: number) => string;
  readonly votingOpenUntil: (closes: string) => string;
  readonly openInApp: string;
  readonly openInAppNoLink: (url: string) => string;
  readonly outcome: { readonly [O in BoulderOutcome]: string };
  readonly state: { readonly [S in CommitmentState]: string };
  /** A decision whose topic is gone from the document. */
  readonly untitledTopic: string;
}
