// Sign-in for Outlook clients without nested app authentication (classic Outlook on Windows 2307–2408, Outlook.com
// mailboxes): the documented fallback opens our own page, auth-dialog.html, in an Office dialog
// (Office.context.ui.displayDialogAsync). That page runs MSAL's redirect flow against Entra and sends the access
// token back with messageParent (learn: "Authenticate and authorize with the Office dialog API"). MSAL's cache then
// lives in the dialog, which is gone once it closes, so the token is kept here, in memory, until shortly before it
// expires; nothing is written to storage.
//
// In Office on the web the dialog is a browser pop-up, which browsers block unless it opens from a user gesture;
// Office then asks the user and reports 12009 ("the user chose to ignore the dialog box") or 12011 (the browser
// blocks pop-ups). So the dialog opens only from a click: signIn() is called by the "Sign in" button, and getToken
// opens it only while the page has transient user activation (a Try again click), else it asks for that click.
import type { TokenProvider } from '../usecases/ports';
import { TokenError } from '../usecases/ports';
import { createCoalescer } from './createCoalescer';
import { missingScopes } from './createMsalTokenProvider';
import { parseOfficeDialogMessage } from './officeDialogMessage';
import { toTokenError } from './toTokenError';

/** The slice of Office.Dialog the provider uses. */
export interface OfficeDialogLike {
  addEventHandler(
    eventType: unknown,
    handler: (arg: { message?: unknown; origin?: unknown; error?: unknown }) => void,
  ): void;
  close(): void;
}

export interface OfficeDialogAsyncResult {
  readonly status: unknown;
  readonly value?: OfficeDialogLike;
  readonly error?: { readonly code?: unknown; readonly message?: unknown };
}

/** The slice of Office.js the provider uses: Office.context.ui and the enum values it compares with. */
export interface OfficeDialogHost {
  readonly ui: {
    displayDialogAsync(
      url: string,
      options: { height: number; width: number },
      callback: (result: OfficeDialogAsyncResult) => void,
    ): void;
  };
  /** Office.AsyncResultStatus.Failed */
  readonly failed: unknown;
  /** Office.EventType.DialogMessageReceived */
  readonly messageReceived: unknown;
  /** Office.EventType.DialogEventReceived */
  readonly eventReceived: unknown;
}

export interface OfficeDialogTokenProvider extends TokenProvider {
  /** Opens the sign-in dialog; call it from a click. Resolves once a token for these scopes is held. */
  signIn(scopes: readonly string[]): Promise<void>;
}

export interface OfficeDialogTokenProviderOptions {
  readonly office: OfficeDialogHost;
  /** https://<the add-in's origin>/auth-dialog.html: it must be on the task pane's exact origin (12004). */
  readonly dialogUrl: string;
  readonly loginHint?: string;
  readonly now: () => number;
  /** Whether a click is still "live" (navigator.userActivation.isActive), so a dialog may open now. */
  readonly hasUserActivation: () => boolean;
}

// Renew a little before Entra's expiry, as MSAL does (its default refresh offset is 300 s), so a request that takes
// a while does not reach Graph with a token that has just lapsed.
const EXPIRY_MARGIN_MS = 5 * 60_000;

interface HeldToken {
  readonly accessToken: string;
  readonly expiresOn: number;
  readonly scopes: readonly string[];
}

export function createOfficeDialogTokenProvider(
  opts: OfficeDialogTokenProviderOptions,
): OfficeDialogTokenProvider {
  const coalesce = createCoalescer<string>();
  let held: HeldToken[] = [];
  // Office allows one dialog per task pane (12007); a second request waits for the open one.
  let openDialog: Promise<unknown> | undefined;

  const usable = (scopes: readonly string[]): string | undefined => {
    const now = opts.now();
    held = held.filter((t) => t.expiresOn - EXPIRY_MARGIN_MS > now);
    return held.find(
      (t) => missingScopes({ accessToken: '', account: null, scopes: t.scopes }, scopes).length === 0,
    )?.accessToken;
  };

  const viaDialog = (scopes: readonly string[]): Promise<string> => {
    const previous = openDialog ?? Promise.resolve();
    const run = (async () => {
      await previous;
      // The dialog that just closed may have brought a token that covers these scopes too.
      return usable(scopes) ?? keep(await openAndWait(opts, scopes), scopes);
    })();
    openDialog = run.catch(() => undefined);
    return run;
  };

  const keep = (token: HeldToken, scopes: readonly string[]): string => {
    const missing = missingScopes({ accessToken: '', account: null, scopes: token.scopes }, scopes);
    if (missing.length > 0)
      throw new TokenError(
        'consentRequired',
        `Roundtable needs your consent to access Microsoft 365 on your behalf (${missing.join(', ')}).`,
        missing,
      );
    if (token.expiresOn <= opts.now())
      throw new TokenError('unauthorized', 'The sign-in returned a token that has already expired.', scopes);
    held = [...held, token];
    return token.accessToken;
  };

  const acquire = (scopes: readonly string[], fromClick: boolean): Promise<string> => {
    const token = usable(scopes);
    if (token) return Promise.resolve(token);
    if (!fromClick && !opts.hasUserActivation())
      return Promise.reject(
        new TokenError(
          'unauthorized',
          'Your Roundtable sign-in has ended. Select Try again to sign in again.',
          scopes,
        ),
      );
    return viaDialog(scopes);
  };

  const keyOf = (scopes: readonly string[]) =>
    [...new Set(scopes.map((s) => s.toLowerCase()))].sort().join(' ');

  return {
    getToken(scopes) {
      return coalesce(keyOf(scopes), () => acquire(scopes, false));
    },
    async signIn(scopes) {
      await acquire(scopes, true);
    },
  };
}

