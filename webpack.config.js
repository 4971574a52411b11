/* eslint-disable @typescript-eslint/no-require-imports -- this file is CommonJS by design: package.json has no "type", and webpack-cli require()s it. */
// One build, five pages: the demo (/), the Teams tab, its configuration page and MSAL's popup redirect page.
// React, Fluent and TeamsJS form the initial chunks; MSAL and the Graph client load lazily (DESIGN.md "Speed").
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEFAULT_CLIENT_ID = '00000000-0000-0000-0000-000000000000';
// The static server rewrites this per run (scripts/serve-dist.mjs), so one build serves any sandbox port.
const DEFAULT_SANDBOX_URL = 'http://localhost:4000';

const pages = [
  { entry: 'demo', filename: 'index.html', sandboxUrl: DEFAULT_SANDBOX_URL },
  { entry: 'tab', filename: 'tab.html' },
  { entry: 'config', filename: 'config.html' },
  { entry: 'authRedirect', filename: 'auth-redirect.html' },
];

/** @type {(env: unknown, argv: { mode?: string }) => import('webpack').Configuration} */
module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      demo: './src/compose/demo.tsx',
      tab: './src/compose/production.tsx',
      config: './src/app/config/configEntry.tsx',
      authRedirect: './src/compose/authRedirect.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
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
        'process.env.ROUNDTABLE_CLIENT_ID': JSON.stringify(
          process.env.ROUNDTABLE_CLIENT_ID || DEFAULT_CLIENT_ID,
        ),
      }),
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            template: './src/app/html/page.html',
            filename: page.filename,
            chunks: [page.entry],
            title: 'Roundtable',
            sandboxUrl: page.sandboxUrl,
            scriptLoading: 'defer',
          }),
      ),
    ],
  };
};
