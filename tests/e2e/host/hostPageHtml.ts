// Builds the simulated host's HTML. The host script is runHost.ts, transpiled here (type-only imports vanish)
// rather than serialised with Function.prototype.toString: tsx/esbuild inject helpers such as `__name` into
// function bodies, which would not exist in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { HostPageConfig } from './hostTypes';

let hostScript: string | undefined;

function transpiledHostScript(): string {
  if (hostScript === undefined) {
    // Both jest (@swc/jest) and tsx load this file as CommonJS (package.json has no "type"), so __dirname exists.
    const source = readFileSync(join(__dirname, 'runHost.ts'), 'utf8');
    hostScript = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    }).outputText;
  }
  return hostScript;
}

/** JSON that is safe inside an inline <script>: no `</script>` or `<!--` can be formed. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function hostPageHtml(config: HostPageConfig): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Simulated ${config.hostName} host</title>
<style>html,body{margin:0;height:100%;background:#f5f5f5}iframe{display:block;border:0;width:100%;height:100vh}</style>
</head>
<body>
<script type="module">
${transpiledHostScript()}
runHost(${inlineJson(config)});
</script>
</body>
</html>`;
}
