// TeamSource over `GET /me/joinedTeams` (GD api-reference/v1.0/api/user-list-joinedteams.md). No $select: that
// doc lists no OData query parameter support for this call, so we read the default team properties.
import { groupId } from '../../domain/ids';
import type { Team } from '../../domain/meetings/meeting';
import { err, ok } from '../../domain/result';
import type { Outcome, TeamSource } from '../../usecases/ports';
import type { GraphClient } from '../core/GraphClient';
import { z } from 'zod';

const teamSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
});

export function createTeamSource(client: GraphClient): TeamSource {
  return {
    async listJoinedTeams(): Promise<Outcome<readonly Team[]>> {
      const page = await client.getAllPages<unknown>('/me/joinedTeams');
      if (!page.ok) return page;
      const teams: Team[] = [];
      for (const [i, item] of page.value.entries()) {
        const parsed = teamSchema.safeParse(item);
        if (!parsed.success) {
          return err({
            kind: 'badRequest',
            code: 'InvalidGraphPayload',
            message: `Unexpected team #${i}: ${parsed.error.message}`,
          });
        }
        const t = parsed.data;
        teams.push({
          id: groupId(t.id),
          displayName: t.displayName ?? '',
          ...(t.description ? { description: t.description } : {}),
        });
      }
      return ok(teams);
    },
  };
}
