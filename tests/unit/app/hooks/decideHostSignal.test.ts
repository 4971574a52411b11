import { decideHostSignal } from '../../../../src/app/hooks/decideHostSignal';

describe('decideHostSignal', () => {
  it('waits while loading', () => {
    expect(decideHostSignal({ kind: 'loading' })).toEqual({ kind: 'none' });
  });

  it('reports success once a list, the empty state or an ordinary error is shown', () => {
    expect(decideHostSignal({ kind: 'list', days: [] })).toEqual({ kind: 'success' });
    expect(decideHostSignal({ kind: 'empty' })).toEqual({ kind: 'success' });
    expect(decideHostSignal({ kind: 'error', failure: { kind: 'throttled' } })).toEqual({ kind: 'success' });
  });

  it('reports success for missing consent: the app shows its own message and Try again', () => {
    expect(decideHostSignal({ kind: 'error', failure: { kind: 'consentRequired' } })).toEqual({
      kind: 'success',
    });
  });

  it('reports AuthFailed with the user-facing message for a sign-in that failed outright', () => {
    const failed = decideHostSignal({ kind: 'error', failure: { kind: 'unauthorized' } });
    expect(failed).toMatchObject({ kind: 'authFailed' });
    expect(failed.kind === 'authFailed' && failed.message).toMatch(/sign in again/i);
  });
});