function openAndWait(opts: OfficeDialogTokenProviderOptions, scopes: readonly string[]): Promise<HeldToken> {
  const url = new URL(opts.dialogUrl);
  url.searchParams.set('scopes', scopes.join(' '));
  if (opts.loginHint) url.searchParams.set('loginHint', opts.loginHint);
  const { office } = opts;
  return new Promise<HeldToken>((resolve, reject) => {
    office.ui.displayDialogAsync(url.href, { height: 60, width: 30 }, (result) => {
      const dialog = result.value;
      if (result.status === office.failed || !dialog) {
        reject(openError(result.error?.code, scopes));
        return;
      }
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
      };
      dialog.addEventHandler(office.messageReceived, (arg) => {
        // DialogOrigin 1.1 says which page sent the message; only our own page may hand us a token.
        if (typeof arg.origin === 'string' && arg.origin !== url.origin) return;
        settle(() => {
          dialog.close();
          const message = parseOfficeDialogMessage(arg.message);
          if (!message) {
            reject(
              new TokenError(
                'unauthorized',
                'The sign-in window sent an answer Roundtable couldn’t read.',
                scopes,
              ),
            );
            return;
          }
          if (message.kind === 'error') {
            reject(
              toTokenError(Object.assign(new Error(message.message), { errorCode: message.code }), scopes),
            );
            return;
          }
          resolve({ accessToken: message.accessToken, expiresOn: message.expiresOn, scopes: message.scopes });
        });
      });
      dialog.addEventHandler(office.eventReceived, (arg) => {
        settle(() => reject(dialogEventError(arg.error, scopes)));
      });
    });
  });
}

// displayDialogAsync's own failures (learn: "Handle errors and events in the Office dialog box").
function openError(code: unknown, scopes: readonly string[]): TokenError {
  switch (code) {
    case 12007:
      return new TokenError(
        'consentRequired',
        'A Roundtable sign-in window is already open. Finish signing in there, or close it and select Sign in again.',
        scopes,
      );
    case 12009:
      return new TokenError(
        'consentRequired',
        'The sign-in window was not allowed to open. Select Sign in, then Allow when Outlook asks.',
        scopes,
      );
    case 12011:
      return new TokenError(
        'consentRequired',
        'Your browser blocks the sign-in window. Allow pop-ups for Outlook on the web, or use another browser, then select Sign in.',
        scopes,
      );
    case 12004:
    case 12005:
      return new TokenError(
        'unauthorized',
        `Outlook refused to open Roundtable’s sign-in page (Office error ${code}): the add-in is served from an address its manifest does not trust, or not over https. Ask whoever deployed Roundtable to check its address.`,
        scopes,
      );
    default:
      return new TokenError(
        'unauthorized',
        `Outlook couldn’t open the sign-in window${typeof code === 'number' ? ` (Office error ${code})` : ''}. Select Sign in to try again.`,
        scopes,
      );
  }
}

// Events from an open dialog: closed by the user (12006), a page it could not load (12002), or http (12003).
function dialogEventError(code: unknown, scopes: readonly string[]): TokenError {
  switch (code) {
    case 12006:
      return new TokenError(
        'consentRequired',
        'Sign-in was cancelled: the sign-in window was closed. Select Sign in to try again.',
        scopes,
      );
    case 12002:
      return new TokenError(
        'network',
        'The sign-in window couldn’t load its page. Check your connection, then select Sign in again.',
        scopes,
      );
    default:
      return new TokenError(
        'unauthorized',
        `The sign-in window stopped before signing you in${typeof code === 'number' ? ` (Office error ${code})` : ''}. Select Sign in to try again.`,
        scopes,
      );
  }
}
