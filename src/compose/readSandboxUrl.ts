/** The demo's default Graph sandbox, as `npm start` runs it. */
export const DEFAULT_SANDBOX_URL = 'http://localhost:4000';

/**
 * The sandbox URL comes from `<meta name="roundtable-sandbox-url">`, which the static server rewrites, so one
 * build serves any sandbox port (tests pick random ones).
 */
export function readSandboxUrl(doc: Pick<Document, 'querySelector'>): string {
  const content = doc.querySelector('meta[name="roundtable-sandbox-url"]')?.getAttribute('content')?.trim();
  return content ? content.replace(/\/+$/, '') : DEFAULT_SANDBOX_URL;
}
