import { useEffect, useRef } from 'react';
import type { Host } from '../../host/hostTypes';
import { decideHostSignal } from './decideHostSignal';
import type { MeetingsViewState } from './deriveMeetingsViewState';

/** Signals the host exactly once, after the first meaningful render (effects run after commit). */
export function useHostLoadSignal(host: Host, state: MeetingsViewState): void {
  const signalled = useRef(false);
  useEffect(() => {
    if (signalled.current) return;
    const signal = decideHostSignal(state);
    if (signal.kind === 'none') return;
    signalled.current = true;
    if (signal.kind === 'success') host.notifySuccess();
    else host.notifyFailure('authFailed', signal.message);
  }, [host, state]);
}
