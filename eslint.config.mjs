// Layering is a lint rule, not a hope (CONVENTIONS.md §1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const graphLibs = ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'];
const ui = ['react', 'react-dom', 'react-dom/*', '@fluentui/*'];
const host = ['@microsoft/teams-js'];
const msal = ['@azure/msal-browser'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'appPackage/build', 'coverage', 'test-results', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['usecases', 'graph', 'auth', 'host', 'app', 'compose', 'sandbox'].flatMap((l) => [
                `**/${l}`,
                `**/${l}/**`,
              ]),
              message: 'src/domain imports nothing from the other layers.',
            },
            {
              group: [...graphLibs, ...ui, ...host, ...msal, '@microsoft/microsoft-graph-types'],
              message: 'src/domain is pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'window', 'document', 'localStorage'],
    },
  },
  {
    files: ['src/usecases/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/graph/**',
                '**/auth/**',
                '**/host/**',
                '**/app/**',
                '**/compose/**',
                '**/sandbox/**',
              ],
              message: 'use-cases depend on ports, not adapters.',
            },
            { group: [...graphLibs, ...ui, ...host, ...msal], message: 'use-cases are framework-free.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch'],
    },
  },
  {
    files: ['src/app/**', 'src/host/**', 'src/auth/**'],
    // src/auth may call token endpoints (the demo tenant's /_sandbox/token); app and host may not fetch.
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...graphLibs, '**/graph/**', '**/sandbox/**'],
              message: 'Only src/graph speaks Graph; only src/compose picks adapters.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/app/**', 'src/host/**'], rules: { 'no-restricted-globals': ['error', 'fetch'] } },
  {
    files: ['src/graph/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...ui, ...host, ...msal, '**/app/**', '**/compose/**', '**/sandbox/**'],
              message: 'graph adapters know nothing of UI, host or auth libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sandbox/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/graph/**', '**/usecases/**', '**/domain/**', '**/compose/**'],
              message: 'The sandbox emulates Graph, never our rules.',
            },
          ],
        },
      ],
    },
  },
);
