/*
 * An ISO instant re-expressed at a zone's UTC offset, '2025-06-17T16:00:00Z' in Europe/Oslo becoming
 * '2025-06-17T18:00:00+02:00': the same instant, with digits that read as the zone's local time, as zonedToInstant
 * writes times Graph sent in that zone. Used when Graph could not write them in the user's zone and sent UTC
 * instead. Returns undefined for an unreadable instant or a zone Intl doesn't know.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function instantInZone(iso: string, timeZone: string): string | undefined {
  const ms = Date.parse(iso);
  const fmt = formatterFor(timeZone);
  if (Number.isNaN(ms) || !fmt) return undefined;
  const whole = Math.floor(ms / 1000) * 1000;
  const offset = wallMs(fmt, whole) - whole;
  const wall = new Date(whole + offset).toISOString().slice(0, 19);
  return `${wall}${formatOffset(offset)}`;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  try {
    const fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, fmt);
    return fmt;
  } catch {
    return undefined;
  }
}

function wallMs(fmt: Intl.DateTimeFormat, instant: number): number {
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(instant)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const get = (k: string): number => parts[k] ?? 0;
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

function formatOffset(offsetMs: number): string {
  if (offsetMs === 0) return 'Z';
  const sign = offsetMs > 0 ? '+' : '-';
  const total = Math.round(Math.abs(offsetMs) / 60_000);
  return `${sign}${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
