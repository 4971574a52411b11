/**
 * The browser's IANA time zone; the list's 14-day window and its day grouping use it (no /me round trip). A browser
 * that can't tell its zone reports 'Etc/Unknown' (or nothing), which Intl then refuses as a `timeZone` option: such a
 * zone would break every date formatter, so UTC stands in for it.
 */
export function userTimeZone(
  reported: string | undefined = Intl.DateTimeFormat().resolvedOptions().timeZone,
): string {
  if (!reported) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: reported });
    return reported;
  } catch {
    return 'UTC';
  }
}
