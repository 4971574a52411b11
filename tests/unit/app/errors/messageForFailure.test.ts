import { messageForFailure } from '../../../../src/app/errors/messageForFailure';
import type { FailureKind } from '../../../../src/usecases/ports';

const kinds: readonly FailureKind[] = [
  'unauthorized',
  'consentRequired',
  'forbidden',
  'notFound',
  'preconditionFailed',
  'throttled',
  'unavailable',
  'network',
  'timeout',
  'badRequest',
];

describe('messageForFailure', () => {
  it.each(kinds)('gives %s a title, a sentence and a recovery', (kind) => {
    const m = messageForFailure({ kind });
    expect(m.title.length).toBeGreaterThan(0);
    expect(m.message).toMatch(/\.$/);
    expect(m.recovery.kind).toMatch(/^(retry|grantConsent|signInAgain|waitThenRetry)$/);
  });

  it('gives every kind its own message', () => {
    const titles = new Set(kinds.map((kind) => messageForFailure({ kind }).title));
    expect(titles.size).toBe(kinds.length);
  });

  it('says plainly that consent to read the calendar is needed, naming the permission and who can grant it', () => {
    const m = messageForFailure({ kind: 'consentRequired' });
    expect(m.message).toContain('needs consent to read your calendar (Calendars.Read)');
    expect(m.message).toMatch(/accept the consent prompt/);
    expect(m.message).toMatch(/ask your Microsoft 365 admin/);
    expect(m.recovery).toEqual({ kind: 'grantConsent', scopes: ['Calendars.Read'] });
  });

  it('names the scopes that were actually missing', () => {
    const m = messageForFailure({ kind: 'consentRequired', scopes: ['Calendars.Read', 'Tasks.ReadWrite'] });
    expect(m.message).toContain('(Calendars.Read and Tasks.ReadWrite)');
    expect(m.message).toContain("read your calendar and record action items in your team's Planner plan");
  });

  it('says a locked file is locked, not that Microsoft 365 is down', () => {
    const m = messageForFailure({ kind: 'unavailable', status: 423, code: 'resourceLocked' });
    expect(m.title).toBe('The file is locked');
    expect(m.message).toMatch(/open for editing or checked out/);
    expect(m.recovery).toEqual({ kind: 'retry' });
  });

  it('says a team without a Planner plan needs one, not that something was deleted or moved', () => {
    const m = messageForFailure({
      kind: 'notFound',
      code: 'NoPlannerPlan',
      message: 'The team has no Planner plan yet.',
    });
    expect(m.title).toBe('The team has no Planner plan yet');
    expect(m.message).toBe('Add a Planner tab to the team (any member can), then try again.');
  });

  it('asks to sign in again when unauthorized', () => {
    expect(messageForFailure({ kind: 'unauthorized', status: 401 }).recovery).toEqual({
      kind: 'signInAgain',
    });
  });

  it('tells a throttled user how long to wait, from Retry-After', () => {
    const m = messageForFailure({ kind: 'throttled', status: 429, retryAfterMs: 2500 });
    expect(m.message).toContain('Wait 3 seconds');
    expect(m.recovery).toEqual({ kind: 'waitThenRetry', seconds: 3 });
    expect(messageForFailure({ kind: 'throttled', retryAfterMs: 1000 }).message).toContain('Wait 1 second,');
    expect(messageForFailure({ kind: 'throttled' }).recovery).toEqual({ kind: 'waitThenRetry', seconds: 10 });
  });

  it('says plainly that Microsoft 365 did not answer in time, offering to try again', () => {
    const m = messageForFailure({ kind: 'timeout', code: 'TimeoutError', requestId: 'c-1' });
    expect(m.title).toBe("Microsoft 365 didn't answer in time");
    expect(m.message).toMatch(/Try again/);
    expect(m.recovery).toEqual({ kind: 'retry' });
    expect(m.reference).toBe('c-1');
  });

  it("keeps Graph's request-id as a support reference", () => {
    expect(messageForFailure({ kind: 'badRequest', requestId: 'req-123' }).reference).toBe('req-123');
    expect(messageForFailure({ kind: 'network' }).reference).toBeUndefined();
  });
});
