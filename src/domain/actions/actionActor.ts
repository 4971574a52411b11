import type { Actor } from '../agenda/agendaTypes';

/** The agenda actor plus what action items need: the e-mail that makes them an owner, and the note-taker role. */
export interface ActionActor extends Actor {
  readonly email: string;
  readonly isNoteTaker: boolean;
}

/** Those who may assign actions to others: the note-taker, the facilitator and the organizer (DESIGN.md). */
export const mayAssign = (a: ActionActor): boolean => a.isOrganizer || a.isFacilitator || a.isNoteTaker;
