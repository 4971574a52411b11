// The drive slice: a group's document library addressed as /groups/{id}/drive or /drives/{id}, items by id or by
// path ("root:/a/b.json:"), metadata, children, content download (302 to a pre-authenticated URL) and simple
// upload (≤ 4 MB) with If-Match / If-None-Match. Sources: GD api-reference/v1.0/api/drive-get.md,
// driveitem-get.md, driveitem-get-content.md, driveitem-put-content.md, driveitem-list-children.md,
// driveitem-delete.md, resources/driveitem.md; platform-facts.md §3 for the 412 body and If-None-Match.
import type { ScopeRule } from '../auth';
import { GraphError, badRequest } from '../errors';
import { parseSelect, project } from '../odata';
import type { GraphResponse, Route, RouteContext } from '../router';
import type { GroupRecord } from '../store';
import {
  cTagOf,
  eTagOf,
  splitPath,
  type DriveItemRecord,
  type DriveRecord,
  type DriveStore,
} from '../driveStore';

const READ: ScopeRule = {
  workload: 'drive',
  anyOf: ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'],
};
const WRITE: ScopeRule = { workload: 'drive', anyOf: ['Files.ReadWrite.All', 'Sites.ReadWrite.All'] };

/** Simple upload limit (platform-facts §3: "PUT …/content (≤ 4 MB)"); larger files need an upload session. */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;

const ITEM_PROPERTIES = [
  '@microsoft.graph.downloadUrl',
  'cTag',
  'createdBy',
  'createdDateTime',
  'eTag',
  'file',
  'folder',
  'id',
  'lastModifiedBy',
  'lastModifiedDateTime',
  'name',
  'parentReference',
  'root',
  'size',
  'webUrl',
];

export function driveRoutes(drives: DriveStore): readonly Route[] {
  const bases = ['groups/{group}/drive', 'drives/{drive}'];
  const routes: Route[] = [];
  for (const base of bases) {
    routes.push(
      { method: 'GET', path: base, scopes: READ, handle: (c) => getDrive(drives, c) },
      { method: 'GET', path: `${base}/root`, scopes: READ, handle: (c) => getItem(drives, c, 'root') },
      {
        method: 'GET',
        path: `${base}/root/children`,
        scopes: READ,
        handle: (c) => listChildren(drives, c, 'root'),
      },
      {
        method: 'GET',
        path: `${base}/root:/{path}`,
        scopes: READ,
        handle: (c) => getItem(drives, c, 'path'),
      },
      {
        method: 'GET',
        path: `${base}/root:/{path}/children`,
        scopes: READ,
        handle: (c) => listChildren(drives, c, 'path'),
      },
      {
        method: 'GET',
        path: `${base}/root:/{path}/content`,
        scopes: READ,
        handle: (c) => getContent(drives, c, 'path'),
      },
      {
        method: 'PUT',
        path: `${base}/root:/{path}/content`,
        scopes: WRITE,
        handle: (c) => putContent(drives, c, 'path'),
      },
      { method: 'GET', path: `${base}/items/{item}`, scopes: READ, handle: (c) => getItem(drives, c, 'id') },
      {
        method: 'GET',
        path: `${base}/items/{item}/children`,
        scopes: READ,
        handle: (c) => listChildren(drives, c, 'id'),
      },
      {
        method: 'GET',
        path: `${base}/items/{item}/content`,
        scopes: READ,
        handle: (c) => getContent(drives, c, 'id'),
      },
      {
        method: 'PUT',
        path: `${base}/items/{item}/content`,
        scopes: WRITE,
        handle: (c) => putContent(drives, c, 'id'),
      },
      { method: 'DELETE', path: `${base}/items/{item}`, scopes: WRITE, handle: (c) => deleteItem(drives, c) },
    );
  }
  return routes;
}

type Addressing = 'root' | 'path' | 'id';

