import { messageForFailure } from '../../../../src/app/errors/messageForFailure';
import { describeChangeFailure } from '../../../../src/app/hooks/describeChangeFailure';

describe('describeChangeFailure', () => {
  it('puts an invalid-input rule error on its field', () => {
    expect(
      describeChangeFailure({
        source: 'rules',
        error: { kind: 'invalidInput', field: 'title', message: 'Give the topic a title.' },
      }),
    ).toEqual({ kind: 'field', field: 'title', message: 'Give the topic a title.' });
  });

  it('shows other rule errors as they are', () => {
    expect(
      describeChangeFailure({
        source: 'rules',
        error: { kind: 'votingClosed', message: 'Voting has closed.' },
      }),
    ).toEqual({ kind: 'rule', message: 'Voting has closed.' });
  });

  it('says how long to wait when Microsoft 365 throttles, and that nothing was lost', () => {
    const p = describeChangeFailure({ source: 'store', failure: { kind: 'throttled', retryAfterMs: 7_000 } });
    expect(p).toMatchObject({ kind: 'service', title: 'Microsoft 365 is busy; try again in 7 s' });
    expect(p.kind === 'service' && p.message).toMatch(/Nothing you entered was lost\.$/);
  });

  it.each(['preconditionFailed', 'forbidden', 'network'] as const)(
    'uses messageForFailure for %s',
    (kind) => {
      const p = describeChangeFailure({ source: 'store', failure: { kind, requestId: 'r-1' } });
      expect(p).toMatchObject({
        kind: 'service',
        title: messageForFailure({ kind }).title,
        reference: 'r-1',
      });
    },
  );
});

describe('messageForFailure for the agenda', () => {
  it('says a damaged agenda file was not changed and how to restore it', () => {
    expect(messageForFailure({ kind: 'invalidDocument', code: 'CorruptDocument' }).message).toBe(
      "The agenda file for this series is damaged; nothing was changed. Ask the organizer to restore a previous version in the team's Files.",
    );
  });

  it('says a document from a newer app version was not overwritten', () => {
    expect(messageForFailure({ kind: 'invalidDocument', code: 'UnsupportedSchemaVersion' }).message).toBe(
      'This agenda was saved by a newer version of Roundtable; refresh or update the app. Nothing was overwritten.',
    );
  });

  it('names the missing scope from Graph’s 403 message when no scope list came with it', () => {
    const m = messageForFailure({
      kind: 'consentRequired',
      status: 403,
      message:
        "Missing scope permissions on the request. API requires one of 'Team.ReadBasic.All'. Scopes on the request 'Calendars.ReadWrite'",
    });
    expect(m.recovery).toEqual({
      kind: 'grantConsent',
      scopes: ['Calendars.ReadWrite', 'Team.ReadBasic.All'],
    });
  });

  it('names Files.ReadWrite.All for a drive 403 without matching Calendars.Read inside Calendars.ReadWrite', () => {
    const m = messageForFailure({
      kind: 'consentRequired',
      message: 'Access is denied. The token needs one of these scopes: Files.ReadWrite.All.',
    });
    expect(m.recovery).toEqual({ kind: 'grantConsent', scopes: ['Files.ReadWrite.All'] });
    expect(m.message).toContain("store the shared agenda in your team's files");
  });
});
