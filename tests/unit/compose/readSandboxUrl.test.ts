import { DEFAULT_SANDBOX_URL, readSandboxUrl } from '../../../src/compose/readSandboxUrl';

function docWithMeta(content: string | null): Pick<Document, 'querySelector'> {
  return {
    querySelector: ((selector: string) =>
      selector === 'meta[name="roundtable-sandbox-url"]' && content !== null
        ? { getAttribute: (name: string) => (name === 'content' ? content : null) }
        : null) as Document['querySelector'],
  };
}

describe('readSandboxUrl', () => {
  it('reads the meta tag the static server rewrites, without a trailing slash', () => {
    expect(readSandboxUrl(docWithMeta('http://127.0.0.1:41234/'))).toBe('http://127.0.0.1:41234');
  });

  it('defaults to the sandbox npm start runs', () => {
    expect(readSandboxUrl(docWithMeta(null))).toBe(DEFAULT_SANDBOX_URL);
    expect(readSandboxUrl(docWithMeta('  '))).toBe(DEFAULT_SANDBOX_URL);
  });
});
