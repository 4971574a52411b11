import {
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { DemoUser } from '../DemoCapability';
import { shellMessages } from '../i18n/en-US/shell';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  picker: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    maxWidth: '100%',
  },
  // As wide as a name needs, never wider than the pane (no sideways scroll at 280 px).
  select: { minWidth: 'min(16rem, 100%)', maxWidth: '100%' },
});

export interface DemoBannerProps {
  readonly tenantName: string;
  readonly users: readonly DemoUser[];
  readonly viewAs: string;
  readonly onViewAsChange: (userPrincipalName: string) => void;
}

/** Says plainly that this is a demo tenant, and lets the visitor see the calendar of any of its users. */
export function DemoBanner({ tenantName, users, viewAs, onViewAsChange }: DemoBannerProps) {
  const styles = useStyles();
  const selectId = useId('view-as');
  const m = shellMessages.demo;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{m.tenant(tenantName)}</MessageBarTitle>
        <span className={styles.picker}>
          <Label htmlFor={selectId}>{m.viewAs}</Label>
          <Select
            id={selectId}
            className={styles.select}
            value={viewAs}
            onChange={(_, data) => onViewAsChange(data.value)}
          >
            {users.map((u) => (
              <option key={u.id} value={u.userPrincipalName}>
                {u.displayName}
              </option>
            ))}
          </Select>
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
