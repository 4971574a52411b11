import { Dialog, type DialogProps } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

/**
 * Fluent's Dialog, for dialogs mounted only while open: when it closes (Escape, Cancel, Close or done), focus goes
 * back to the control that had it when the dialog opened, instead of falling to <body> (issue #16 "Keyboard and
 * focus"). Only when nothing else took focus meanwhile, and only to a control still on the page.
 */
export function FocusReturningDialog(props: DialogProps) {
  // Read during the first render: the dialog's own effects move focus into it before any effect here runs.
  const [opener] = useState(() =>
    typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null),
  );
  useEffect(
    () => () => {
      requestAnimationFrame(() => {
        const now = document.activeElement;
        const lost = now === null || now === document.body || !now.isConnected;
        if (lost && opener?.isConnected && opener !== document.body) opener.focus();
      });
    },
    [opener],
  );
  return <Dialog {...props} />;
}
