// Identifiers shaped like Graph's: opaque base64 ids for Outlook items, Exchange GlobalObjectId hex strings for
// iCalUId, drive and Planner ids. All derive from stable keys, so a reset re-creates the same ids.
import { createHash } from 'node:crypto';

const digest = (input: string): Buffer => createHash('sha256').update(input).digest();

const b64url = (buf: Buffer): string => buf.toString('base64url');

// Outlook item ids start with "AAMkA" (the mailbox GUID prefix in real ids) and are URL-safe base64 here.
const ITEM_ID_PREFIX = 'AAMkA';
const OCCURRENCE_TAG = 'occ:';

export function eventIdFrom(mailbox: string, key: string): string {
  return `${ITEM_ID_PREFIX}${b64url(digest(`event:${mailbox}:${key}`).subarray(0, 30))}`;
}

/*
 * Occurrence ids are computed, not stored: they encode the master id and the original start, so any occurrence of
 * an unbounded series can be looked up by id. An exception keeps the id its occurrence had.
 */
export function occurrenceId(masterId: string, originalStartMs: number): string {
  return `${ITEM_ID_PREFIX}${b64url(Buffer.from(`${OCCURRENCE_TAG}${masterId}:${originalStartMs}`))}`;
}

export function parseOccurrenceId(id: string): { masterId: string; originalStartMs: number } | undefined {
  if (!id.startsWith(ITEM_ID_PREFIX)) return undefined;
  const text = Buffer.from(id.slice(ITEM_ID_PREFIX.length), 'base64url').toString('utf8');
  if (!text.startsWith(OCCURRENCE_TAG)) return undefined;
  const rest = text.slice(OCCURRENCE_TAG.length);
  const cut = rest.lastIndexOf(':');
  const ms = Number(rest.slice(cut + 1));
  if (cut <= 0 || !Number.isSafeInteger(ms)) return undefined;
  return { masterId: rest.slice(0, cut), originalStartMs: ms };
}

/** Graph answers 400 ErrorInvalidIdMalformed for ids that cannot be an Outlook id at all. */
export function isWellFormedItemId(id: string): boolean {
  return /^AAMkA[A-Za-z0-9_-]{8,}={0,2}$/.test(id);
}

// A 16-byte change key, base64 like Exchange's (e.g. "x3IAvB5fbUWf4XNcBFLNUwAAKuA3yQ==").
export function changeKeyFrom(key: string): string {
  return digest(`ck:${key}`).subarray(0, 16).toString('base64');
}

/*
 * iCalUId is an Exchange GlobalObjectId in hex: a fixed class id, 4 bytes of instance date (zero for the series or
 * a single meeting), the creation FILETIME, 8 reserved bytes, then the length-prefixed uid. Occurrences carry their
 * original start date in the instance-date bytes, so each occurrence has its own iCalUId (platform-facts §1), the
 * same in every attendee's copy.
 */
const GOID_CLASS = '040000008200E00074C5B7101A82E008';

export function iCalUIdFrom(key: string, createdMs: number): string {
  const filetime = (BigInt(createdMs) + 11_644_473_600_000n) * 10_000n;
  const le = Buffer.alloc(8);
  le.writeBigUInt64LE(filetime);
  const uid = digest(`uid:${key}`).subarray(0, 16).toString('hex');
  return `${GOID_CLASS}00000000${le.toString('hex')}000000000000000010000000${uid}`.toUpperCase();
}

export function occurrenceICalUId(seriesICalUId: string, originalStartMs: number): string {
  const d = new Date(originalStartMs);
  const date =
    d.getUTCFullYear().toString(16).padStart(4, '0') +
    (d.getUTCMonth() + 1).toString(16).padStart(2, '0') +
    d.getUTCDate().toString(16).padStart(2, '0');
  return `${seriesICalUId.slice(0, GOID_CLASS.length)}${date.toUpperCase()}${seriesICalUId.slice(GOID_CLASS.length + 8)}`;
}

/** The thread id of a Teams meeting's chat, "19:meeting_…@thread.v2" (the id GET /chats/{id} takes). */
export function teamsThreadId(key: string): string {
  return `19:meeting_${threadToken(key)}@thread.v2`;
}

const threadToken = (key: string) => digest(`thread:${key}`).toString('base64url').slice(0, 40);

/** Teams' long join URL, as Teams writes it into invites: the chat's thread id, then the tenant and organizer. */
export function teamsJoinUrl(key: string, tenantId: string, organizerId: string): string {
  const context = encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: organizerId })).toLowerCase();
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${threadToken(key)}%40thread.v2/0?context=${context}`;
}

/*
 * Teams' short join URL, https://teams.microsoft.com/meet/<meeting id>?p=<hashed passcode> (message center MC772556;
 * microsoftgraph/microsoft-graph-comms-samples#829 shows one: /meet/2414128301281?p=NzhDLMLT8b07DrkwkE). The meeting
 * id is the numeric joinMeetingId the invite shows as "Meeting ID"; neither the tenant, the organizer nor the
 * chat's thread id is in it.
 */
export function teamsShortJoinUrl(key: string): string {
  const p = digest(`passcode:${key}`)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 18);
  return `https://teams.microsoft.com/meet/${joinMeetingIdFrom(key)}?p=${p}`;
}

/** A 13-digit joinMeetingId (GD resources/joinmeetingidsettings.md), as the ids in short join URLs are. */
export function joinMeetingIdFrom(key: string): string {
  const n = digest(`meeting-id:${key}`).readBigUInt64BE(0) % 9_000_000_000_000n;
  return String(n + 1_000_000_000_000n);
}

/** Drive ids of SharePoint document libraries look like "b!" + base64url. */
export function driveIdFrom(key: string): string {
  return `b!${b64url(digest(`drive:${key}`).subarray(0, 48))}`;
}

/** Planner ids are 28 URL-safe characters, e.g. "xqQg5FS2LkCp935s-FIFm2QAFkHM". */
export function plannerIdFrom(key: string): string {
  return b64url(digest(`planner:${key}`)).slice(0, 28);
}
