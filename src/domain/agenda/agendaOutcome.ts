// The frozen outcome of a closed vote (DESIGN.md "History is frozen"): what the agenda of one occurrence was when
// voting closed. It is a copy, not a derivation: titles, authors, tallies, ranks and time boxes are stored as they
// stood, so a later merge, edit, withdrawal or carry-over can't rewrite a closed, published or running agenda.
import type { UserId } from '../ids';
import type { TimeBoxResult } from './timeBoxAgenda';

export interface OutcomeTopic {
  readonly id: string;
  readonly title: string;
  /** The topic's outcome kind (seriesDocument's OutcomeKind), as it stood. */
  readonly outcome: 'decide' | 'discuss' | 'inform';
  readonly estimateMinutes: number;
  readonly author: UserId;
  readonly authorName: string;
  readonly votes: number;
  readonly voters: number;
  /** How many closed agendas before this one had weighed it and left it parked. */
  readonly deferred: number;
  readonly rank: number;
  readonly tied: boolean;
  /** Topics merged into this one when voting closed. */
  readonly mergedFrom: readonly string[];
}

export interface AgendaOutcome {
  /** Epoch ms of the closing write's stamp. */
  readonly closedAt: number;
  readonly closedBy: UserId;
  readonly closedByName: string;
  /** The meeting's length the time boxes were fitted to. */
  readonly meetingMinutes: number;
  readonly voterCount: number;
  /** The first `boulderCount` topics of `ranking` made the cut; the rest is the parking lot. */
  readonly boulderCount: number;
  /** Every candidate, ranked (votes, then deferrals, then age). */
  readonly ranking: readonly OutcomeTopic[];
  readonly timeBox: TimeBoxResult;
}
