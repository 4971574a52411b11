import type { Actor } from '../agenda/agendaTypes';

/** The same actor as everywhere else: actions need its e-mail (ownership) and the note-taker role. */
export type ActionActor = Actor;

/** Those who may assign actions to others: the note-taker, the facilitator and the organizer (DESIGN.md). */
export const mayAssign = (a: Actor): boolean => a.isOrganizer || a.isFacilitator || a.isNoteTaker;
