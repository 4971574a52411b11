// The script of the simulated Teams/Outlook/Microsoft 365 host page. It runs in the browser: openInHost.ts
// transpiles this file and inlines it into the host HTML, so it may only have `import type` imports.
//
// It plays the host side of the TeamsJS postMessage protocol and of the nested-app-auth bridge exactly as
// shared/reference/test-harness.md §2–3 describes, so the production tab runs unchanged inside it.
import type {
  HostLogEntry,
  HostPageApi,
  HostPageConfig,
  HostTheme,
  HostTokenRequest,
  HostTokenResult,
  LegacyContext,
  NaaInitContext,
} from './hostTypes';

declare global {
  interface Window {
    __hostLog: HostLogEntry[];
    __host: HostPageApi;
  }
}

interface TabMessage {
  readonly id?: number;
  readonly uuidAsString?: string;
  readonly func?: string;
  readonly args?: readonly unknown[];
  readonly data?: unknown;
}

interface BridgeRequest {
  readonly method: string;
  readonly requestId: string;
  readonly tokenParams?: { readonly clientId?: string; readonly scope?: string };
}

// Sent by TeamsJS without waiting for an answer (sendMessageToParent without a callback): the host only records
// them. Replying would be harmless but is not what real hosts do.
const FIRE_AND_FORGET = new Set([
  'registerHandler',
  'appInitialization.appLoaded',
  'appInitialization.success',
  'appInitialization.failure',
  'appInitialization.expectedFailure',
  'readyToUnload',
]);

export function runHost(config: HostPageConfig): void {
  const log: HostLogEntry[] = [];
  window.__hostLog = log;

  const frame = document.createElement('iframe');
  frame.id = 'tab';
  frame.title = 'Roundtable tab';
  frame.src = config.tabUrl;
  // The side panel: a 320 px panel whose app iframe is 280 px, 20 px padding each side (msteams-docs,
  // designing-apps-in-meetings).
  if (config.frameWidth !== undefined) {
    frame.style.width = `${config.frameWidth}px`;
    frame.style.margin = '0 auto';
  }
  // A direct child of the top window: the NAA bridge is only polyfilled when window.parent === window.top.
  document.body.append(frame);

  const tabWindow = (): Window => {
    const w = frame.contentWindow;
    if (w === null) throw new Error('the tab iframe has no window');
    return w;
  };

  const post = (message: object, entry: HostLogEntry): void => {
    log.push(entry);
    tabWindow().postMessage(message, config.tabOrigin);
  };

  const reply = (request: TabMessage, args: readonly unknown[]): void => {
    post(
      { id: request.id, uuidAsString: request.uuidAsString, args },
      { direction: 'toTab', func: request.func, id: request.id, args },
    );
  };

  const initContext: NaaInitContext = {
    sdkName: 'roundtable-e2e-host',
    sdkVersion: '1.0.0',
    capabilities: { queryAccount: false },
  };

  const answerBridge = async (request: TabMessage, envelope: BridgeRequest): Promise<object> => {
    const base = { messageType: 'NestedAppAuthResponse', requestId: envelope.requestId };
    if (envelope.method === 'GetInitContext') return { ...base, success: true, initContext };
    if (envelope.method === 'GetToken' || envelope.method === 'GetTokenPopup') {
      const body: HostTokenRequest = {
        method: envelope.method,
        clientId: envelope.tokenParams?.clientId ?? '',
        scope: envelope.tokenParams?.scope ?? '',
      };
      const response = await fetch(config.tokenPath, { method: 'POST', body: JSON.stringify(body) });
      const result = (await response.json()) as HostTokenResult;
      return result.ok
        ? { ...base, success: true, token: result.token, account: result.account }
        : { ...base, success: false, error: result.error };
    }
    log.push({
      direction: 'fromTab',
      func: request.func,
      naaMethod: envelope.method,
      note: 'unsupported NAA method',
    });
    return {
      ...base,
      success: false,
      error: { status: 'PERSISTENT_ERROR', description: `host does not support ${envelope.method}` },
    };
  };

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    // Only the tab talks to the host; TeamsJS also posts to its own window in some paths, which we ignore.
    if (event.source !== frame.contentWindow || typeof event.data !== 'object' || event.data === null) return;
    const message = event.data as TabMessage;
    const func = message.func;
    if (func === undefined) return;

    if (func === 'nestedAppAuth.execute') {
      const envelope = JSON.parse(String(message.data)) as BridgeRequest;
      log.push({ direction: 'fromTab', func, id: message.id, naaMethod: envelope.method });
      void answerBridge(message, envelope).then((response) =>
        reply(message, [false, JSON.stringify(response)]),
      );
      return;
    }

    log.push({ direction: 'fromTab', func, id: message.id, args: message.args });
    if (FIRE_AND_FORGET.has(func)) return;
    switch (func) {
      case 'initialize': {
        // Slot 3 must be the runtime JSON, or TeamsJS installs no NAA bridge (test-harness.md §2).
        const answer = (): void =>
          reply(message, [
            config.frameContext,
            config.hostClientType,
            config.sdkVersion,
            JSON.stringify(config.runtime),
          ]);
        if (config.initializeDelayMs) setTimeout(answer, config.initializeDelayMs);
        else answer();
        return;
      }
      case 'getContext':
        reply(message, [config.context]);
        return;
      case 'executeDeepLink':
        reply(message, [true]);
        return;
      case 'meeting.getAppContentStageSharingCapabilities':
        reply(
          message,
          config.stageSharing
            ? [null, { doesAppHaveSharePermission: true }]
            : [{ errorCode: 1000, message: 'Sharing to the stage is not supported here.' }, null],
        );
        return;
      case 'meeting.shareAppContentToStage':
        reply(message, config.stageSharing ? [null, true] : [{ errorCode: 1000 }, null]);
        return;
      case 'settings.setSettings':
        // pages.config.setConfig: [status, reason] (sendAndHandleStatusAndReason).
        reply(message, [true]);
        return;
      default:
        reply(message, [false, 'not supported']);
    }
  });

  window.__host = {
    sendTheme(theme: HostTheme) {
      post(
        { func: 'themeChange', args: [theme] },
        { direction: 'toTab', func: 'themeChange', args: [theme] },
      );
    },
    sendBackButton() {
      // Teams mobile's back button: the tab's registered handler runs; if it declines, TeamsJS asks for navigateBack.
      post({ func: 'backButtonPress', args: [] }, { direction: 'toTab', func: 'backButtonPress', args: [] });
    },
    sendSave() {
      post({ func: 'settings.save', args: [{}] }, { direction: 'toTab', func: 'settings.save', args: [{}] });
    },
    sendBeforeUnload() {
      post({ func: 'beforeUnload', args: [] }, { direction: 'toTab', func: 'beforeUnload', args: [] });
    },
    sendLoad(context: { readonly entityId: string; readonly contentUrl: string }) {
      post({ func: 'load', args: [context] }, { direction: 'toTab', func: 'load', args: [context] });
    },
    sendContextChange(context: LegacyContext) {
      post(
        { func: 'contextChange', args: [context] },
        { direction: 'toTab', func: 'contextChange', args: [context] },
      );
    },
  };
}
