import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { CSSProperties } from 'react';
import type { OwnerFlag } from '../../hooks/deriveOwnerFlag';

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
  const title = flag.kind === 'keptOff' ? 'Kept off Planner' : 'Planner can’t assign this owner';
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
            Undo: record it to Planner
          </Button>
        ) : (
          <>
            <Button size="small" onClick={onPickInternal} disabled={busy}>
              Pick an internal owner
            </Button>
            <Button size="small" onClick={() => onKeepOff(true)} disabled={busy}>
              Keep off Planner
            </Button>
          </>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
