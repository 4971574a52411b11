// The route (navigation/meetingRoute) kept in the page's URL: opening a meeting or choosing a step adds a history
// entry, so the browser's Back and Forward (Teams on the web included: the tab's frame shares the window's history)
// walk through them, and a reload or a copied address opens the same meeting at the same step.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  decodeRoute,
  LIST_ROUTE,
  routeFromSearch,
  sameRoute,
  searchWithRoute,
  type MeetingRoute,
} from './meetingRoute';

function urlFor(route: MeetingRoute): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${searchWithRoute(search, route)}${hash}`;
}

export interface MeetingRouteControl {
  readonly route: MeetingRoute;
  /** Goes to the route with a new history entry (nothing happens when it is where the app already is). */
  readonly navigate: (next: MeetingRoute) => void;
  /**
   * The host's back button (Teams mobile: pages.backStack): steps back through the app's own entries and answers
   * true, or answers false when there are none, so the host handles it.
   */
  readonly back: () => boolean;
}

/** How many of the app's own entries lie behind this one (kept in history.state, so Back and Forward keep it). */
const depthOf = (state: unknown): number => {
  const d = (state as { roundtableDepth?: unknown } | null)?.roundtableDepth;
  return typeof d === 'number' && d >= 0 ? d : 0;
};

/**
 * @param fallback the host's subPageId (a Teams deep link's subEntityId), used when the URL names no meeting
 * @param beforeLeave asked before Back/Forward takes the user out of an open meeting: calls proceed when the meeting
 *   may be left (its unsaved work saved), or stay when the user chose to stay
 */
export function useMeetingRoute(
  fallback: string | undefined,
  beforeLeave: (proceed: () => void, stay: () => void) => void,
): MeetingRouteControl {
  const [route, setRoute] = useState<MeetingRoute>(
    () => routeFromSearch(window.location.search) ?? decodeRoute(fallback),
  );
  const current = useRef(route);
  current.current = route;
  const leave = useRef(beforeLeave);
  leave.current = beforeLeave;

  // The entry the app opened on names where it opened (a deep link's meeting), so Back returns there, not to the list.
  useEffect(() => {
    window.history.replaceState(
      { roundtableDepth: depthOf(window.history.state) },
      '',
      urlFor(current.current),
    );
  }, []);

  useEffect(() => {
    const onPop = () => {
      const next = routeFromSearch(window.location.search) ?? LIST_ROUTE;
      const was = current.current;
      const leavingMeeting =
        was.opened !== undefined &&
        (next.opened?.iCalUId !== was.opened.iCalUId || next.opened.occurrence !== was.opened.occurrence);
      if (!leavingMeeting) return setRoute(next);
      leave.current(
        () => setRoute(next),
        // Staying: the address goes back to the meeting still on screen.
        () =>
          window.history.pushState(
            { roundtableDepth: depthOf(window.history.state) + 1 },
            '',
            urlFor(current.current),
          ),
      );
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: MeetingRoute) => {
    if (sameRoute(current.current, next)) return;
    window.history.pushState({ roundtableDepth: depthOf(window.history.state) + 1 }, '', urlFor(next));
    current.current = next;
    setRoute(next);
  }, []);

  const back = useCallback(() => {
    if (depthOf(window.history.state) === 0) return false;
    window.history.back();
    return true;
  }, []);

  return { route, navigate, back };
}
