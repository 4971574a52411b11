import { useCallback, useEffect, useState } from 'react';
import type { Meeting } from '../../domain/meetings/meeting';
import { err } from '../../domain/result';
import { listMyMeetings, listPastMeetings } from '../../usecases/listMyMeetings';
import type { Outcome } from '../../usecases/ports';
import type { LoadServices } from '../AppServices';
import { failureFromError } from './failureFromError';

export interface MyMeetingsRequestState {
  readonly loading: boolean;
  readonly outcome?: Outcome<readonly Meeting[]>;
  /** The clock reading the request was made with, so "Today" matches the window that was read. */
  readonly now: Date;
  readonly retry: () => void;
  /** The last four weeks, read only when asked for (showPast); absent until then. */
  readonly past?: { readonly loading: boolean; readonly outcome?: Outcome<readonly Meeting[]> };
  readonly showPast: () => void;
}

/**
 * Reads "My meetings" and re-reads on retry or when `readAs` changes (the demo's "View as").
 * A response that arrives after a newer request started is dropped, so a slow answer for the previous user
 * never overwrites the current one.
 */
export function useMyMeetings(
  loadServices: LoadServices,
  timeZone: string,
  clock: () => Date,
  readAs: string | undefined,
): MyMeetingsRequestState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<MyMeetingsRequestState, 'retry' | 'showPast' | 'past'>>(() => ({
    loading: true,
    now: clock(),
  }));

  useEffect(() => {
    let current = true;
    const now = clock();
    setState((s) => ({ ...s, loading: true, now }));
    loadServices()
      .then((services) => listMyMeetings(services.meetings, { now, timeZone }))
      // Ports return expected failures as values, so this catches the chunk download, MSAL start-up and bugs.
      // Not swallowed: shown as an error, and logged for whoever debugs it.
      .catch((error: unknown) => {
        console.error('Roundtable could not read your meetings', error);
        return err(failureFromError(error));
      })
      .then((outcome) => {
        if (current) setState({ loading: false, outcome, now });
      });
    return () => {
      current = false;
    };
  }, [loadServices, timeZone, clock, readAs, attempt]);

  // Earlier meetings: asked for with a click, read again for another person (view as) while they are shown.
  const [pastWanted, setPastWanted] = useState(0);
  const [past, setPast] = useState<MyMeetingsRequestState['past']>();
  useEffect(() => {
    if (pastWanted === 0) return;
    let current = true;
    setPast({ loading: true });
    loadServices()
      .then((services) => listPastMeetings(services.meetings, { now: clock(), timeZone }))
      .catch((error: unknown) => err(failureFromError(error)))
      .then((outcome) => {
        if (current) setPast({ loading: false, outcome });
      });
    return () => {
      current = false;
    };
  }, [loadServices, timeZone, clock, readAs, pastWanted]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const showPast = useCallback(() => setPastWanted((n) => n + 1), []);
  return { ...state, retry, showPast, ...(past ? { past } : {}) };
}
