/*
 * Graph returns event times as a zone-local wall clock without offset, `{dateTime:'2025-03-30T09:00:00.0000000',
 * timeZone:'Europe/Oslo'}`, in the zone asked for with `Prefer: outlook.timezone` (default UTC; platform-facts §1).
 * The domain wants unambiguous instants, so we attach the zone's UTC offset at that wall time and keep the local
 * clock: '2025-03-30T09:00:00+02:00'. That is one instant, and its digits still read as the user's local time.
 *
 * Offset lookup uses Intl (IANA names only). For a wall time that happens twice (DST fall-back) the earlier instant
 * wins; for one that never happens (spring-forward gap) the clock moves forward by the gap, as Temporal's
 * 'compatible' disambiguation does. Returns undefined for a malformed time or a zone Intl doesn't know.
 */
const wallClock = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const utcNames = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'z', 'coordinated universal time']);
const formatters = new Map<string, Intl.DateTimeFormat>();

export function zonedToInstant(dateTime: string, timeZone: string): string | undefined {
  const m = wallClock.exec(dateTime);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const wallMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'));
  if (Number.isNaN(wallMs)) return undefined;
  if (utcNames.has(timeZone.toLowerCase())) return `${isoWall(wallMs)}Z`;
  const fmt = formatterFor(timeZone);
  if (!fmt) return undefined;
  const offsetAt = (instant: number): number => zoneWallMs(fmt, instant) - instant;
  // Two candidate offsets: the one before and the one after any transition near this wall time.
  const before = offsetAt(wallMs - 86_400_000);
  const after = offsetAt(wallMs + 86_400_000);
  const candidates = [wallMs - before, wallMs - after].filter((t) => zoneWallMs(fmt, t) === wallMs);
  const instant = candidates.length > 0 ? Math.min(...candidates) : wallMs - before;
  const offset = offsetAt(instant);
  return `${isoWall(instant + offset)}${formatOffset(offset)}`;
}

/*
 * The reverse: an ISO instant re-expressed at a zone's UTC offset, '2025-06-17T16:00:00Z' in Europe/Oslo becoming
 * '2025-06-17T18:00:00+02:00', the same instant with digits that read as the zone's local time. Used when Graph could
 * not write times in the user's zone and sent UTC instead. Undefined for an unreadable instant or a zone Intl doesn't
 * know.
 */
export function instantInZone(iso: string, timeZone: string): string | undefined {
  const ms = Date.parse(iso);
  const fmt = formatterFor(timeZone);
  if (Number.isNaN(ms) || !fmt) return undefined;
  const whole = Math.floor(ms / 1000) * 1000;
  const offset = zoneWallMs(fmt, whole) - whole;
  return `${isoWall(whole + offset)}${formatOffset(offset)}`;
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

function zoneWallMs(fmt: Intl.DateTimeFormat, instant: number): number {
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(instant)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const get = (k: string): number => parts[k] ?? 0;
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

function isoWall(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

function formatOffset(offsetMs: number): string {
  if (offsetMs === 0) return 'Z';
  const sign = offsetMs > 0 ? '+' : '-';
  const total = Math.round(Math.abs(offsetMs) / 60_000);
  const hh = String(Math.floor(total / 60)).padStart(2, '0');
  const mm = String(total % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}
