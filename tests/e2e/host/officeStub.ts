// A simulated Office host for the Outlook add-in's task pane: stands in for office.js (which the page loads from
// Microsoft's CDN) with the slice the task pane uses: Office.onReady, the open appointment, convertToRestId, the
// user's address, the requirement sets the client reports (Office.context.requirements.isSetSupported), the nested
// app authentication bridge Outlook gives add-ins where it has NestedAppAuth 1.1 (window.nestedAppAuthBridge, the
// same request/response messages MSAL exchanges with TeamsJS's bridge), and the Office dialog API as Office on the
// web implements it: displayDialogAsync opens the page in a browser pop-up (so it needs the click's user
// activation), the dialog page's messageParent reaches the task pane as DialogMessageReceived {message, origin},
// and a dialog the user closes is DialogEventReceived {error: 12006}
// (learn: "Use the Office dialog API", "Handle errors and events in the Office dialog box").

export interface OfficeStubConfig {
  /** The appointment as Office.js shows it: the EWS-format item id in read mode. */
  readonly itemId: string;
  readonly subject: string;
  readonly email: string;
  /** Same-origin path that mints a sandbox token for this user (POST {method, clientId, scope}). */
  readonly tokenPath: string;
  /**
   * The requirement sets the client reports, name → highest version. Defaults to a current Outlook with nested app
   * authentication; classic Outlook 2307–2408 has DialogApi but no NestedAppAuth.
   */
  readonly requirementSets?: Readonly<Record<string, string>>;
}

const CURRENT_OUTLOOK: Readonly<Record<string, string>> = {
  Mailbox: '1.14',
  DialogApi: '1.2',
  DialogOrigin: '1.1',
  NestedAppAuth: '1.1',
};

/** Source of the stub office.js. */
export function officeStubScript(config: OfficeStubConfig): string {
  return `(() => {
  const config = ${JSON.stringify({ ...config, requirementSets: config.requirementSets ?? CURRENT_OUTLOOK }).replace(/</g, '\\u003c')};
  window.__officeLog = [];
  const listeners = new Set();
  async function answer(req) {
    window.__officeLog.push(req.method);
    const base = { messageType: 'NestedAppAuthResponse', requestId: req.requestId };
    if (req.method === 'GetInitContext')
      return { ...base, success: true, initContext: { sdkName: 'roundtable-office-stub', sdkVersion: '1.0.0', capabilities: { queryAccount: false } } };
    if (req.method === 'GetToken' || req.method === 'GetTokenPopup') {
      const r = await fetch(config.tokenPath, { method: 'POST', body: JSON.stringify({ method: req.method, clientId: req.tokenParams?.clientId ?? '', scope: req.tokenParams?.scope ?? '' }) });
      const result = await r.json();
      return result.ok ? { ...base, success: true, token: result.token, account: result.account } : { ...base, success: false, error: result.error };
    }
    return { ...base, success: false, error: { status: 'PERSISTENT_ERROR', description: 'unsupported ' + req.method } };
  }
  const supports = (name, version) => {
    const have = config.requirementSets[name];
    if (have === undefined) return false;
    const [a, b] = [have, version || '1.1'].map((v) => v.split('.').map(Number));
    return a[0] > b[0] || (a[0] === b[0] && (a[1] || 0) >= (b[1] || 0));
  };
  // The Office dialog (Office on the web: a pop-up window on the add-in's origin).
  const STUB_MESSAGE = 'roundtable-office-stub:messageParent';
  window.__officeDialogs = [];
  function displayDialogAsync(url, options, callback) {
    window.__officeLog.push('displayDialogAsync');
    const done = typeof options === 'function' ? options : callback;
    const fail = (code, message) => done({ status: 'failed', error: { code, message } });
    if (!supports('DialogApi', '1.1')) throw new Error('displayDialogAsync is not available in this client');
    if (new URL(url, location.href).origin !== location.origin) return fail(12004, 'Domain is not trusted');
    if (window.__openDialog && !window.__openDialog.closed) return fail(12007, 'A dialog is already open');
    const popup = window.open(url, 'office-dialog', 'popup,width=480,height=640');
    if (!popup) return fail(12009, 'The user chose to ignore the dialog box');
    window.__openDialog = popup;
    window.__officeDialogs.push(url);
    const handlers = { dialogMessageReceived: [], dialogEventReceived: [] };
    let closedByAddIn = false;
    const onMessage = (event) => {
      if (event.source !== popup || !event.data || event.data.type !== STUB_MESSAGE) return;
      for (const h of handlers.dialogMessageReceived) h({ message: event.data.message, origin: event.origin });
    };
    window.addEventListener('message', onMessage);
    const watch = setInterval(() => {
      if (!popup.closed) return;
      clearInterval(watch);
      window.removeEventListener('message', onMessage);
      if (!closedByAddIn) for (const h of handlers.dialogEventReceived) h({ error: 12006 });
    }, 100);
    const dialog = {
      addEventHandler(type, handler) { (handlers[type] || (handlers[type] = [])).push(handler); },
      close() { closedByAddIn = true; popup.close(); },
      messageChild() {},
    };
    setTimeout(() => done({ status: 'succeeded', value: dialog }), 0);
  }
  function messageParent(message) {
    if (!window.opener) throw new Error('messageParent is only available in a dialog');
    window.opener.postMessage({ type: STUB_MESSAGE, message }, location.origin);
  }
  if (supports('NestedAppAuth', '1.1')) window.nestedAppAuthBridge = {
    addEventListener(type, listener) { if (type === 'message') listeners.add(listener); },
    removeEventListener(type, listener) { listeners.delete(listener); },
    postMessage(message) {
      const req = JSON.parse(message);
      void answer(req).then((res) => { for (const l of listeners) l(JSON.stringify(res)); });
    },
  };
  const item = { itemType: 'appointment', itemId: config.itemId, subject: config.subject };
  const ui = supports('DialogApi', '1.1') ? { displayDialogAsync, messageParent } : {};
  window.Office = {
    onReady(callback) {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise((resolve) => setTimeout(() => { if (callback) callback(info); resolve(info); }, 0));
    },
    context: {
      displayLanguage: 'en-US',
      requirements: { isSetSupported: (name, version) => supports(name, version) },
      ui,
      mailbox: {
        item,
        userProfile: { emailAddress: config.email, displayName: config.email },
        // EWS ids use '/' and '+'; REST ids '-' and '_' (GD: "convertToRestId").
        convertToRestId: (id) => id.replace(/\\//g, '-').replace(/\\+/g, '_'),
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' }, ItemType: { Appointment: 'appointment', Message: 'message' } },
  };
})();`;
}
