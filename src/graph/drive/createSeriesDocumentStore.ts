// SeriesDocumentStore over the linked team's drive (DESIGN.md "Where things live"): one JSON file per series at
// /groups/{groupId}/drive/root:/Roundtable/series-<hash>.json (platform-facts §3: group drives use the same driveItem
// endpoints as /me/drive). Every write carries If-Match (or creates only, conflictBehavior=fail), and conflicts go through the
// one read-modify-write loop in graph/core.
import { err, ok } from '../../domain/result';
import type { Result } from '../../domain/result';
import { groupId as toGroupId } from '../../domain/ids';
import type { SeriesKey } from '../../domain/ids';
import type { Team } from '../../domain/meetings/meeting';
import { mergeSeriesDocuments } from '../../domain/series/mergeSeriesDocuments';
import { emptySeriesDocument, type SeriesDocument } from '../../domain/series/seriesDocument';
import type {
  Failure,
  FoundSeries,
  KnownVersion,
  Outcome,
  SeriesDocumentStore,
  SeriesLocation,
  SeriesTrust,
  StoredSeries,
  UntrustedCopy,
} from '../../usecases/ports';
import type { BatchRequest, GraphClient } from '../core/GraphClient';
import { downloadWithRetry } from '../core/downloadWithRetry';
import { readModifyWrite } from '../core/readModifyWrite';
import { DEFAULT_ATTEMPT_TIMEOUT_MS } from '../core/TimeoutHandler';
import { systemTimers } from '../core/Timers';
import type { Timers } from '../core/Timers';
import { DOWNLOAD_URL, DRIVE_ITEM_SELECT, driveItemSchema, type DriveItem } from './driveItemSchema';
import { parseSeriesDocument } from './parseSeriesDocument';
import { SERIES_FOLDER, seriesArchiveFileName, seriesFileName } from './seriesFileName';

export interface SeriesDocumentStoreOptions {
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly maxAttempts?: number;
  /**
   * Transport for the pre-authenticated `@microsoft.graph.downloadUrl` (not Graph: no bearer token goes with it).
   * Defaults to the global fetch.
   */
  readonly fetch?: typeof fetch;
  /** The reader's clock, for the document's rules (future stamps are clamped against it). */
  readonly now?: () => number;
  /** The download gets the Graph client's per-attempt limit, 30 s by default, for its answer and its body. */
  readonly downloadTimeoutMs?: number;
  /** All the download's attempts and the waits between them (429/503/504 and dropped connections are repeated). */
  readonly downloadDeadlineMs?: number;
  readonly timers?: Timers;
}

// As long as one Graph call may take (createGraphClient's default deadline).
const DOWNLOAD_DEADLINE_MS = 60_000;

const CREATE_ONLY = '?@microsoft.graph.conflictBehavior=fail';

// Simple upload takes at most 4 MB (platform-facts §3, GD driveitem-put-content.md); larger gets 413.
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

interface Latest {
  readonly value: SeriesDocument;
  readonly etag: string;
  readonly ctag?: string;
  readonly created?: string;
}

interface FileTags {
  readonly ctag?: string;
  readonly created?: string;
}

const pickTags = (v: FileTags): FileTags => ({
  ...(v.ctag !== undefined ? { ctag: v.ctag } : {}),
  ...(v.created !== undefined ? { created: v.created } : {}),
});

const tagsOf = (item: DriveItem): FileTags => ({
  ...(item.cTag ? { ctag: item.cTag } : {}),
  ...(item.createdDateTime ? { created: item.createdDateTime } : {}),
});

/*
 * SharePoint changes a new file's eTag once on its own, seconds after the upload, and leaves its content and cTag as
 * they were (src/sandbox/README.md "Drive"). A write over the upload-time eTag is then refused although nothing it
 * merged into has changed. For a file this young, the refused write is sent once more with If-Match on the cTag,
 * which only a content change moves (GD driveitem-update.md: If-Match takes "the eTag (or cTag)"; *assumption*: the
 * simple upload reads If-Match as the item update does). A content change by someone else fails that too (412), and
 * the normal re-read follows; so does a service that won't match a cTag, at the cost of one request.
 */
const YOUNG_FILE_MS = 10 * 60_000;

