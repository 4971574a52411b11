/**
 * Returns the normalized URL when `raw` is a plain absolute https: URL, else null.
 *
 * Rationale: an allow-list of one scheme is the only check that cannot be outwitted by spellings such as
 * "java\tscript:", "JaVaScRiPt:", "&#106;avascript:" or a leading control character, which browsers strip before
 * they look at the scheme. So any whitespace or control character anywhere rejects the URL outright, the text
 * must itself start with "https://", and the WHATWG parser must agree that the scheme is https:.
 */
export function safeHttpsUrl(raw: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being rejected
  if (/[\u0000-\u0020\u007f-\u00a0\u2028\u2029]/.test(raw)) return null;
  if (!/^https:\/\/[^/\\]/i.test(raw)) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname === '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}
