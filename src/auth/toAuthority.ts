// Which Entra authority MSAL signs in against, from the registration's tenant (BUILD_IDENTITY.tenantId).
// A single-tenant app must use its own tenant: /common makes Entra answer AADSTS50194 ("Application is not
// configured as a multi-tenant application"). A multitenant app uses /organizations (work and school accounts
// only; the app reads calendars, Planner and group drives, which personal Microsoft accounts don't have).
// Never /common. learn.microsoft.com: entra/identity-platform/msal-client-application-configuration#authority;
// howto-convert-app-to-be-multi-tenant ("Update your code to send requests to /common" only for multitenant apps).
const LOGIN_HOST = 'https://login.microsoftonline.com';

// A tenant is named by its GUID or a verified domain (contoso.onmicrosoft.com, contoso.com).
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function toAuthority(tenantId: string | undefined): string {
  const tenant = (tenantId ?? '').trim();
  if (GUID.test(tenant) || DOMAIN.test(tenant)) return `${LOGIN_HOST}/${tenant.toLowerCase()}`;
  // "organizations", empty (a build with no tenant), or anything else that names no single tenant ("common"
  // included: it would also admit personal accounts, which the app can't serve).
  return `${LOGIN_HOST}/organizations`;
}
