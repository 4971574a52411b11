// Which sign-in an Outlook client can give the task pane. Nested app authentication needs the NestedAppAuth 1.1
// requirement set: classic Outlook on Windows loads unified-manifest add-ins from Version 2307 but has NAA only from
// Version 2409 (Microsoft 365 subscription; 2408 for volume-licensed LTSC, 2501 for retail perpetual), and NAA is
// not offered in Outlook.com or Gmail mailboxes (learn: "Nested app auth requirement sets"). Where it is missing,
// the documented fallback is MSAL in an Office dialog (learn: "Enable SSO in an Office Add-in using nested app
// authentication", "Have a fallback when NAA isn't supported"), which needs DialogApi 1.1 (displayDialogAsync,
// messageParent). A client with neither cannot sign the user in at all.

/** The slice of Office.js this check reads (Office.context.requirements, available after Office.onReady). */
export interface OfficeRequirementsLike {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export type OfficeSignIn = 'naa' | 'dialog' | 'unsupported';

export function chooseOfficeSignIn(office: OfficeRequirementsLike): OfficeSignIn {
  const supports = (name: string, version: string): boolean => {
    try {
      return office.context.requirements.isSetSupported(name, version) === true;
    } catch {
      // A requirement check that fails to answer is read as "not supported": the next, plainer path is chosen.
      return false;
    }
  };
  if (supports('NestedAppAuth', '1.1')) return 'naa';
  if (supports('DialogApi', '1.1')) return 'dialog';
  return 'unsupported';
}
