// Time zones and Graph's dateTime strings. IANA zones go through Intl; Windows zone names (what Outlook writes in
// start.timeZone and accepts in `Prefer: outlook.timezone`) are mapped to IANA for a handful of common zones.

const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  utc: 'UTC',
  'coordinated universal time': 'UTC',
  'pacific standard time': 'America/Los_Angeles',
  'mountain standard time': 'America/Denver',
  'central standard time': 'America/Chicago',
  'eastern standard time': 'America/New_York',
  'alaskan standard time': 'America/Anchorage',
  'hawaiian standard time': 'Pacific/Honolulu',
  'atlantic standard time': 'America/Halifax',
  'e. south america standard time': 'America/Sao_Paulo',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'fle standard time': 'Europe/Kiev',
  'gtb standard time': 'Europe/Bucharest',
  'arabian standard time': 'Asia/Dubai',
  'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai',
  'singapore standard time': 'Asia/Singapore',
  'tokyo standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul',
  'aus eastern standard time': 'Australia/Sydney',
  'new zealand standard time': 'Pacific/Auckland',
};

/*
 * The IANA names Graph documents besides the Windows ones (GD resources/datetimetimezone.md: "any of the time zones
 * supported by Windows, as well as the following time zones names"), with the spellings the doc gives in brackets
 * (Kiev, Tashkent, Almaty, Rangoon). Any other IANA name, however well Intl knows it (Europe/Oslo, US/Pacific), is
 * refused like Exchange refuses a zone it doesn't know (README "calendarView").
 */
const DOCUMENTED_IANA = new Set(
  [
    'Etc/GMT+12',
    'Etc/GMT+11',
    'Pacific/Honolulu',
    'America/Anchorage',
    'America/Santa_Isabel',
    'America/Los_Angeles',
    'America/Phoenix',
    'America/Chihuahua',
    'America/Denver',
    'America/Guatemala',
    'America/Chicago',
    'America/Mexico_City',
    'America/Regina',
    'America/Bogota',
    'America/New_York',
    'America/Indiana/Indianapolis',
    'America/Caracas',
    'America/Asuncion',
    'America/Halifax',
    'America/Cuiaba',
    'America/La_Paz',
    'America/Santiago',
    'America/St_Johns',
    'America/Sao_Paulo',
    'America/Argentina/Buenos_Aires',
    'America/Cayenne',
    'America/Godthab',
    'America/Montevideo',
    'America/Bahia',
    'Etc/GMT+2',
    'Atlantic/Azores',
    'Atlantic/Cape_Verde',
    'Africa/Casablanca',
    'Etc/GMT',
    'Europe/London',
    'Atlantic/Reykjavik',
    'Europe/Berlin',
    'Europe/Budapest',
    'Europe/Paris',
    'Europe/Warsaw',
    'Africa/Lagos',
    'Africa/Windhoek',
    'Europe/Bucharest',
    'Asia/Beirut',
    'Africa/Cairo',
    'Asia/Damascus',
    'Africa/Johannesburg',
    'Europe/Kyiv',
    'Europe/Kiev',
    'Europe/Istanbul',
    'Asia/Jerusalem',
    'Asia/Amman',
    'Asia/Baghdad',
    'Europe/Kaliningrad',
    'Asia/Riyadh',
    'Africa/Nairobi',
    'Asia/Tehran',
    'Asia/Dubai',
    'Asia/Baku',
    'Europe/Moscow',
    'Indian/Mauritius',
    'Asia/Tbilisi',
    'Asia/Yerevan',
    'Asia/Kabul',
    'Asia/Karachi',
    'Asia/Tashkent',
    'Asia/Kolkata',
    'Asia/Colombo',
    'Asia/Kathmandu',
    'Asia/Almaty',
    'Asia/Dhaka',
    'Asia/Yekaterinburg',
    'Asia/Yangon',
    'Asia/Rangoon',
    'Asia/Bangkok',
    'Asia/Novosibirsk',
    'Asia/Shanghai',
    'Asia/Krasnoyarsk',
    'Asia/Singapore',
    'Australia/Perth',
    'Asia/Taipei',
    'Asia/Ulaanbaatar',
    'Asia/Irkutsk',
    'Asia/Tokyo',
    'Asia/Seoul',
    'Australia/Adelaide',
    'Australia/Darwin',
    'Australia/Brisbane',
    'Australia/Sydney',
    'Pacific/Port_Moresby',
    'Australia/Hobart',
    'Asia/Yakutsk',
    'Pacific/Guadalcanal',
    'Asia/Vladivostok',
    'Pacific/Auckland',
    'Etc/GMT-12',
    'Pacific/Fiji',
    'Asia/Magadan',
    'Pacific/Tongatapu',
    'Pacific/Apia',
    'Pacific/Kiritimati',
  ].map((z) => z.toLowerCase()),
);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The IANA zone for a (mapped) Windows name or a documented IANA name, or undefined when neither. */
export function resolveZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return undefined;
  const mapped = WINDOWS_TO_IANA[trimmed.toLowerCase()];
  if (mapped) return mapped;
  if (!DOCUMENTED_IANA.has(trimmed.toLowerCase())) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

