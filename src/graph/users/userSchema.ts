// The user fields DirectoryUser needs (GD api-reference/v1.0/resources/user.md). `mail` is null for accounts
// without a mailbox, so it is nullable here.
import { z } from 'zod';

export const userSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
});

export const usersPageSchema = z.object({ value: z.array(z.unknown()) });

export const USER_SELECT = ['id', 'displayName', 'mail', 'userPrincipalName'] as const;
