// Sets a header on an SDK middleware Context whichever shape its request/headers have
// (GraphRequest passes a URL string plus a plain headers object; callers may also pass Request or Headers).
import type { Context } from '@microsoft/microsoft-graph-client';

export function setRequestHeader(context: Context, name: string, value: string): void {
  if (typeof Request !== 'undefined' && context.request instanceof Request) {
    context.request.headers.set(name, value);
    return;
  }
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) {
    headers.set(name, value);
  } else if (Array.isArray(headers)) {
    options.headers = [...headers.filter(([k]) => k.toLowerCase() !== name.toLowerCase()), [name, value]];
  } else {
    const record: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers ?? {}))
      if (k.toLowerCase() !== name.toLowerCase()) record[k] = v;
    record[name] = value;
    options.headers = record;
  }
}
