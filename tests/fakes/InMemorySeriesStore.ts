import type { GroupId, SeriesKey } from '../../src/domain/ids';
import type { Team } from '../../src/domain/meetings/meeting';
import { err, ok, type Result } from '../../src/domain/result';
import { mergeSeriesDocuments } from '../../src/domain/series/mergeSeriesDocuments';
import type { SeriesDocument } from '../../src/domain/series/seriesDocument';
import { readModifyWrite } from '../../src/graph/core/readModifyWrite';
import { parseSeriesDocument } from '../../src/graph/drive/parseSeriesDocument';
import { seriesArchiveFileName, seriesFileName } from '../../src/graph/drive/seriesFileName';
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
} from '../../src/usecases/ports';

interface File {
  readonly itemId: string;
  text: string;
  version: number;
  /** Who the drive says created it (driveItem.createdBy.user). */
  readonly createdBy: { readonly id: string; readonly name: string };
}

export interface InMemorySeriesStoreOptions {
  readonly maxAttempts?: number;
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Teams whose drive the user can't read (left the team): find skips them, like the adapter skips a 403. */
  readonly unreadable?: readonly GroupId[];
  /** Who creates files through this store (the drive records it as createdBy); default the organizer "adele". */
  readonly user?: { readonly id: string; readonly name: string };
  /** The reader's clock for the document's rules. */
  readonly now?: () => number;
}

/**
 * An honest in-memory SeriesDocumentStore: files hold raw text under the same names as in a team drive, every
 * write bumps an eTag, a stale If-Match gets preconditionFailed, create is create-only, and update runs the same
 * readModifyWrite loop and the same parser as the Graph adapter, so fake and adapter agree (the contract suite
 * in tests/contract/seriesDocumentStore runs against both). Every operation yields to the event loop between its
 * read and its write, so concurrent callers interleave as they would over HTTP.
 */
export class InMemorySeriesStore implements SeriesDocumentStore {
  /** Successful writes (create and update), for tests that assert "nothing was written". */
  writes = 0;
  /** preconditionFailed answers to writes, i.e. lost races. */
  conflicts = 0;
  private readonly files = new Map<string, File>();
  private readonly unreadable: ReadonlySet<string>;
  private nextId = 1;
  private failure: Failure | undefined;

  constructor(private readonly opts: InMemorySeriesStoreOptions = {}) {
    this.unreadable = new Set(opts.unreadable ?? []);
  }

  /** Every call answers this failure until cleared, the way an outage would. */
  failWith(failure: Failure | undefined): void {
    this.failure = failure;
  }

  /**
   * Writes raw text as the series file of `team`, as another client (or a damaged sync) could. A new file is
   * recorded as created by `createdBy`, by default this store's user.
   */
  async plantRaw(
    team: Team,
    key: SeriesKey,
    text: string,
    createdBy: { readonly id: string; readonly name: string } = this.user,
  ): Promise<void> {
    const path = await this.pathOf(team.id, key);
    const existing = this.files.get(path);
    if (existing) {
      existing.text = text;
      existing.version++;
    } else this.files.set(path, { itemId: `item-${this.nextId++}`, text, version: 1, createdBy });
  }

  private get user(): { readonly id: string; readonly name: string } {
    return this.opts.user ?? { id: 'adele', name: 'Adele Vance' };
  }

  private parse(text: string): Outcome<SeriesDocument> {
    const parsed = parseSeriesDocument(text, 'The agenda file', (this.opts.now ?? Date.now)());
    return parsed.ok ? ok(parsed.value.doc) : parsed;
  }

  async readRaw(team: Team, key: SeriesKey): Promise<string | null> {
    return this.files.get(await this.pathOf(team.id, key))?.text ?? null;
  }

  async find(key: SeriesKey, teams: readonly Team[], trust: SeriesTrust): Promise<Outcome<FoundSeries>> {
    await tick();
    if (this.failure) return err(this.failure);
    const sorted = [...teams].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const untrusted: UntrustedCopy[] = [];
    let stored: StoredSeries | null = null;
    for (const team of sorted) {
      if (this.unreadable.has(team.id)) continue;
      const file = this.files.get(await this.pathOf(team.id, key));
      if (!file) continue;
      const trusted =
        trust.creatorIds.includes(file.createdBy.id) ||
        (trust.creatorIds.length === 0 && trust.creatorNames.includes(file.createdBy.name));
      if (!trusted) {
        untrusted.push({ teamName: team.displayName, createdByName: file.createdBy.name });
        continue;
      }
      if (stored) continue;
      const location: SeriesLocation = { groupId: team.id, teamName: team.displayName, itemId: file.itemId };
      const doc = this.parse(file.text);
      if (!doc.ok) return doc;
      if (doc.value.seriesKey !== key)
        return err({ kind: 'invalidDocument', code: 'CorruptDocument', message: 'Another series' });
      stored = { doc: doc.value, location, etag: etagOf(file) };
    }
    return ok({ stored, untrusted });
  }