/** The drive of the addressed group, for members only (a group's files are its members'). */
function openDrive(drives: DriveStore, ctx: RouteContext): { drive: DriveRecord; group: GroupRecord } {
  const { group: groupKey, drive: driveKey } = ctx.params;
  const group = ctx.store.groups.find((g) =>
    groupKey !== undefined ? g.id.toLowerCase() === groupKey.toLowerCase() : g.driveId === driveKey,
  );
  if (!group) {
    if (groupKey !== undefined)
      throw new GraphError(
        404,
        'Request_ResourceNotFound',
        `Resource '${groupKey}' does not exist or one of its queried reference-property objects are not present.`,
      );
    throw new GraphError(404, 'itemNotFound', 'The requested drive was not found.');
  }
  // A new team's document library is provisioned in the background; until then Graph answers this
  // (microsoft-graph-docs-contrib#8215, quoted body; 404 is an assumption: the thread shows the body only).
  if (drives.isProvisioning(group.id))
    throw new GraphError(404, 'ResourceNotFound', 'Resource provisioning is in progress. Please try again.');
  const uid = ctx.caller.user.id;
  if (!group.memberIds.includes(uid) && !group.ownerIds.includes(uid))
    // GD concepts/errors.md: "accessDenied: The caller doesn't have permission to perform the action." A resource the
    // user can't reach, not a token without scopes, though the wording says "permission" (PF §11).
    throw new GraphError(403, 'accessDenied', "The caller doesn't have permission to perform the action.");
  return { drive: drives.driveOf(group.driveId, group.id, ctx.now, group.ownerIds[0] ?? uid), group };
}

function findItem(
  drives: DriveStore,
  drive: DriveRecord,
  ctx: RouteContext,
  how: Addressing,
): DriveItemRecord | undefined {
  if (how === 'root') return drive.items.get(drive.rootId);
  if (how === 'path') return drives.resolvePath(drive, ctx.params.path ?? '');
  return drive.items.get(ctx.params.item ?? '');
}

const notFound = () => new GraphError(404, 'itemNotFound', 'The resource could not be found.');

function pathOf(drive: DriveRecord, item: DriveItemRecord): string {
  const names: string[] = [];
  let cur: DriveItemRecord | undefined = item;
  while (cur && cur.parentId !== null) {
    names.unshift(cur.name);
    cur = drive.items.get(cur.parentId);
  }
  return names.join('/');
}

function toJson(
  drives: DriveStore,
  ctx: RouteContext,
  drive: DriveRecord,
  item: DriveItemRecord,
): Record<string, unknown> {
  // SharePoint's identity sets on drive items carry the user's email beside id and displayName (identity is an open
  // type, GD resources/identity.md; responses quoted in microsoft-graph-docs#7876, msgraph-sdk-java#100).
  const user = (id: string) => {
    const u = ctx.store.findUser(id);
    return { user: { ...(u ? { email: u.mail } : {}), id, displayName: u?.displayName ?? id } };
  };
  const parent = item.parentId !== null ? drive.items.get(item.parentId) : undefined;
  const parentPath = parent ? pathOf(drive, parent) : '';
  const isRoot = item.parentId === null;
  const children = drives.children(drive, item.id).length;
  return {
    ...(!item.isFolder
      ? {
          '@microsoft.graph.downloadUrl': `${ctx.req.origin}/_download/${drives.grantDownload(drive, item, ctx.now)}`,
        }
      : {}),
    createdDateTime: item.createdDateTime,
    eTag: eTagOf(item),
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    name: item.name,
    webUrl: `${ctx.req.origin}/sites/${drive.groupId}/Shared%20Documents/${encodeURI(pathOf(drive, item))}`,
    cTag: cTagOf(item),
    size: item.isFolder
      ? drives.children(drive, item.id).reduce((s, c) => s + c.content.length, 0)
      : item.content.length,
    createdBy: user(item.createdBy),
    lastModifiedBy: user(item.lastModifiedBy),
    parentReference: {
      driveType: 'documentLibrary',
      driveId: drive.id,
      ...(parent
        ? { id: parent.id, path: `/drives/${drive.id}/root:${parentPath ? `/${parentPath}` : ''}` }
        : {}),
    },
    ...(item.isFolder ? { folder: { childCount: children } } : { file: { mimeType: item.mimeType } }),
    ...(isRoot ? { root: {} } : {}),
  };
}

