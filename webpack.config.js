/* eslint-disable @typescript-eslint/no-require-imports -- this file is CommonJS by design: package.json has no "type", and webpack-cli require()s it. */
// One build, five pages: the demo (/), the Teams tab, its configuration page and MSAL's popup redirect page.
// React, Fluent and TeamsJS form the initial chunks; MSAL and the Graph client load lazily (DESIGN.md "Speed").
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const fs = require('node:fs');
const { staticWebAppConfig } = require('./scripts/lib/securityHeaders.cjs');
const { readBuildIdentity } = require('./scripts/lib/environment.cjs');

// The Outlook add-in's ribbon icons: the manifest names them by URL under the tab's origin, so they ship in dist/.
class AddinIconsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AddinIconsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'AddinIconsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const size of [16, 32, 80]) {
            const file = `icon-${size}.png`;
            const source = fs.readFileSync(path.join(__dirname, 'manifest', 'addin', file));
            compilation.emitAsset(file, new webpack.sources.RawSource(source));
          }
        },
      );
    });
  }
}

// The headers a static host applies (Azure Static Web Apps reads this file from the site's root): the same
// production headers scripts/serve-dist.mjs sends (scripts/lib/securityHeaders.cjs).
class StaticHostConfigPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('StaticHostConfigPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'StaticHostConfigPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const json = `${JSON.stringify(staticWebAppConfig(), null, 2)}\n`;
          compilation.emitAsset('staticwebapp.config.json', new webpack.sources.RawSource(json));
        },
      );
    });
  }
}

// Static pages with no script: the privacy statement and terms of use the manifest links to (env files:
// DEVELOPER_PRIVACY_URL, DEVELOPER_TERMS_URL).
const staticPages = [
  { template: './src/app/html/privacy.html', filename: 'privacy.html' },
  { template: './src/app/html/terms.html', filename: 'terms.html' },
];

// The static server rewrites this per run (scripts/serve-dist.mjs), so one build serves any sandbox port.
const DEFAULT_SANDBOX_URL = 'http://localhost:4000';

const pages = [
  { entry: 'demo', filename: 'index.html', sandboxUrl: DEFAULT_SANDBOX_URL },
  { entry: 'tab', filename: 'tab.html' },
  { entry: 'config', filename: 'config.html' },
  { entry: 'authRedirect', filename: 'auth-redirect.html' },
  // The Outlook add-in's task pane; Office.js must come from Microsoft's CDN (it can't be bundled).
  { entry: 'taskpane', filename: 'taskpane.html', officeJs: true },
  // The task pane's sign-in dialog where Outlook has no nested app authentication (a registered SPA redirect URI).
  { entry: 'authDialog', filename: 'auth-dialog.html', officeJs: true },
];

/** @type {(env: Record<string, unknown> | undefined, argv: { mode?: string }) => import('webpack').Configuration} */
module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  // env/.env.$TEAMSFX_ENV (default "test"), overridden by the process environment as the Agents Toolkit sets it.
  // Throws, naming the variable, when a real environment still holds a placeholder identity.
  // `webpack --env TEAMSFX_ENV=<name>` (how m365agents*.yml build) names the environment explicitly.
  const cliEnv = env && typeof env.TEAMSFX_ENV === 'string' ? { TEAMSFX_ENV: env.TEAMSFX_ENV } : {};
  const identity = readBuildIdentity(__dirname, { ...process.env, ...cliEnv });
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    // No public source maps: production maps go to build/sourcemaps/, outside the served dist/, and
    // hidden-source-map leaves no sourceMappingURL comment in the bundles.
    devtool: production ? 'hidden-source-map' : 'eval-cheap-module-source-map',
    entry: {
      demo: './src/compose/demo.tsx',
      tab: './src/compose/production.tsx',
      config: './src/compose/configEntry.tsx',
      authRedirect: './src/compose/authRedirect.ts',
      taskpane: './src/compose/taskpane.tsx',
      authDialog: './src/compose/authDialog.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      sourceMapFilename: '../build/sourcemaps/[file].map',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2022',
              },
              // Keep ES modules so webpack can tree-shake Fluent and TeamsJS.
              module: { type: 'es6' },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: 'all' },
      runtimeChunk: 'single',
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        // src/compose/buildIdentity.ts reads these three and nothing else.
        'process.env.AAD_APP_CLIENT_ID': JSON.stringify(identity.clientId),
        'process.env.AAD_APP_TENANT_ID': JSON.stringify(identity.tenantId),
        'process.env.TEAMS_APP_ID': JSON.stringify(identity.teamsAppId),
      }),
      new AddinIconsPlugin(),
      new StaticHostConfigPlugin(),
      ...staticPages.map(
        (page) => new HtmlWebpackPlugin({ template: page.template, filename: page.filename, inject: false }),
      ),
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            template: './src/app/html/page.html',
            filename: page.filename,
            chunks: [page.entry],
            title: 'Roundtable',
            sandboxUrl: page.sandboxUrl,
            officeJs: page.officeJs === true,
            scriptLoading: 'defer',
          }),
      ),
    ],
  };
};
