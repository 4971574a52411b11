import {
  AuthError,
  BrowserAuthError,
  ClientAuthError,
  InteractionRequiredAuthError,
  ServerError,
} from '@azure/msal-browser';
import { toTokenError } from '../../../src/auth/toTokenError';
import { TokenError } from '../../../src/usecases/ports';

const scopes = ['Calendars.Read', 'Files.ReadWrite.All'] as const;

describe('toTokenError', () => {
  it.each([
    [
      'consent_required from the server',
      new InteractionRequiredAuthError('consent_required', '', 'AADSTS65001: not consented'),
    ],
    [
      'interaction_required carrying AADSTS65001',
      new InteractionRequiredAuthError(
        'interaction_required',
        '',
        'AADSTS65001: The user or administrator has not consented to use the application',
      ),
    ],
    [
      'invalid_grant carrying AADSTS65001',
      new ServerError('invalid_grant', '', 'AADSTS65001: consent missing'),
    ],
    [
      'a declined consent (AADSTS65004)',
      new ServerError('access_denied', '', 'AADSTS65004: User declined to consent'),
    ],
    [
      'consent_required as sub-error',
      new InteractionRequiredAuthError('invalid_grant', '', 'needs consent', 'consent_required'),
    ],
    ['the popup closed by the user', new BrowserAuthError('user_cancelled', 'corr-1')],
    ['a cancel in the host NAA prompt', new ClientAuthError('user_canceled', 'corr-1')],
    ['a blocked popup', new BrowserAuthError('popup_window_error', 'corr-1')],
  ])('maps %s to consentRequired, keeping the scopes', (_name, error) => {
    const mapped = toTokenError(error, scopes);
    expect(mapped).toBeInstanceOf(TokenError);
    expect(mapped.kind).toBe('consentRequired');
    expect(mapped.scopes).toEqual(scopes);
    expect(mapped.message.length).toBeGreaterThan(20);
  });

  it('names the scopes in the consent message', () => {
    const mapped = toTokenError(new InteractionRequiredAuthError('consent_required', 'corr-1'), scopes);
    expect(mapped.message).toContain('Calendars.Read, Files.ReadWrite.All');
  });

  it.each([
    ['no connectivity', new BrowserAuthError('no_network_connectivity', 'corr-1')],
    ['a failed token POST', new BrowserAuthError('post_request_failed', 'corr-1')],
    ['a silent iframe timing out offline', new BrowserAuthError('timed_out', 'corr-1')],
    ['NAA NO_NETWORK', new ClientAuthError('no_network_connectivity', 'corr-1')],
    ['fetch rejecting', new TypeError('fetch failed')],
  ])('maps %s to network', (_name, error) => {
    expect(toTokenError(error, scopes).kind).toBe('network');
  });

  it.each([
    ['an unknown MSAL error', new AuthError('unknown_error', '', 'boom')],
    [
      'interaction required without consent',
      new InteractionRequiredAuthError('login_required', '', 'AADSTS50058: no session'),
    ],
    ['a server error', new ServerError('invalid_client', '', 'AADSTS700016: app not found')],
    ['a plain value', 'nope'],
  ])('maps %s to unauthorized with the original detail', (_name, error) => {
    const mapped = toTokenError(error, scopes);
    expect(mapped.kind).toBe('unauthorized');
    expect(mapped.message).toMatch(/Sign-in failed \(.+\)/);
  });

  it('passes a TokenError through unchanged', () => {
    const original = new TokenError('network', 'offline', ['User.Read']);
    expect(toTokenError(original, scopes)).toBe(original);
  });
});