function getDrive(drives: DriveStore, ctx: RouteContext): GraphResponse {
  const { drive, group } = openDrive(drives, ctx);
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#drives/$entity`,
      id: drive.id,
      driveType: 'documentLibrary',
      name: 'Documents',
      webUrl: `${ctx.req.origin}/sites/${group.id}/Shared%20Documents`,
      owner: { group: { id: group.id, displayName: group.displayName } },
    },
  };
}

function getItem(drives: DriveStore, ctx: RouteContext, how: Addressing): GraphResponse {
  const { drive } = openDrive(drives, ctx);
  const select = parseSelect(ctx.req, ITEM_PROPERTIES, 'microsoft.graph.driveItem', 'BadRequest');
  const item = findItem(drives, drive, ctx, how);
  if (!item) throw notFound();
  const unchanged = notModified(ctx, item);
  if (unchanged) return unchanged;
  return {
    status: 200,
    headers: { ETag: eTagOf(item) },
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#drives('${drive.id}')/items/$entity`,
      ...project(toJson(drives, ctx, drive, item), select, ['id']),
    },
  };
}

function listChildren(drives: DriveStore, ctx: RouteContext, how: Addressing): GraphResponse {
  const { drive } = openDrive(drives, ctx);
  const select = parseSelect(ctx.req, ITEM_PROPERTIES, 'microsoft.graph.driveItem', 'BadRequest');
  const item = findItem(drives, drive, ctx, how);
  if (!item) throw notFound();
  if (!item.isFolder) throw badRequest('The item is not a folder.', 'invalidRequest');
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#drives('${drive.id}')/items('${item.id}')/children`,
      value: drives
        .children(drive, item.id)
        .map((c) => project(toJson(drives, ctx, drive, c), select, ['id'])),
    },
  };
}

function getContent(drives: DriveStore, ctx: RouteContext, how: Addressing): GraphResponse {
  const { drive } = openDrive(drives, ctx);
  const item = findItem(drives, drive, ctx, how);
  if (!item) throw notFound();
  if (item.isFolder) throw badRequest('Folders have no content.', 'invalidRequest');
  const unchanged = notModified(ctx, item);
  if (unchanged) return unchanged;
  // "Returns a 302 Found response redirecting to a pre-authenticated download URL" (driveitem-get-content.md).
  return {
    status: 302,
    headers: { Location: `${ctx.req.origin}/_download/${drives.grantDownload(drive, item, ctx.now)}` },
  };
}

/*
 * A read with If-None-Match: "If this request header is included and the eTag (or cTag) provided matches the current
 * tag on the file, an HTTP 304 Not Modified response is returned" (GD driveitem-get.md, driveitem-get-content.md).
 * Only the item's current tags match: an eTag that SharePoint's post-processing replaced no longer does, so the read
 * after the churn is a full 200 (the cTag, which the churn leaves alone, still matches). The 304 has no body and
 * carries the current eTag (RFC 9110 §15.4.5: the ETag a 200 would have sent). *Assumption:* `*` matches any existing
 * item (RFC 9110 §13.1.2) and a list of tags is read like If-Match's.
 */
