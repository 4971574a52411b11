// The Outlook task pane's sign-in where NAA is missing: an Office dialog runs MSAL and messageParents the token.
// Office.context.ui is faked with the documented shapes: displayDialogAsync's AsyncResult, the Dialog's
// DialogMessageReceived {message, origin} and DialogEventReceived {error} (learn: "Handle errors and events in the
// Office dialog box").
import {
  createOfficeDialogTokenProvider,
  type OfficeDialogAsyncResult,
  type OfficeDialogHost,
} from '../../../src/auth/createOfficeDialogTokenProvider';
import { encodeOfficeDialogMessage } from '../../../src/auth/officeDialogMessage';
import { TokenError } from '../../../src/usecases/ports';

const ORIGIN = 'https://tab.example.com';
const DIALOG_URL = `${ORIGIN}/auth-dialog.html`;
const SCOPES = ['Calendars.Read', 'User.Read'];
const HOUR = 3_600_000;

type Handler = (arg: { message?: unknown; origin?: unknown; error?: unknown }) => void;

/** What a test makes the dialog do once it is open. */
type Script = (dialog: {
  message: (m: string, origin?: string) => void;
  event: (code: number) => void;
}) => void;

function fakeOffice(opts: { openError?: number; script?: Script } = {}) {
  const opened: string[] = [];
  let closed = 0;
  let now = 1_000_000;
  let activation = false;
  const office: OfficeDialogHost = {
    failed: 'failed',
    messageReceived: 'dialogMessageReceived',
    eventReceived: 'dialogEventReceived',
    ui: {
      displayDialogAsync(url, _options, callback) {
        opened.push(url);
        if (opts.openError !== undefined) {
          const failed: OfficeDialogAsyncResult = {
            status: 'failed',
            error: { code: opts.openError, message: 'Office said no' },
          };
          setTimeout(() => callback(failed), 0);
          return;
        }
        const handlers = new Map<unknown, Handler>();
        const dialog = {
          addEventHandler: (type: unknown, h: Handler) => handlers.set(type, h),
          close: () => {
            closed += 1;
          },
        };
        setTimeout(() => {
          callback({ status: 'succeeded', value: dialog });
          setTimeout(
            () =>
              opts.script?.({
                message: (m, origin = ORIGIN) =>
                  handlers.get('dialogMessageReceived')?.({ message: m, origin }),
                event: (code) => handlers.get('dialogEventReceived')?.({ error: code }),
              }),
            0,
          );
        }, 0);
      },
    },
  };
  const provider = createOfficeDialogTokenProvider({
    office,
    dialogUrl: DIALOG_URL,
    loginHint: 'dana@northwind.example',
    now: () => now,
    hasUserActivation: () => activation,
  });
  return {
    provider,
    opened,
    closedCount: () => closed,
    advance: (ms: number) => {
      now += ms;
    },
    setActivation: (v: boolean) => {
      activation = v;
    },
    now: () => now,
  };
}

const tokenMessage = (token: string, expiresOn: number, scopes = SCOPES) =>
  encodeOfficeDialogMessage({ kind: 'token', accessToken: token, expiresOn, scopes });

