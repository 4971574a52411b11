import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { CSSProperties } from 'react';
import type { OwnerFlag } from '../../hooks/deriveOwnerFlag';
import { actionsMessages } from '../../i18n/en-US/actions';

export interface OwnerFlagBarProps {
  readonly flag: Exclude<OwnerFlag, { readonly kind: 'none' }>;
  readonly busy: boolean;
  /** The meeting view has room for a title; the 280 px side panel shows the message alone. */
  readonly titled?: boolean;
  readonly style?: CSSProperties;
  readonly onPickInternal: () => void;
  readonly onKeepOff: (keptOff: boolean) => void;
}

/**
 * At capture, an owner Planner can't assign (issue #16): the two choices, pick an internal owner or keep the item
 * off Planner; once kept off, the way back. The same bar in the meeting view's capture form and the side panel's.
 */
export function OwnerFlagBar({ flag, busy, titled, style, onPickInternal, onKeepOff }: OwnerFlagBarProps) {
  const m = actionsMessages.ownerFlag;
  const title = flag.kind === 'keptOff' ? m.keptOffTitle : m.notAssignableTitle;
  return (
    <MessageBar
      intent={flag.kind === 'keptOff' ? 'info' : 'warning'}
      layout="multiline"
      aria-label={title}
      {...(style ? { style } : {})}
    >
      <MessageBarBody>
        {titled ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {flag.message}
      </MessageBarBody>
      <MessageBarActions>
        {flag.kind === 'keptOff' ? (
          <Button size="small" onClick={() => onKeepOff(false)} disabled={busy}>
            {m.undo}
          </Button>
        ) : (
          <>
            <Button size="small" onClick={onPickInternal} disabled={busy}>
              {m.pickInternal}
            </Button>
            <Button size="small" onClick={() => onKeepOff(true)} disabled={busy}>
              {m.keepOff}
            </Button>
          </>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