export interface LocalDateTime {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly ms: number;
}

export function utcToLocal(utcMs: number, zone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    ms: ((utcMs % 1000) + 1000) % 1000,
  };
}

const localAsUtc = (l: LocalDateTime): number =>
  Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second, l.ms);

/*
 * Local wall time in a zone -> instant. Guess with the offset at the naive instant, then correct once with the
 * offset at the result; that settles everywhere except inside a DST gap, where the later offset wins (a 02:30 that
 * does not exist becomes 03:30), which is also what Exchange does with such a time.
 */
export function localToUtc(local: LocalDateTime, zone: string): number {
  const naive = localAsUtc(local);
  const offsetAt = (utc: number) => localAsUtc(utcToLocal(utc, zone)) - utc;
  const first = naive - offsetAt(naive);
  const second = naive - offsetAt(first);
  return second;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Graph's dateTime: no offset and seven fractional digits, e.g. "2019-04-16T20:30:00.0000000". */
export function formatGraphDateTime(utcMs: number, zone: string): string {
  const l = utcToLocal(utcMs, zone);
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}.${pad(l.ms * 10000, 7)}`;
}

/** Edm.DateTimeOffset as Graph writes it for originalStart, createdDateTime and response times. */
export function formatUtcOffset(utcMs: number, withFraction = false): string {
  const iso = new Date(utcMs).toISOString();
  return withFraction
    ? `${iso.slice(0, 19)}.${pad((((utcMs % 1000) + 1000) % 1000) * 10000, 7)}Z`
    : `${iso.slice(0, 19)}Z`;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

interface IsoParts {
  readonly local: LocalDateTime;
  /** undefined when the value carries no offset. */
  readonly offsetMs: number | undefined;
}

function parseIsoParts(value: string): IsoParts | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', offset] = m;
  const local: LocalDateTime = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    ms: Math.floor(Number(`0.${frac || '0'}`) * 1000),
  };
  if (
    local.month < 1 ||
    local.month > 12 ||
    local.day < 1 ||
    local.day > daysInMonth(local.year, local.month)
  ) {
    return undefined;
  }
  if (local.hour > 23 || local.minute > 59 || local.second > 59) return undefined;
  if (!offset) return { local, offsetMs: undefined };
  if (offset.toUpperCase() === 'Z') return { local, offsetMs: 0 };
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return { local, offsetMs: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000 };
}

/**
 * An ISO 8601 value from a query string. The offset is honoured; no offset means UTC (GD user-list-calendarview.md).
 * Returns undefined when the value is not a valid date-time.
 */
export function parseIsoInstant(value: string): number | undefined {
  const parts = parseIsoParts(value);
  return parts && localAsUtc(parts.local) - (parts.offsetMs ?? 0);
}

/**
 * The dateTime of a dateTimeTimeZone (GD resources/datetimetimezone.md): a wall time in `zone` (IANA). A value that
 * carries its own offset is taken at that offset (*assumption*: the docs show values without one).
 */
export function parseZonedDateTime(value: string, zone: string): number | undefined {
  const parts = parseIsoParts(value);
  if (!parts) return undefined;
  return parts.offsetMs === undefined
    ? localToUtc(parts.local, zone)
    : localAsUtc(parts.local) - parts.offsetMs;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Civil dates as day numbers (days since 1970-01-01): recurrence arithmetic is done on these, in the series' zone.
export const MS_PER_DAY = 86_400_000;
export const dayNumber = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / MS_PER_DAY;

/** The civil day (a day number) an instant falls on in a zone. */
export function localDayNumber(utcMs: number, zone: string): number {
  const l = utcToLocal(utcMs, zone);
  return dayNumber(l.year, l.month, l.day);
}

export function civilFromDayNumber(n: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(n * MS_PER_DAY);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** "2024-03-05" -> day number; undefined when malformed. */
export function parseDateOnly(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

export function formatDateOnly(n: number): string {
  const c = civilFromDayNumber(n);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}
