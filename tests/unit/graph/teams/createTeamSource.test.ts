import { createGraphClient } from '../../../../src/graph/core/createGraphClient';
import { createTeamSource } from '../../../../src/graph/teams/createTeamSource';
import joinedTeams from '../../../fixtures/graph/joinedTeams.json';
import { DummyTerminal, json } from '../dummyTerminal';

const baseUrl = 'https://graph.microsoft.com/v1.0';

describe('createTeamSource', () => {
  it('lists joined teams across pages', async () => {
    const [first, second] = joinedTeams.value;
    const terminal = new DummyTerminal().then(
      () => json(200, { value: [first], '@odata.nextLink': `${baseUrl}/me/joinedTeams?$skiptoken=X1` }),
      () => json(200, { value: [second] }),
    );
    const client = createGraphClient({
      baseUrl,
      tokenProvider: { getToken: async () => 't' },
      scopes: ['Team.ReadBasic.All'],
      terminal,
    });

    const res = await createTeamSource(client).listJoinedTeams();

    expect(res).toEqual({
      ok: true,
      value: [
        {
          id: '02bd9fd6-8f93-4758-87c3-1fb73740a315',
          displayName: 'Leadership',
          description: 'The leadership team',
        },
        { id: '13be6971-79db-4f33-9d41-b25589ca25af', displayName: 'Design' },
      ],
    });
    expect(terminal.seen.map((r) => r.url)).toEqual([
      `${baseUrl}/me/joinedTeams`,
      `${baseUrl}/me/joinedTeams?$skiptoken=X1`,
    ]);
  });

  it('rejects a team without an id as InvalidGraphPayload', async () => {
    const terminal = new DummyTerminal().then(() => json(200, { value: [{ displayName: 'x' }] }));
    const client = createGraphClient({
      baseUrl,
      tokenProvider: { getToken: async () => 't' },
      scopes: [],
      terminal,
    });

    const res = await createTeamSource(client).listJoinedTeams();

    expect(res.ok ? undefined : res.failure.code).toBe('InvalidGraphPayload');
  });
});
