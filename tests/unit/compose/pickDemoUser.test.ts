import { pickDemoUser } from '../../../src/compose/pickDemoUser';
import type { HostSession } from '../../../src/host/hostTypes';

const tenant = {
  defaultUser: 'megan@contoso.example',
  users: [
    { id: '1', displayName: 'Megan Bowen', userPrincipalName: 'megan@contoso.example' },
    { id: '2', displayName: 'Adele Vance', userPrincipalName: 'AdeleV@contoso.example' },
  ],
};

const hosted = (userPrincipalName?: string): HostSession => ({
  kind: 'hosted',
  hostName: 'Teams',
  clientType: 'web',
  theme: 'light',
  locale: 'en-us',
  frameContext: 'content',
  user: userPrincipalName ? { userPrincipalName } : {},
  isNAAChannelRecommended: true,
});

describe('pickDemoUser', () => {
  it("uses the tenant's default user standalone", () => {
    expect(
      pickDemoUser(tenant, { kind: 'standalone', theme: 'light', locale: 'en-US', reason: 'notFramed' }),
    ).toBe('megan@contoso.example');
  });

  it("uses the host's signed-in user when the demo tenant has them", () => {
    expect(pickDemoUser(tenant, hosted('adelev@contoso.example'))).toBe('AdeleV@contoso.example');
  });

  it('falls back to the default user for a host user outside the demo tenant', () => {
    expect(pickDemoUser(tenant, hosted('someone@fabrikam.example'))).toBe('megan@contoso.example');
    expect(pickDemoUser(tenant, hosted())).toBe('megan@contoso.example');
  });
});
