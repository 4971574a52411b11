// What auth-dialog.html sends back to the task pane through Office.context.ui.messageParent. messageParent carries
// only strings (learn: "Authenticate and authorize with the Office dialog API"), so the result is JSON, and the
// task pane parses it as untrusted input: a page on our origin sent it, but nothing else about it is checked.

export type OfficeDialogMessage =
  | {
      readonly kind: 'token';
      readonly accessToken: string;
      /** When the access token expires, in epoch milliseconds. */
      readonly expiresOn: number;
      /** The scopes Entra issued the token for (may be more than were asked for, or fewer). */
      readonly scopes: readonly string[];
    }
  | {
      readonly kind: 'error';
      /** MSAL's errorCode, or Entra's error (e.g. access_denied, consent_required). */
      readonly code: string;
      readonly message: string;
    };

export function encodeOfficeDialogMessage(message: OfficeDialogMessage): string {
  return JSON.stringify(message);
}

export function parseOfficeDialogMessage(raw: unknown): OfficeDialogMessage | undefined {
  if (typeof raw !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.kind === 'token') {
    const scopes = v.scopes;
    if (
      typeof v.accessToken !== 'string' ||
      v.accessToken === '' ||
      typeof v.expiresOn !== 'number' ||
      !Number.isFinite(v.expiresOn) ||
      !Array.isArray(scopes) ||
      !scopes.every((s) => typeof s === 'string')
    )
      return undefined;
    return { kind: 'token', accessToken: v.accessToken, expiresOn: v.expiresOn, scopes: scopes as string[] };
  }
  if (v.kind === 'error' && typeof v.code === 'string' && typeof v.message === 'string')
    return { kind: 'error', code: v.code, message: v.message };
  return undefined;
}