export function createSeriesDocumentStore(
  client: GraphClient,
  opts: SeriesDocumentStoreOptions = {},
): SeriesDocumentStore {
  const fetchImpl: typeof fetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const now = opts.now ?? (() => Date.now());
  const downloadTimeoutMs = opts.downloadTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
  const downloadDeadlineMs = opts.downloadDeadlineMs ?? DOWNLOAD_DEADLINE_MS;
  const timers = opts.timers ?? systemTimers;
  const itemPath = (gid: string, itemId: string): string =>
    `/groups/${encodeURIComponent(gid)}/drive/items/${encodeURIComponent(itemId)}`;

  /*
   * Metadata first, then content, never the other way round. The eTag we later send as If-Match must be no newer
   * than the content we merged into: content read after the eTag is at least as new, so if it is newer the write
   * fails with 412 and we retry; an eTag read after the content could be newer than it and would let us overwrite
   * someone's accepted write. For the same reason the download must not come from an HTTP cache (no-store).
   */
  async function readContent(gid: string, item: DriveItem, where: string): Promise<Outcome<SeriesDocument>> {
    const url = item[DOWNLOAD_URL];
    const raw = url ? await download(url) : await contentViaGraph(gid, item.id);
    if (!raw.ok) return raw;
    const parsed = parseSeriesDocument(raw.value, where, now());
    return parsed.ok ? ok(parsed.value.doc) : parsed;
  }

  /*
   * JavaScript apps read content through `@microsoft.graph.downloadUrl`: `/content` answers 302, and a browser won't
   * follow a redirect of a request that needed a CORS preflight (the Authorization header makes it one). The URL is
   * pre-authenticated and short-lived, so it is fetched without a token (GD driveitem-get-content.md, "Downloading
   * files in JavaScript apps"). It bypasses the Graph client's chain, so it carries its own time limit: one attempt,
   * answer and body together, aborted when it runs out (no request waits forever).
   */
  async function download(url: string): Promise<Outcome<string>> {
    return downloadWithRetry(url, {
      fetch: fetchImpl,
      timers,
      attemptMs: downloadTimeoutMs,
      deadlineMs: downloadDeadlineMs,
    });
  }

  // Without a downloadUrl (Graph returns it for files only), read `/content` through the client; outside a browser
  // the 302 to the same pre-authenticated URL is followed by fetch.
  async function contentViaGraph(gid: string, itemId: string): Promise<Outcome<string>> {
    const res = await client.request<unknown>('GET', `${itemPath(gid, itemId)}/content`);
    if (!res.ok) return res;
    const body = res.value.body;
    return ok(typeof body === 'string' ? body : JSON.stringify(body ?? null));
  }

  /**
   * The newest version. With `held` (content this client knows is stored, and the cTag it was stored under), a cTag
   * that hasn't moved means only metadata changed, such as SharePoint's own processing of a new upload, which changes
   * the eTag once (src/sandbox/README.md "Drive"): the held content is current, and the download is skipped.
   */
  async function readLatest(location: SeriesLocation, held?: Latest): Promise<Outcome<Latest>> {
    const meta = await client.get<unknown>(itemPath(location.groupId, location.itemId), {
      select: DRIVE_ITEM_SELECT,
    });
    if (!meta.ok) return meta;
    const item = parseItem(meta.value, `item ${location.itemId}`);
    if (!item.ok) return item;
    if (held?.ctag !== undefined && item.value.cTag === held.ctag)
      return ok({ value: held.value, etag: item.value.eTag, ...tagsOf(item.value) });
    const doc = await readContent(location.groupId, item.value, describe(location));
    if (!doc.ok) return doc;
    return ok({ value: doc.value, etag: item.value.eTag, ...tagsOf(item.value) });
  }

  /** PUT by id with If-Match; the answer is the updated driveItem with the new eTag (GD driveitem-put-content.md). */
  async function writeOver(
    location: SeriesLocation,
    doc: SeriesDocument,
    etag: string,
  ): Promise<Outcome<Latest>> {
    const body = serialise(doc);
    if (!body.ok) return body;
    const res = await client.request<unknown>(
      'PUT',
      `${itemPath(location.groupId, location.itemId)}/content`,
      body.value,
      {
        'Content-Type': 'application/json',
        'If-Match': etag,
      },
    );
    if (!res.ok) return res;
    const item = parseItem(res.value.body, `item ${location.itemId}`);
    return item.ok ? ok({ value: doc, etag: item.value.eTag, ...tagsOf(item.value) }) : item;
  }

  return {
    async find(key: SeriesKey, teams: readonly Team[], trust: SeriesTrust): Promise<Outcome<FoundSeries>> {
      if (teams.length === 0) return ok({ stored: null, untrusted: [] });
      const file = await seriesFileName(key);
      const select = DRIVE_ITEM_SELECT.map(encodeURIComponent).join(',');
      // One lookup per team, all in one $batch round trip (DESIGN.md "Discovery"; the client packs 20 per batch).
      const requests: BatchRequest[] = teams.map((team, i) => ({
        id: String(i + 1),
        method: 'GET',
        url: `/groups/${encodeURIComponent(team.id)}/drive/root:/${SERIES_FOLDER}/${file}?$select=${select}`,
      }));
      const answers = await client.batch(requests);
      if (!answers.ok) return answers;
      const trusted: { team: Team; item: DriveItem }[] = [];
      const untrusted: UntrustedCopy[] = [];
      for (const [i, team] of teams.entries()) {
        const answer = answers.value.get(String(i + 1));
        if (!answer) return err(invalid(`$batch answer for team ${team.id}`, 'missing'));
        if (!answer.ok) {
          // Not there, or a team whose drive this user can no longer read (left the team): look elsewhere.
          // Anything else (consent, throttled past retries) is an answer we can't treat as "not found".
          if (answer.failure.kind === 'notFound' || answer.failure.kind === 'forbidden') continue;
          return answer;
        }
        const item = parseItem(answer.value.body, `${file} in team ${team.id}`);
        if (!item.ok) return item;
        if (createdByTrusted(item.value, trust)) trusted.push({ team, item: item.value });
        else
          untrusted.push({
            teamName: team.displayName,
            createdByName: item.value.createdBy?.user?.displayName ?? 'someone else',
          });
      }
      // The organizer linking twice (a race) leaves two trusted files; everyone must pick the same one.
      const first = trusted.sort((a, b) => (a.team.id < b.team.id ? -1 : a.team.id > b.team.id ? 1 : 0))[0];
      if (!first) return ok({ stored: null, untrusted });
      const location = locationOf(first.team, first.item.id);
      const doc = await readContent(first.team.id, first.item, describe(location));
      if (!doc.ok) return doc;
      if (doc.value.seriesKey !== key)
        return err({
          kind: 'invalidDocument',
          code: 'CorruptDocument',
          message: `${describe(location)} belongs to another series (${doc.value.seriesKey}). It was left untouched.`,
        });
      return ok({
        stored: { doc: doc.value, location, etag: first.item.eTag, ...tagsOf(first.item) },
        untrusted,
      });
    },

    async load(location: SeriesLocation, known?: KnownVersion): Promise<Outcome<StoredSeries>> {
      if (known) {
        // A conditional read (GD driveitem-get.md "if-none-match"): an unchanged file answers 304 with no body and no
        // download. A changed eTag with the same cTag is SharePoint's own processing of a new upload (or a metadata
        // change): readLatest then keeps the held content and skips the download too.
        const select = DRIVE_ITEM_SELECT.map(encodeURIComponent).join(',');
        const res = await client.request<unknown>(
          'GET',
          `${itemPath(location.groupId, location.itemId)}?$select=${select}`,
          undefined,
          { 'If-None-Match': known.etag },
        );
        if (!res.ok) return res;
        if (res.value.status === 304) return ok({ ...known, location });
        const item = parseItem(res.value.body, `item ${location.itemId}`);
        if (!item.ok) return item;
        const doc =
          known.ctag !== undefined && item.value.cTag === known.ctag
            ? ok(known.doc)
            : await readContent(location.groupId, item.value, describe(location));
        if (!doc.ok) return doc;
        return ok({ doc: doc.value, location, etag: item.value.eTag, ...tagsOf(item.value) });
      }
      const latest = await readLatest(location);
      return latest.ok
        ? ok({ doc: latest.value.value, location, etag: latest.value.etag, ...pickTags(latest.value) })
        : latest;
    },

    async create(team: Team, doc: SeriesDocument): Promise<Outcome<StoredSeries>> {
      const body = serialise(doc);
      if (!body.ok) return body;
      const file = await seriesFileName(doc.seriesKey);
      // Path-based upload creates the missing Roundtable folder with the file (GD driveitem-put-content.md, "upload a
      // new file"); conflictBehavior=fail makes it create-only, the documented way: 409 nameAlreadyExists when the
      // file exists, and nothing is written (onedrive-api-docs driveitem_put_content.md, "Conflict Resolution").
      const res = await client.request<unknown>(
        'PUT',
        `/groups/${encodeURIComponent(team.id)}/drive/root:/${SERIES_FOLDER}/${file}:/content${CREATE_ONLY}`,
        body.value,
        { 'Content-Type': 'application/json' },
      );
      if (!res.ok) return res;
      const item = parseItem(res.value.body, `${file} in team ${team.id}`);
      if (!item.ok) return item;
      return ok({
        doc,
        location: locationOf(team, item.value.id),
        etag: item.value.eTag,
        ...tagsOf(item.value),
      });
    },

    async loadArchive(location: SeriesLocation, key: SeriesKey): Promise<Outcome<SeriesDocument | null>> {
      const file = await seriesArchiveFileName(key);
      const meta = await client.get<unknown>(
        `/groups/${encodeURIComponent(location.groupId)}/drive/root:/${SERIES_FOLDER}/${file}`,
        { select: DRIVE_ITEM_SELECT },
      );
      if (!meta.ok) return meta.failure.kind === 'notFound' ? ok(null) : meta;
      const item = parseItem(meta.value, `${file} in team ${location.groupId}`);
      if (!item.ok) return item;
      return readContent(location.groupId, item.value, `The archive file in team ${location.groupId}`);
    },

    async archive(
      location: SeriesLocation,
      part: SeriesDocument,
    ): Promise<Outcome<{ readonly file: string }>> {
      const file = await seriesArchiveFileName(part.seriesKey);
      const folder = `/groups/${encodeURIComponent(location.groupId)}/drive/root:/${SERIES_FOLDER}`;
      const where = `The archive file in ${location.teamName ? `“${location.teamName}”` : `team ${location.groupId}`}`;
      // The archive is merged like the series file (its entries are the same records), read-modify-written by id once
      // it exists; the first write creates it by path, create-only (conflictBehavior=fail), so two organizer clients
      // archiving at once both land: the second one's 409 re-reads and merges.
      const r = await readModifyWrite<SeriesDocument, Latest & { readonly itemId?: string }, never>({
        read: async () => {
          const meta = await client.get<unknown>(`${folder}/${file}`, { select: DRIVE_ITEM_SELECT });
          if (!meta.ok)
            return meta.failure.kind === 'notFound'
              ? ok({ value: emptySeriesDocument(part.seriesKey, part.title), etag: '' })
              : meta;
          const item = parseItem(meta.value, `${file} in team ${location.groupId}`);
          if (!item.ok) return item;
          const doc = await readContent(location.groupId, item.value, where);
          return doc.ok ? ok({ value: doc.value, etag: item.value.eTag, itemId: item.value.id }) : doc;
        },
        apply: (latest) => ok(mergeSeriesDocuments(latest, part)),
        merge: (_latest, applied) => applied,
        write: async (doc, latest) => {
          const body = serialise(doc);
          if (!body.ok) return body;
          const res =
            latest.itemId === undefined
              ? await client.request<unknown>('PUT', `${folder}/${file}:/content${CREATE_ONLY}`, body.value, {
                  'Content-Type': 'application/json',
                })
              : await client.request<unknown>(
                  'PUT',
                  `${itemPath(location.groupId, latest.itemId)}/content`,
                  body.value,
                  { 'Content-Type': 'application/json', 'If-Match': latest.etag },
                );
          if (!res.ok) return res;
          const item = parseItem(res.value.body, `${file} in team ${location.groupId}`);
          return item.ok ? ok({ value: doc, etag: item.value.eTag, itemId: item.value.id }) : item;
        },
        ...(opts.maxAttempts !== undefined ? { maxAttempts: opts.maxAttempts } : {}),
        ...(opts.random ? { random: opts.random } : {}),
        ...(opts.sleep ? { sleep: opts.sleep } : {}),
      });
      return r.ok ? ok({ file }) : r;
    },

    async update<E>(
      location: SeriesLocation,
      apply: (latest: SeriesDocument) => Result<SeriesDocument, E>,
      known?: KnownVersion,
    ): Promise<Result<StoredSeries & { readonly attempts: number }, Failure | E>> {
      // The newest version whose content this client holds: what it was given, then each version it read or wrote.
      let held: Latest | undefined = known
        ? { value: known.doc, etag: known.etag, ...pickTags(known) }
        : undefined;
      let triedCtag = false;
      const young = (v: Latest): boolean =>
        v.created !== undefined && now() - Date.parse(v.created) < YOUNG_FILE_MS;
      const r = await readModifyWrite<SeriesDocument, Latest, E>({
        read: async () => {
          const latest = await readLatest(location, held);
          if (latest.ok) held = latest.value;
          return latest;
        },
        apply,
        ...(held ? { initial: held } : {}),
        // The intent was applied to the newest version, so what it returns already holds everything stored there: that
        // is written as it is. (A union with the newest version would bring back what the intent removed on purpose:
        // meetings moved to the archive.) mergeSeriesDocuments stays the merge of two replicas, e.g. of archive files.
        merge: (_latest, applied) => applied,
        skipUnchanged: true,
        write: async (doc, latest) => {
          let written = await writeOver(location, doc, latest.etag);
          if (
            !written.ok &&
            written.failure.status === 412 &&
            !triedCtag &&
            latest.ctag !== undefined &&
            young(latest)
          ) {
            triedCtag = true;
            written = await writeOver(location, doc, latest.ctag);
          }
          if (written.ok) held = written.value;
          return written;
        },
        ...(opts.maxAttempts !== undefined ? { maxAttempts: opts.maxAttempts } : {}),
        ...(opts.random ? { random: opts.random } : {}),
        ...(opts.sleep ? { sleep: opts.sleep } : {}),
      });
      if (!r.ok) return r;
      return ok({
        doc: r.value.value,
        location,
        etag: r.value.etag,
        ...pickTags(r.value),
        attempts: r.value.attempts,
      });
    },
  };
}

