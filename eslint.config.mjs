// Layering is a lint rule, not a hope (CONVENTIONS.md §1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const graphLibs = ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'];
const ui = ['react', 'react-dom', 'react-dom/*', '@fluentui/*'];
const host = ['@microsoft/teams-js'];
const msal = ['@azure/msal-browser'];
const layer = (name) => [`**/${name}`, `**/${name}/**`];

// What views may read from the domain: read models, rules they show (limits, who may), ids and results. Everything
// else there changes a document, and views never do that themselves: they dispatch intents (DESIGN.md "Writes are
// intents"). A new domain module is a write command until it is listed here.
const domainReadModels = [
  'ids',
  'result',
  // Why a change was refused, as codes the message catalogue words (src/app/i18n/problemText.ts).
  'problem',
  'agenda/agendaProblem',
  'actions/actionProblem',
  'roles/roleProblem',
  'agenda/agendaOutcome',
  'agenda/agendaTypes',
  'agenda/buildAgenda',
  'agenda/canonicalTopicId',
  'agenda/timeBoxAgenda',
  'agenda/validateSettings',
  'agenda/validateTopic',
  'recap/buildRecap',
  'recap/recapStatus',
  'actions/actionActor',
  'actions/actionTypes',
  'actions/goesToPlanner',
  'actions/helpersOf',
  'actions/isOwner',
  'actions/reviewState',
  'actions/validateActionInput',
  'decisions/*',
  'meetings/*',
  'notes/noteBlocks',
  'notes/notesOf',
  'notes/notesTypes',
  'nudges/nudgeTriggerOf',
  'nudges/nudgeTypes',
  'publish/*',
  'roles/leadershipShares',
  'roles/roleChangeOf',
  'roles/roleRequestState',
  'roles/roleTypes',
  'roles/rolesOf',
  'run/runState',
  'run/viewRun',
  'run/keepGoingTally',
  'series/seriesDocument',
  // What a read of the series file set aside, as codes the catalogue words (src/app/i18n/healthText.ts).
  'series/healthIssue',
  'series/seriesIntent',
  'series/validateSeriesDocument',
];

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
      'no-restricted-globals': ['error', 'fetch', 'window', 'document', 'localStorage', 'performance'],
      // The domain is given the time and its randomness (CONVENTIONS.md §3): it never reads a clock or rolls dice.
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in: the domain never reads the clock.' },
        { object: 'Math', property: 'random', message: 'Pass randomness in: the domain is deterministic.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass `now` in: the domain never reads the clock.',
        },
        {
          selector: 'ImportDeclaration[source.value=/^node:/]',
          message: 'src/domain is pure: no node:* modules.',
        },
      ],
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
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...graphLibs, ...layer('graph'), ...layer('sandbox')],
              message: 'Only src/graph speaks Graph; only src/compose picks adapters.',
            },
            {
              group: [...host, ...msal, ...layer('auth'), ...layer('compose')],
              message:
                'Views get their host and services from the composition root; they never load TeamsJS or MSAL.',
            },
            {
              regex: '(^|/)host/(?!hostTypes$)',
              message: 'Views know the host by its types (host/hostTypes); only compose starts it.',
            },
            {
              regex: `(^|/)domain/(?!(${domainReadModels.map((m) => m.replace('*', '[^/]+')).join('|')})$)`,
              message:
                'Views dispatch intents (usecases/series/changeSeries); they never call domain write commands. ' +
                'A read model may be added to domainReadModels in eslint.config.mjs.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/host/**', 'src/auth/**'],
    // src/auth may call token endpoints (the demo tenant's /_sandbox/token); host may not fetch.
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...graphLibs, ...layer('graph'), ...layer('sandbox')],
              message: 'Only src/graph speaks Graph; only src/compose picks adapters.',
            },
            {
              group: [...layer('app'), ...layer('compose')],
              message: 'Host and auth adapters sit below the views and know nothing of them.',
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
              group: [
                ...ui,
                ...host,
                ...msal,
                ...layer('app'),
                ...layer('compose'),
                ...layer('sandbox'),
                ...layer('host'),
                ...layer('auth'),
              ],
              message:
                'graph adapters know nothing of UI, the host or sign-in; tokens come through the TokenProvider port.',
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
