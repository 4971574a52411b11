// The identities this build was made for: the Entra app's client id and tenant id and the Teams app id, read by
// webpack.config.js from env/.env.$TEAMSFX_ENV (the same file `npm run package` reads) and replaced at build time
// (DefinePlugin). The Teams app id here is a fallback only: deep links prefer the id the host reports at run time.
export interface BuildIdentity {
  /** AAD_APP_CLIENT_ID: the Entra app registration (a public SPA client). */
  readonly clientId: string;
  /** AAD_APP_TENANT_ID: the registration's home tenant (single tenant), or "organizations" for multitenant. */
  readonly tenantId: string;
  /** TEAMS_APP_ID: the Teams app's id in this environment's package. */
  readonly teamsAppId: string;
}

export const BUILD_IDENTITY: BuildIdentity = {
  clientId: process.env.AAD_APP_CLIENT_ID ?? '',
  tenantId: process.env.AAD_APP_TENANT_ID ?? '',
  teamsAppId: process.env.TEAMS_APP_ID ?? '',
};
