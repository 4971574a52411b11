import { toAuthority } from '../../../src/auth/toAuthority';

describe('toAuthority: the popup and NAA authority follow the registration, never /common', () => {
  it('uses the tenant GUID of a single-tenant registration', () => {
    expect(toAuthority('72F988BF-86F1-41AF-91AB-2D7CD011DB47')).toBe(
      'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47',
    );
  });

  it('uses a verified domain as given', () => {
    expect(toAuthority('contoso.onmicrosoft.com')).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    );
  });

  it.each(['organizations', '', undefined, '  ', 'common', 'consumers', 'not a tenant'])(
    'uses /organizations for %p',
    (tenant) => {
      expect(toAuthority(tenant)).toBe('https://login.microsoftonline.com/organizations');
    },
  );
});
