// A simulated Office host for the Outlook add-in's task pane: stands in for office.js (which the page loads from
// Microsoft's CDN) with the slice the task pane uses: Office.onReady, the open appointment, convertToRestId, the
// user's address, and the nested app authentication bridge Outlook gives add-ins (window.nestedAppAuthBridge,
// the same request/response messages MSAL exchanges with TeamsJS's bridge).

export interface OfficeStubConfig {
  /** The appointment as Office.js shows it: the EWS-format item id in read mode. */
  readonly itemId: string;
  readonly subject: string;
  readonly email: string;
  /** Same-origin path that mints a sandbox token for this user (POST {method, clientId, scope}). */
  readonly tokenPath: string;
}

/** Source of the stub office.js. */
export function officeStubScript(config: OfficeStubConfig): string {
  return `(() => {
  const config = ${JSON.stringify(config).replace(/</g, '\\u003c')};
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
  window.nestedAppAuthBridge = {
    addEventListener(type, listener) { if (type === 'message') listeners.add(listener); },
    removeEventListener(type, listener) { listeners.delete(listener); },
    postMessage(message) {
      const req = JSON.parse(message);
      void answer(req).then((res) => { for (const l of listeners) l(JSON.stringify(res)); });
    },
  };
  const item = { itemType: 'appointment', itemId: config.itemId, subject: config.subject };
  window.Office = {
    onReady(callback) {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise((resolve) => setTimeout(() => { if (callback) callback(info); resolve(info); }, 0));
    },
    context: {
      displayLanguage: 'en-US',
      mailbox: {
        item,
        userProfile: { emailAddress: config.email, displayName: config.email },
        // EWS ids use '/' and '+'; REST ids '-' and '_' (GD: "convertToRestId").
        convertToRestId: (id) => id.replace(/\\//g, '-').replace(/\\+/g, '_'),
      },
    },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' }, ItemType: { Appointment: 'appointment', Message: 'message' } },
  };
})();`;
}