/**
 * The drive's own record of who created the file (driveItem.createdBy, set by SharePoint, not by the uploader's
 * content) names someone whose file counts: by Entra id, or by display name when no id could be learned.
 */
function createdByTrusted(item: DriveItem, trust: SeriesTrust): boolean {
  const user = item.createdBy?.user;
  if (!user) return false;
  if (user.id && trust.creatorIds.some((id) => id.toLowerCase() === user.id?.toLowerCase())) return true;
  const name = user.displayName?.trim().toLowerCase();
  return (
    trust.creatorIds.length === 0 &&
    name !== undefined &&
    name !== '' &&
    trust.creatorNames.some((n) => n.trim().toLowerCase() === name)
  );
}

function locationOf(team: Team, itemId: string): SeriesLocation {
  return { groupId: toGroupId(team.id), teamName: team.displayName, itemId };
}

function describe(location: SeriesLocation): string {
  return `The agenda file in ${location.teamName ? `“${location.teamName}”` : `team ${location.groupId}`}`;
}

// Compact JSON (no indentation) keeps large series well under the simple-upload limit.
function serialise(doc: SeriesDocument): Outcome<string> {
  const text = JSON.stringify(doc);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_DOCUMENT_BYTES)
    return err({
      kind: 'badRequest',
      code: 'DocumentTooLarge',
      message: `The agenda file would be ${bytes} bytes; a simple upload takes at most ${MAX_DOCUMENT_BYTES}. Nothing was written.`,
    });
  return ok(text);
}

function parseItem(value: unknown, what: string): Outcome<DriveItem> {
  const parsed = driveItemSchema.safeParse(value);
  return parsed.success ? ok(parsed.data) : err(invalid(what, parsed.error.message));
}

function invalid(what: string, detail: string): Failure {
  return { kind: 'badRequest', code: 'InvalidGraphPayload', message: `Unexpected ${what}: ${detail}` };
}
