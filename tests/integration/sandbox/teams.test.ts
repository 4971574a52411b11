// GET /me/joinedTeams differs by user: everyone leads in "Leadership Team"; "Product Council" has some of them.
import { UPN, setupSandbox } from './setupSandbox';

const h = setupSandbox();

async function teamNames(upn: string): Promise<string[]> {
  const r = await h.call('/me/joinedTeams', { token: h.token(upn) });
  expect(r.status).toBe(200);
  return (r.json.value as { displayName: string }[]).map((t) => t.displayName).sort();
}

describe('GET /me/joinedTeams', () => {
  it('lists the teams the signed-in user is a member of', async () => {
    expect(await teamNames(UPN.avery)).toEqual(['Leadership Team', 'Product Council']);
    expect(await teamNames(UPN.mei)).toEqual(['Leadership Team', 'Product Council']);
    expect(await teamNames(UPN.dana)).toEqual(['Leadership Team']);
    expect(await teamNames(UPN.rowan)).toEqual(['Product Council']);
  });

  it('returns id, displayName, description, isArchived and tenantId', async () => {
    const r = await h.call('/me/joinedTeams', { token: h.token(UPN.dana) });
    const tenantId = (await h.admin('/_sandbox/tenant')).json.tenantId as string;
    expect(r.json.value[0]).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      displayName: 'Leadership Team',
      description: expect.any(String),
      isArchived: false,
      tenantId,
    });
    expect(r.json['@odata.context']).toBe(`${h.sandbox().url}/v1.0/$metadata#teams`);
  });

  it('works as /users/{own id}/joinedTeams but not for another user (delegated)', async () => {
    const me = (await h.call('/me')).json.id as string;
    expect((await h.call(`/users/${me}/joinedTeams`)).status).toBe(200);
    expect((await h.call(`/users/${UPN.dana}/joinedTeams`)).status).toBe(403);
  });

  it('takes no OData query options', async () => {
    expect((await h.call('/me/joinedTeams?$select=id')).status).toBe(400);
  });
});