async function rejection(p: Promise<unknown>): Promise<TokenError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TokenError) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('createOfficeDialogTokenProvider', () => {
  it('Sign in opens auth-dialog.html with the scopes and login hint; the messageParent token is kept in memory', async () => {
    let expires = 0;
    const f = fakeOffice({ script: (d) => d.message(tokenMessage('tok-1', expires)) });
    expires = f.now() + HOUR;
    await f.provider.signIn(SCOPES);
    expect(f.opened).toHaveLength(1);
    const url = new URL(f.opened[0] ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(DIALOG_URL);
    expect(url.searchParams.get('scopes')).toBe('Calendars.Read User.Read');
    expect(url.searchParams.get('loginHint')).toBe('dana@northwind.example');
    expect(f.closedCount()).toBe(1);
    // Later calls (no click needed) use the held token; no second dialog.
    await expect(f.provider.getToken(SCOPES)).resolves.toBe('tok-1');
    await expect(f.provider.getToken(['user.read'])).resolves.toBe('tok-1');
    expect(f.opened).toHaveLength(1);
  });

  it('near expiry, without a click: asks for one (unauthorized, "Try again") instead of opening a blocked dialog', async () => {
    const f = fakeOffice({
      script: (d) => d.message(tokenMessage(`tok-${f.opened.length}`, f.now() + HOUR)),
    });
    await f.provider.signIn(SCOPES);
    f.advance(HOUR - 4 * 60_000); // inside the 5-minute renewal margin
    const e = await rejection(f.provider.getToken(SCOPES));
    expect(e.kind).toBe('unauthorized');
    expect(e.message).toMatch(/Try again/);
    expect(f.opened).toHaveLength(1);
    // A click (Try again) gives the page user activation: now the dialog opens and a fresh token arrives.
    f.setActivation(true);
    await expect(f.provider.getToken(SCOPES)).resolves.toBe('tok-2');
    expect(f.opened).toHaveLength(2);
  });

  it('concurrent requests during one dialog share it (Office allows one dialog per pane: 12007)', async () => {
    const f = fakeOffice({ script: (d) => d.message(tokenMessage('tok', f.now() + HOUR)) });
    f.setActivation(true);
    const [a, b, c] = await Promise.all([
      f.provider.getToken(SCOPES),
      f.provider.getToken(['User.Read', 'Calendars.Read']),
      f.provider.getToken(['User.Read']),
    ]);
    expect([a, b, c]).toEqual(['tok', 'tok', 'tok']);
    expect(f.opened).toHaveLength(1);
  });

  it('the user closes the dialog (12006): cancelled, with Sign in as the way on', async () => {
    const f = fakeOffice({ script: (d) => d.event(12006) });
    const e = await rejection(f.provider.signIn(SCOPES));
    expect(e.kind).toBe('consentRequired');
    expect(e.message).toMatch(/cancelled.*closed/i);
  });

  it('Office on the web blocked the pop-up and the user ignored the prompt (12009): says how to allow it', async () => {
    const f = fakeOffice({ openError: 12009 });
    const e = await rejection(f.provider.signIn(SCOPES));
    expect(e.kind).toBe('consentRequired');
    expect(e.message).toMatch(/not allowed to open.*Allow/);
  });

  it('the browser blocks pop-ups (12011), another dialog is open (12007), an untrusted address (12004)', async () => {
    expect((await rejection(fakeOffice({ openError: 12011 }).provider.signIn(SCOPES))).message).toMatch(
      /browser blocks/,
    );
    expect((await rejection(fakeOffice({ openError: 12007 }).provider.signIn(SCOPES))).message).toMatch(
      /already open/,
    );
    const untrusted = await rejection(fakeOffice({ openError: 12004 }).provider.signIn(SCOPES));
    expect(untrusted.kind).toBe('unauthorized');
    expect(untrusted.message).toMatch(/12004/);
  });

  it('the dialog could not load its page (12002): a network problem', async () => {
    const e = await rejection(fakeOffice({ script: (d) => d.event(12002) }).provider.signIn(SCOPES));
    expect(e.kind).toBe('network');
  });

  it('an error from the page: Entra’s declined consent maps to consentRequired; other MSAL codes keep their text', async () => {
    const declined = fakeOffice({
      script: (d) =>
        d.message(
          encodeOfficeDialogMessage({
            kind: 'error',
            code: 'access_denied',
            message: 'AADSTS65004: User declined to consent to access the app.',
          }),
        ),
    });
    const e = await rejection(declined.provider.signIn(SCOPES));
    expect(e.kind).toBe('consentRequired');
    expect(declined.closedCount()).toBe(1);

    const other = fakeOffice({
      script: (d) =>
        d.message(
          encodeOfficeDialogMessage({
            kind: 'error',
            code: 'invalid_request',
            message: 'AADSTS50011: redirect mismatch',
          }),
        ),
    });
    const e2 = await rejection(other.provider.signIn(SCOPES));
    expect(e2.kind).toBe('unauthorized');
    expect(e2.message).toContain('AADSTS50011');
  });

  it('a token missing a requested scope needs consent, naming the scope', async () => {
    const f = fakeOffice({ script: (d) => d.message(tokenMessage('tok', f.now() + HOUR, ['User.Read'])) });
    const e = await rejection(f.provider.signIn(SCOPES));
    expect(e.kind).toBe('consentRequired');
    expect(e.scopes).toEqual(['Calendars.Read']);
  });

  it('ignores messages from another origin and rejects an unreadable one', async () => {
    const f = fakeOffice({
      script: (d) => {
        d.message(tokenMessage('planted', f.now() + HOUR), 'https://evil.example');
        d.message('not json');
      },
    });
    const e = await rejection(f.provider.signIn(SCOPES));
    expect(e.kind).toBe('unauthorized');
    expect(e.message).toMatch(/couldn’t read/);
  });
});
