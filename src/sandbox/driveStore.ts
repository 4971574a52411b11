// Drive items of the groups' document libraries: enough of OneDrive/SharePoint for one JSON file per meeting
// series (DESIGN.md "Where things live"). Items are kept per drive; every write bumps the item's eTag and cTag
// (GD resources/driveitem.md: "eTag: ETag for the entire item (metadata + content)", "cTag: … content"), and a new
// file's eTag changes once more on its own shortly after the upload, its content untouched (SharePoint's
// post-processing, src/sandbox/README.md "Drive").
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export interface DriveItemRecord {
  readonly id: string;
  readonly name: string;
  /** null for the root folder. */
  readonly parentId: string | null;
  readonly isFolder: boolean;
  readonly content: Buffer;
  readonly mimeType: string;
  /** Bumped on every change, content or metadata; part of the eTag. */
  readonly version: number;
  /** Bumped when the content changes; part of the cTag. */
  readonly contentVersion: number;
  /** A new file's post-processing: when (on the store's clock) its eTag changes on its own; undefined once done. */
  readonly settlesAt?: number;
  readonly guid: string;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
  readonly createdBy: string;
  readonly lastModifiedBy: string;
}

export interface DriveRecord {
  readonly id: string;
  readonly groupId: string;
  readonly rootId: string;
  readonly items: Map<string, DriveItemRecord>;
}

interface DownloadGrant {
  readonly driveId: string;
  readonly itemId: string;
  readonly version: number;
  readonly expiresAt: number;
}

/** Pre-authenticated download URLs are short-lived: "only valid for a short period of time" (driveitem-get-content.md). */
const DOWNLOAD_TTL_MS = 60 * 60 * 1000;

/** "Shortly after upload (within seconds)": the default delay of a new file's own eTag change. */
export const DEFAULT_POST_PROCESSING_MS = 2000;
export const MAX_POST_PROCESSING_MS = 24 * 60 * 60 * 1000;

export interface DriveStoreOptions {
  /** Delay from a new file's upload to its eTag changing on its own; 0 = before anyone can read it again. */
  readonly postProcessingMs?: number;
  /** Monotonic milliseconds; real elapsed time by default, since tests often pin the sandbox's `now`. */
  readonly clock?: () => number;
}

export class DriveStore {
  readonly #drives = new Map<string, DriveRecord>();
  readonly #downloads = new Map<string, DownloadGrant>();
  readonly #initialPostProcessingMs: number;
  readonly #clock: () => number;
  #postProcessingMs: number;
  /** Groups whose library is still being provisioned, until when (on the store's clock). */
  readonly #provisioningUntil = new Map<string, number>();

  constructor(opts: DriveStoreOptions = {}) {
    this.#initialPostProcessingMs = opts.postProcessingMs ?? DEFAULT_POST_PROCESSING_MS;
    this.#postProcessingMs = this.#initialPostProcessingMs;
    this.#clock = opts.clock ?? (() => performance.now());
  }

  /** Empties every drive and restores the post-processing delay the store was started with. */
  reset(): void {
    this.#drives.clear();
    this.#downloads.clear();
    this.#postProcessingMs = this.#initialPostProcessingMs;
    this.#provisioningUntil.clear();
  }

  /**
   * A new team's library may not exist for a while after the group was created (microsoft-graph-docs-contrib#8215):
   * for `ms` from now the group's drive answers 404. 0 ends it.
   */
  provisionLater(groupId: string, ms: number): void {
    if (!Number.isFinite(ms) || ms < 0 || ms > MAX_POST_PROCESSING_MS)
      throw new RangeError(`A provisioning time must be 0 to ${MAX_POST_PROCESSING_MS} ms.`);
    if (ms === 0) this.#provisioningUntil.delete(groupId.toLowerCase());
    else this.#provisioningUntil.set(groupId.toLowerCase(), this.#clock() + ms);
  }

