/**
 * Returns the normalized URL when `raw` is a plain absolute https: URL, or an http: URL on the loopback host, else
 * null.
 *
 * Rationale: an allow-list of schemes is the only check that cannot be outwitted by spellings such as
 * "java\tscript:", "JaVaScRiPt:", "&#106;avascript:" or a leading control character, which browsers strip before
 * they look at the scheme. So any whitespace or control character anywhere rejects the URL outright, the text
 * must itself start with "https://" (or "http://"), and the WHATWG parser must agree on the scheme. Plain http is
 * allowed only for localhost, 127.0.0.1 and [::1]: browsers treat those as secure contexts, and it is where a
 * developer or the local demo serves the app; anywhere else an http link could be read or rewritten on the way.
 */
export function safeLinkUrl(raw: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being rejected
  if (/[\u0000-\u0020\u007f-\u00a0\u2028\u2029]/.test(raw)) return null;
  if (!/^https?:\/\/[^/\\]/i.test(raw)) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.protocol === 'https:') return parsed.href;
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return parsed.href;
  return null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
