import { failureFromError } from '../../../../src/app/hooks/failureFromError';
import { TokenError } from '../../../../src/usecases/ports';

describe('failureFromError', () => {
  it('keeps the kind and scopes of a TokenError', () => {
    expect(failureFromError(new TokenError('consentRequired', 'AADSTS65001', ['Calendars.Read']))).toEqual({
      kind: 'consentRequired',
      message: 'AADSTS65001',
      scopes: ['Calendars.Read'],
    });
    expect(failureFromError(new TokenError('network', 'offline'))).toEqual({
      kind: 'network',
      message: 'offline',
    });
  });

  it('treats a failed chunk download as a network failure', () => {
    const chunk = Object.assign(new Error('Loading chunk 42 failed.'), { name: 'ChunkLoadError' });
    expect(failureFromError(chunk)).toEqual({ kind: 'network', message: 'Loading chunk 42 failed.' });
  });

  it('reports anything else as unavailable, with its message', () => {
    expect(failureFromError(new TypeError('x is undefined'))).toEqual({
      kind: 'unavailable',
      message: 'x is undefined',
    });
    expect(failureFromError('boom')).toEqual({ kind: 'unavailable', message: 'boom' });
  });
});
