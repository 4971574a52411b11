/** The browser's IANA time zone; the list's 14-day window and its day grouping use it (no /me round trip). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