  /** Whether the group's library is still being provisioned. */
  isProvisioning(groupId: string): boolean {
    const until = this.#provisioningUntil.get(groupId.toLowerCase());
    if (until === undefined) return false;
    if (until > this.#clock()) return true;
    this.#provisioningUntil.delete(groupId.toLowerCase());
    return false;
  }

  /** Groups still being provisioned, with the milliseconds left. */
  provisioning(): Record<string, number> {
    const now = this.#clock();
    const out: Record<string, number> = {};
    for (const [group, until] of this.#provisioningUntil)
      if (until > now) out[group] = Math.ceil(until - now);
    return out;
  }

  get postProcessingMs(): number {
    return this.#postProcessingMs;
  }

  /** Applies to files created from now on. */
  set postProcessingMs(ms: number) {
    if (!Number.isFinite(ms) || ms < 0 || ms > MAX_POST_PROCESSING_MS)
      throw new RangeError(`The post-processing delay must be 0 to ${MAX_POST_PROCESSING_MS} ms.`);
    this.#postProcessingMs = ms;
  }

  /**
   * The group's library, created empty on first use (every group has one, GD api-reference/v1.0/api/drive-get.md).
   * Every route opens the drive first, so this is where post-processing that is due takes effect.
   */
  driveOf(driveId: string, groupId: string, now: Date, creator: string): DriveRecord {
    let drive = this.#drives.get(driveId);
    if (!drive) {
      const rootId = itemId();
      drive = { id: driveId, groupId, rootId, items: new Map() };
      drive.items.set(rootId, newItem(rootId, 'root', null, true, Buffer.alloc(0), '', now, creator));
      this.#drives.set(driveId, drive);
    }
    this.#settle(drive);
    return drive;
  }

  /*
   * SharePoint's post-processing of a new file: once it is due, the file's eTag changes (its metadata was written)
   * while its content, cTag and lastModifiedDateTime stay as uploaded. It happens once per new file.
   */
  #settle(drive: DriveRecord): void {
    const now = this.#clock();
    for (const item of drive.items.values()) {
      if (item.settlesAt === undefined || item.settlesAt > now) continue;
      const { settlesAt: _done, ...rest } = item;
      drive.items.set(item.id, { ...rest, version: item.version + 1 });
    }
  }

  childNamed(drive: DriveRecord, parentId: string, name: string): DriveItemRecord | undefined {
    // OneDrive names are case-insensitive.
    for (const item of drive.items.values())
      if (item.parentId === parentId && item.name.toLowerCase() === name.toLowerCase()) return item;
    return undefined;
  }

  children(drive: DriveRecord, parentId: string): DriveItemRecord[] {
    return [...drive.items.values()]
      .filter((i) => i.parentId === parentId)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** Walks "a/b/c.json" from the root; undefined when any part is missing. */
  resolvePath(drive: DriveRecord, path: string): DriveItemRecord | undefined {
    let cur = drive.items.get(drive.rootId);
    for (const part of splitPath(path)) {
      if (!cur) return undefined;
      cur = this.childNamed(drive, cur.id, part);
    }
    return cur;
  }

  /** Creates the missing folders of a path-based upload ("root:/a/b/file:/content" creates a and b). */
  ensureFolders(drive: DriveRecord, folders: readonly string[], now: Date, user: string): DriveItemRecord {
    let cur = drive.items.get(drive.rootId) as DriveItemRecord;
    for (const name of folders) {
      const next = this.childNamed(drive, cur.id, name);
      if (next) {
        cur = next;
        continue;
      }
      const folder = newItem(itemId(), name, cur.id, true, Buffer.alloc(0), '', now, user);
      drive.items.set(folder.id, folder);
      cur = folder;
    }
    return cur;
  }

  createFile(
    drive: DriveRecord,
    parentId: string,
    name: string,
    content: Buffer,
    mimeType: string,
    now: Date,
    user: string,
  ) {
    const item: DriveItemRecord = {
      ...newItem(itemId(), name, parentId, false, content, mimeType, now, user),
      settlesAt: this.#clock() + this.#postProcessingMs,
    };
    drive.items.set(item.id, item);
    return item;
  }

  replaceContent(
    drive: DriveRecord,
    item: DriveItemRecord,
    content: Buffer,
    mimeType: string,
    now: Date,
    user: string,
  ) {
    const next: DriveItemRecord = {
      ...item,
      content,
      mimeType,
      version: item.version + 1,
      contentVersion: item.contentVersion + 1,
      lastModifiedDateTime: now.toISOString(),
      lastModifiedBy: user,
    };
    drive.items.set(item.id, next);
    return next;
  }

  remove(drive: DriveRecord, id: string): void {
    for (const child of this.children(drive, id)) this.remove(drive, child.id);
    drive.items.delete(id);
  }

  grantDownload(drive: DriveRecord, item: DriveItemRecord, now: Date): string {
    const token = randomBytes(18).toString('base64url');
    this.#downloads.set(token, {
      driveId: drive.id,
      itemId: item.id,
      version: item.version,
      expiresAt: now.getTime() + DOWNLOAD_TTL_MS,
    });
    return token;
  }

  /** The bytes behind a download URL; undefined when unknown, expired or the item is gone. */
  redeem(token: string, now: Date): DriveItemRecord | undefined {
    const grant = this.#downloads.get(token);
    if (!grant || grant.expiresAt < now.getTime()) return undefined;
    return this.#drives.get(grant.driveId)?.items.get(grant.itemId);
  }
}

export function eTagOf(item: DriveItemRecord): string {
  return `"{${item.guid.toUpperCase()}},${item.version}"`;
}

export function cTagOf(item: DriveItemRecord): string {
  return `"c:{${item.guid.toUpperCase()}},${item.contentVersion}"`;
}

export function splitPath(path: string): string[] {
  return path.split('/').filter((p) => p !== '');
}

// Item ids in SharePoint libraries look like "01" + 32 base32 characters.
function itemId(): string {
  return `01${randomBytes(20)
    .toString('base64url')
    .replace(/[^A-Za-z0-9]/g, 'X')
    .toUpperCase()
    .slice(0, 32)}`;
}

function newItem(
  id: string,
  name: string,
  parentId: string | null,
  isFolder: boolean,
  content: Buffer,
  mimeType: string,
  now: Date,
  user: string,
): DriveItemRecord {
  return {
    id,
    name,
    parentId,
    isFolder,
    content,
    mimeType,
    version: 1,
    contentVersion: 1,
    guid: randomUUID(),
    createdDateTime: now.toISOString(),
    lastModifiedDateTime: now.toISOString(),
    createdBy: user,
    lastModifiedBy: user,
  };
}
