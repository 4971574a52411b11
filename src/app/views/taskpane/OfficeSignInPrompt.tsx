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
        Sign in to Roundtable
      </h1>
      <Body1>
        This version of Outlook doesn’t sign add-ins in for you. Sign in once with your work account;
        Roundtable keeps the sign-in only while this pane is open.
      </Body1>
      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not signed in</MessageBarTitle>
            {state.error}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        {state.busy ? (
          <Spinner size="small" label="Waiting for the sign-in window" />
        ) : (
          <Button appearance="primary" onClick={start}>
            Sign in
          </Button>
        )}
      </div>
    </section>
  );
}
