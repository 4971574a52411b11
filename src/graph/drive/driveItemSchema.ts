// The driveItem fields the series store reads (GD api-reference/v1.0/resources/driveitem.md). `eTag` is what
// If-Match compares (platform-facts §3). `@microsoft.graph.downloadUrl` is an instance annotation that `$select` can
// ask for by name (GD driveitem-get-content.md, "Downloading files in JavaScript apps"); Graph returns it for files.
import { z } from 'zod';

export const DOWNLOAD_URL = '@microsoft.graph.downloadUrl';

/** An identitySet's user (GD resources/identityset.md, resources/identity.md): who created or changed the item. */
const identityUser = z.object({
  id: z.string().nullish(),
  displayName: z.string().nullish(),
  email: z.string().nullish(),
});

export const driveItemSchema = z.object({
  id: z.string().min(1),
  eTag: z.string().min(1),
  // Changes only when the content does (GD resources/driveitem.md); optional: not every answer need carry it.
  cTag: z.string().min(1).nullish(),
  createdDateTime: z.string().nullish(),
  name: z.string().nullish(),
  size: z.number().nullish(),
  [DOWNLOAD_URL]: z.string().url().nullish(),
  createdBy: z.object({ user: identityUser.nullish() }).nullish(),
});

export type DriveItem = z.infer<typeof driveItemSchema>;

export const DRIVE_ITEM_SELECT = [
  'id',
  'eTag',
  'cTag',
  'name',
  'size',
  'createdBy',
  'createdDateTime',
  DOWNLOAD_URL,
] as const;
