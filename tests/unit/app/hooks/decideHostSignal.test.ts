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

  it('reports AuthFailed with the user-facing message for consent and sign-in failures', () => {
    const consent = decideHostSignal({ kind: 'error', failure: { kind: 'consentRequired' } });
    expect(consent).toMatchObject({ kind: 'authFailed' });
    expect(consent.kind === 'authFailed' && consent.message).toContain('Calendars.Read');
    expect(decideHostSignal({ kind: 'error', failure: { kind: 'unauthorized' } })).toMatchObject({
      kind: 'authFailed',
    });
  });
});
