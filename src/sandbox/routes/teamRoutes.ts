// GET /me/joinedTeams (GD api-reference/v1.0/api/user-list-joinedteams.md): the teams the user is a direct member of.
import type { ScopeRule } from '../auth';
import { GraphError, badRequest } from '../errors';
import type { GraphResponse, Route, RouteContext } from '../router';

const TEAM_READ: ScopeRule = {
  workload: 'teams',
  anyOf: [
    'Team.ReadBasic.All',
    'TeamSettings.Read.All',
    'TeamSettings.ReadWrite.All',
    'User.Read.All',
    'User.ReadWrite.All',
    'Directory.Read.All',
    'Directory.ReadWrite.All',
  ],
};

export const teamRoutes: readonly Route[] = [
  { method: 'GET', path: 'users/{user}/joinedTeams', scopes: TEAM_READ, handle: listJoinedTeams },
];

function listJoinedTeams(ctx: RouteContext): GraphResponse {
  // "This method does not currently support the OData query parameters" (user-list-joinedteams.md).
  const options = ctx.req.query.systemOptions();
  if (options.length > 0)
    throw badRequest(`List joinedTeams does not support OData query options (${options.join(', ')}).`);
  const key = ctx.params.user ?? '';
  const user = ctx.store.findUser(key);
  if (!user) throw new GraphError(404, 'NotFound', `User '${key}' was not found.`);
  // "With user delegated permissions, this operation only works for the me user" (same doc).
  if (user.id !== ctx.caller.user.id) {
    throw new GraphError(
      403,
      'Forbidden',
      'With delegated permissions, joinedTeams can only be listed for the signed-in user.',
    );
  }
  const teams = ctx.store.groupsOf(user.id).filter((g) => g.isTeam);
  // The doc notes only id, displayName and description are filled in; today's service also fills isArchived and
  // tenantId and sends the other team properties as null.
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#teams`,
      '@odata.count': teams.length,
      value: teams.map((g) => ({
        id: g.id,
        createdDateTime: null,
        displayName: g.displayName,
        description: g.description,
        internalId: null,
        classification: null,
        specialization: null,
        visibility: null,
        webUrl: null,
        isArchived: g.isArchived,
        tenantId: ctx.store.tenant.id,
        isMembershipLimitedToOwners: null,
        memberSettings: null,
        guestSettings: null,
        messagingSettings: null,
        funSettings: null,
        discoverySettings: null,
        summary: null,
      })),
    },
  };
}
