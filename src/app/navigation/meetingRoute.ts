// Where the app is: the list, or one meeting at one step. It lives in the page's URL (?open=…&step=…) so a meeting
// and its step can be linked to, reloaded, and walked with Back and Forward; inside Teams the same two travel in the
// deep link's subEntityId (TeamsJS context.page.subPageId). Pure: parsing and formatting only.
import { isMeetingStep, type MeetingStep } from './meetingStep';
import type { OpenedMeeting } from '../hooks/resolveOpenMeeting';

export interface MeetingRoute {
  /** Absent: My meetings. */
  readonly opened?: OpenedMeeting;
  /** Absent: the step that matters now (chosen when the meeting's agenda is read). */
  readonly step?: MeetingStep;
}

export const LIST_ROUTE: MeetingRoute = {};

/** The subEntityId / ?open= value: the meeting by iCalUId and occurrence, and the step when one was chosen. */
export function encodeRoute(opened: OpenedMeeting, step?: MeetingStep): string {
  return JSON.stringify(
    step ? { i: opened.iCalUId, o: opened.occurrence, s: step } : { i: opened.iCalUId, o: opened.occurrence },
  );
}

export function decodeRoute(value: string | undefined | null): MeetingRoute {
  if (!value) return LIST_ROUTE;
  try {
    const v: unknown = JSON.parse(value);
    if (typeof v !== 'object' || v === null) return LIST_ROUTE;
    const { i, o, s } = v as { i?: unknown; o?: unknown; s?: unknown };
    if (typeof i !== 'string' || typeof o !== 'string' || i === '') return LIST_ROUTE;
    return { opened: { iCalUId: i, occurrence: o }, ...(isMeetingStep(s) ? { step: s } : {}) };
  } catch {
    return LIST_ROUTE;
  }
}

/** The route a page's query string names: ?open= (the meeting, possibly with its step) and ?step= (the step). */
export function routeFromSearch(search: string): MeetingRoute | undefined {
  const params = new URLSearchParams(search);
  const open = params.get('open');
  if (open === null) return undefined;
  const route = decodeRoute(open);
  const step = params.get('step');
  return route.opened && isMeetingStep(step) ? { ...route, step } : route;
}

/** The same query string with this route in it; every other parameter (the demo's sandbox, a host's) is kept. */
export function searchWithRoute(search: string, route: MeetingRoute): string {
  const params = new URLSearchParams(search);
  params.delete('open');
  params.delete('step');
  if (route.opened) {
    params.set('open', encodeRoute(route.opened));
    if (route.step) params.set('step', route.step);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function sameRoute(a: MeetingRoute, b: MeetingRoute): boolean {
  return (
    a.opened?.iCalUId === b.opened?.iCalUId &&
    a.opened?.occurrence === b.opened?.occurrence &&
    a.step === b.step
  );
}
