// One jest, four layers (CONVENTIONS.md §9). e2e runs against the production build in dist/.
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
    },
  ],
};
const base = {
  testEnvironment: 'node',
  transform,
  // strip-bom (pulled in by @microsoft/app-manifest) and uuid (by office-addin-mock) ship ESM only; let swc turn
  // them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(strip-bom|uuid)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'] },
    { ...base, displayName: 'contract', testMatch: ['<rootDir>/tests/contract/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      testTimeout: 90000,
      // Fails any browser test whose pages broke the CSP or left localhost (tests/e2e/helpers/pageGuards.ts).
      setupFilesAfterEnv: ['<rootDir>/tests/e2e/helpers/failOnGuardReports.ts'],
    },
  ],
};
