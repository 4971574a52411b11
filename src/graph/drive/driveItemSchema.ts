// The driveItem fields the series store reads (GD api-reference/v1.0/resources/driveitem.md). `eTag` is what
// If-Match compares (platform-facts §3). `@microsoft.graph.downloadUrl` is an instance annotation that `$select` can
// ask for by name (GD driveitem-get-content.md, "Downloading files in JavaScript apps"); Graph returns it for files.
import { z } from 'zod';

export const DOWNLOAD_URL = '@microsoft.graph.downloadUrl';

export const driveItemSchema = z.object({
  id: z.string().min(1),
  eTag: z.string().min(1),
  name: z.string().nullish(),
  size: z.number().nullish(),
  [DOWNLOAD_URL]: z.string().url().nullish(),
});

export type DriveItem = z.infer<typeof driveItemSchema>;

export const DRIVE_ITEM_SELECT = ['id', 'eTag', 'name', 'size', DOWNLOAD_URL] as const;
