// The file that holds one series: `series-<first 32 hex chars of sha256(seriesKey)>.json` in the team's Roundtable
// folder. Hashing keeps the name short and free of the characters an iCalUId may carry, and 128 bits make a
// collision between two series negligible. WebCrypto's digest exists in browsers and in Node 20 (globalThis.crypto).
import type { SeriesKey } from '../../domain/ids';

export const SERIES_FOLDER = 'Roundtable';

export async function seriesFileName(key: SeriesKey): Promise<string> {
  return `series-${await hashOf(key)}.json`;
}

/** The series' archive, next to its file: the closed meetings moved out of the live document (planArchive). */
export async function seriesArchiveFileName(key: SeriesKey): Promise<string> {
  return `series-${await hashOf(key)}.archive.json`;
}

async function hashOf(key: SeriesKey): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 32);
}
