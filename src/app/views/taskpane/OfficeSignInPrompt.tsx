import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useState } from 'react';
import { failureFromError } from '../../hooks/failureFromError';
import { meetingMessages } from '../../i18n/en-US/meeting';

export interface OfficeSignInPromptProps {
  /** Opens the sign-in dialog. Called from the click itself: a dialog opened later is blocked as a pop-up. */
  readonly signIn: () => Promise<void>;
  readonly onSignedIn: () => void;
}

/**
 * The Outlook task pane where the client has no nested app authentication: Roundtable can't sign in on its own, so
 * it asks for one click, and says what went wrong (closed, blocked, declined) beside the same button.
 */
export function OfficeSignInPrompt({ signIn, onSignedIn }: OfficeSignInPromptProps) {
  const m = meetingMessages.officeSignIn;
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const start = () => {
    setState({ busy: true });
    signIn().then(onSignedIn, (error: unknown) =>
      setState({ busy: false, error: failureFromError(error).message }),
    );
  };
  return (
    <section aria-labelledby="office-sign-in-title" style={{ display: 'grid', gap: '12px' }}>
      <h1 id="office-sign-in-title" style={{ fontSize: '20px', margin: 0 }}>
        {m.title}
      </h1>
      <Body1>{m.body}</Body1>
      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.notSignedIn}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        {state.busy ? (
          <Spinner size="small" label={m.waiting} />
        ) : (
          <Button appearance="primary" onClick={start}>
            {m.signIn}
          </Button>
        )}
      </div>
    </section>
  );
}