  async load(location: SeriesLocation, known?: KnownVersion): Promise<Outcome<StoredSeries>> {
    await tick();
    if (this.failure) return err(this.failure);
    const file = this.byItem(location);
    if (!file) return err({ kind: 'notFound', status: 404, code: 'itemNotFound' });
    // A conditional read answers the caller's own version when the file hasn't changed (the 304 of the real store).
    if (known && known.etag === etagOf(file)) return ok({ ...known, location });
    const doc = this.parse(file.text);
    return doc.ok ? ok({ doc: doc.value, location, etag: etagOf(file) }) : doc;
  }

  async create(team: Team, doc: SeriesDocument): Promise<Outcome<StoredSeries>> {
    const path = await this.pathOf(team.id, doc.seriesKey);
    await tick();
    if (this.failure) return err(this.failure);
    if (this.files.has(path)) {
      this.conflicts++;
      return err(preconditionFailed());
    }
    const file: File = {
      itemId: `item-${this.nextId++}`,
      text: JSON.stringify(doc),
      version: 1,
      createdBy: this.user,
    };
    this.files.set(path, file);
    this.writes++;
    return ok({
      doc,
      location: { groupId: team.id, teamName: team.displayName, itemId: file.itemId },
      etag: etagOf(file),
    });
  }

  async update<E>(
    location: SeriesLocation,
    apply: (latest: SeriesDocument) => Result<SeriesDocument, E>,
    known?: KnownVersion,
  ): Promise<Result<StoredSeries & { readonly attempts: number }, Failure | E>> {
    const r = await readModifyWrite<SeriesDocument, { value: SeriesDocument; etag: string }, E>({
      read: async () => {
        const s = await this.load(location);
        return s.ok ? ok({ value: s.value.doc, etag: s.value.etag }) : s;
      },
      apply,
      ...(known ? { initial: { value: known.doc, etag: known.etag } } : {}),
      // The intent was applied to the newest version, so what it returns already holds everything stored there: that
      // is written as it is. (A union with the newest version would bring back what the intent removed on purpose:
      // meetings moved to the archive.) mergeSeriesDocuments stays the merge of two replicas, e.g. of archive files.
      merge: (_latest, applied) => applied,
      skipUnchanged: true,
      write: async (doc, latest) => {
        await tick();
        if (this.failure) return err(this.failure);
        const file = this.byItem(location);
        if (!file) return err({ kind: 'notFound', status: 404, code: 'itemNotFound' });
        if (etagOf(file) !== latest.etag) {
          this.conflicts++;
          return err(preconditionFailed());
        }
        file.text = JSON.stringify(doc);
        file.version++;
        this.writes++;
        return ok({ value: doc, etag: etagOf(file) });
      },
      ...(this.opts.maxAttempts !== undefined ? { maxAttempts: this.opts.maxAttempts } : {}),
      random: this.opts.random ?? Math.random,
      sleep: this.opts.sleep ?? tick,
    });
    return r.ok ? ok({ doc: r.value.value, location, etag: r.value.etag, attempts: r.value.attempts }) : r;
  }

  async archive(location: SeriesLocation, part: SeriesDocument): Promise<Outcome<{ readonly file: string }>> {
    await tick();
    if (this.failure) return err(this.failure);
    const file = await seriesArchiveFileName(part.seriesKey);
    const path = `${location.groupId}/${file}`;
    const existing = this.files.get(path);
    let merged = part;
    if (existing) {
      const doc = this.parse(existing.text);
      if (!doc.ok) return doc;
      merged = mergeSeriesDocuments(doc.value, part);
      existing.text = JSON.stringify(merged);
      existing.version++;
    } else
      this.files.set(path, {
        itemId: `item-${this.nextId++}`,
        text: JSON.stringify(merged),
        version: 1,
        createdBy: this.user,
      });
    this.writes++;
    return ok({ file });
  }

  async loadArchive(location: SeriesLocation, key: SeriesKey): Promise<Outcome<SeriesDocument | null>> {
    await tick();
    if (this.failure) return err(this.failure);
    const file = this.files.get(`${location.groupId}/${await seriesArchiveFileName(key)}`);
    return file ? this.parse(file.text) : ok(null);
  }

  /** The series' archive file as stored, or null. */
  async readArchiveRaw(team: Team, key: SeriesKey): Promise<string | null> {
    return this.files.get(`${team.id}/${await seriesArchiveFileName(key)}`)?.text ?? null;
  }

  private byItem(location: SeriesLocation): File | undefined {
    for (const [path, file] of this.files)
      if (path.startsWith(`${location.groupId}/`) && file.itemId === location.itemId) return file;
    return undefined;
  }

  private async pathOf(gid: string, key: SeriesKey): Promise<string> {
    return `${gid}/${await seriesFileName(key)}`;
  }
}

const etagOf = (file: File): string => `"{${file.itemId}},${file.version}"`;

const preconditionFailed = (): Failure => ({
  kind: 'preconditionFailed',
  status: 412,
  code: 'resourceModified',
  message: 'ETag does not match current item value',
});

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