function notModified(ctx: RouteContext, item: DriveItemRecord): GraphResponse | undefined {
  const header = ctx.req.headers['if-none-match'];
  if (header === undefined) return undefined;
  const current = [eTagOf(item), cTagOf(item)];
  const whole = header.trim().replace(/^W\//, '');
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  const matches = whole === '*' || current.includes(whole) || tags.some((t) => current.includes(t));
  return matches ? { status: 304, headers: { ETag: eTagOf(item) } } : undefined;
}

/** If-Match / If-None-Match per RFC 9110 §13.1, with OneDrive's 412 body (platform-facts §3). */
function checkPreconditions(ctx: RouteContext, existing: DriveItemRecord | undefined): void {
  const ifMatch = ctx.req.headers['if-match'];
  const ifNoneMatch = ctx.req.headers['if-none-match'];
  const modified = () => new GraphError(412, 'resourceModified', "ETag does not match current item's value");
  if (ifMatch !== undefined) {
    if (!existing) throw modified();
    const tags = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
    const current = [eTagOf(existing), cTagOf(existing)];
    // An eTag itself contains a comma ("{GUID},N"): compare the whole header too.
    const whole = ifMatch.trim().replace(/^W\//, '');
    if (!tags.includes('*') && !current.includes(whole) && !tags.some((t) => current.includes(t)))
      throw modified();
  }
  if (ifNoneMatch !== undefined && existing) {
    const whole = ifNoneMatch.trim().replace(/^W\//, '');
    if (whole === '*' || whole === eTagOf(existing) || whole === cTagOf(existing))
      throw new GraphError(412, 'resourceModified', 'The item already exists (If-None-Match).');
  }
}

function putContent(drives: DriveStore, ctx: RouteContext, how: Addressing): GraphResponse {
  const { drive } = openDrive(drives, ctx);
  const body = ctx.req.body ?? Buffer.alloc(0);
  if (body.length > SIMPLE_UPLOAD_LIMIT)
    throw new GraphError(
      413,
      'requestEntityTooLarge',
      `Simple upload accepts at most ${SIMPLE_UPLOAD_LIMIT} bytes; use an upload session for larger files.`,
    );
  const mimeType =
    (ctx.req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]?.trim() ?? '';
  const user = ctx.caller.user.id;
  const behavior = ctx.req.query.get('@microsoft.graph.conflictBehavior');
  if (behavior !== undefined && !['fail', 'replace', 'rename'].includes(behavior))
    throw badRequest(`Invalid @microsoft.graph.conflictBehavior '${behavior}'.`, 'invalidRequest');

  if (how === 'id') {
    const item = findItem(drives, drive, ctx, how);
    if (!item) throw notFound();
    if (item.isFolder) throw badRequest('Cannot upload content to a folder.', 'invalidRequest');
    checkPreconditions(ctx, item);
    const next = drives.replaceContent(drive, item, body, mimeType, ctx.now, user);
    return itemResponse(drives, ctx, drive, next, 200);
  }

  const parts = splitPath(ctx.params.path ?? '');
  const name = parts.pop();
  if (!name) throw badRequest('The path must name a file.', 'invalidRequest');
  const existing = drives.resolvePath(drive, ctx.params.path ?? '');
  checkPreconditions(ctx, existing);
  if (existing && existing.isFolder)
    throw new GraphError(409, 'nameAlreadyExists', 'A folder with that name exists.');
  if (existing && behavior === 'fail')
    throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  // Path-based upload creates missing parent folders (driveitem-put-content.md, "upload a new file").
  const parent = drives.ensureFolders(drive, parts, ctx.now, user);
  if (existing && behavior !== 'rename') {
    const next = drives.replaceContent(drive, existing, body, mimeType, ctx.now, user);
    return itemResponse(drives, ctx, drive, next, 200);
  }
  let finalName = name;
  for (let n = 1; existing && drives.childNamed(drive, parent.id, finalName); n++) {
    const dot = name.lastIndexOf('.');
    finalName = dot > 0 ? `${name.slice(0, dot)} ${n}${name.slice(dot)}` : `${name} ${n}`;
  }
  const created = drives.createFile(drive, parent.id, finalName, body, mimeType, ctx.now, user);
  return itemResponse(drives, ctx, drive, created, 201);
}

function deleteItem(drives: DriveStore, ctx: RouteContext): GraphResponse {
  const { drive } = openDrive(drives, ctx);
  const item = findItem(drives, drive, ctx, 'id');
  if (!item || item.parentId === null) throw notFound();
  checkPreconditions(ctx, item);
  drives.remove(drive, item.id);
  return { status: 204 };
}

function itemResponse(
  drives: DriveStore,
  ctx: RouteContext,
  drive: DriveRecord,
  item: DriveItemRecord,
  status: number,
): GraphResponse {
  return {
    status,
    headers: { ETag: eTagOf(item) },
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#drives('${drive.id}')/items/$entity`,
      ...toJson(drives, ctx, drive, item),
    },
  };
}
