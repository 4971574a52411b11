// Types for environment.cjs (plain CommonJS so webpack.config.js can require it without a TypeScript loader).
export declare const TEST_ENV: 'test';
export declare const IDENTITY_VARIABLES: readonly ['AAD_APP_CLIENT_ID', 'AAD_APP_TENANT_ID', 'TEAMS_APP_ID'];
export declare function parseEnvFile(text: string): Record<string, string>;
export declare function mergeEnv(
  ...sources: readonly Readonly<Record<string, string | undefined>>[]
): Record<string, string>;
export declare function environmentName(processEnv: Readonly<Record<string, string | undefined>>): string;
export declare function loadEnvironment(
  root: string,
  processEnv: Readonly<Record<string, string | undefined>>,
): { name: string; file: string; vars: Record<string, string> };
export declare function identityProblems(
  vars: Readonly<Record<string, string | undefined>>,
  name: string,
): string[];
export declare function readBuildIdentity(
  root: string,
  processEnv: Readonly<Record<string, string | undefined>>,
): { environment: string; clientId: string; tenantId: string; teamsAppId: string };
