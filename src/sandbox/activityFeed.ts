// Teams activity-feed notifications (GD api-reference/v1.0/api/userteamwork-sendactivitynotification.md and
// concepts/teams-send-activityfeednotifications.md): POST /users/{id}/teamwork/sendActivityNotification, validated as
// the docs describe, recorded per recipient for the tests (GET /_sandbox/notifications?user=). What the docs leave
// open is written down as an assumption in the sandbox README ("Activity feed").
import type { Store } from './store';

/** An activity type as the installed app's manifest declares it (manifest/manifest.json, activities.activityTypes). */
export interface DeclaredActivityType {
  readonly type: string;
  readonly description: string;
  readonly templateText: string;
}

/**
 * The seeded "installed app": Roundtable's activity types as its manifest declares them. Teams reads them from the
 * app package installed for the recipient; the sandbox has no package, so they are written here (a unit test checks
 * they equal manifest/manifest.json's).
 */
export const ROUNDTABLE_ACTIVITY_TYPES: readonly DeclaredActivityType[] = [
  {
    type: 'votingOpened',
    description: 'Voting opened on a meeting’s agenda',
    templateText: '{actor} opened voting for {meeting}',
  },
  {
    type: 'votingClosesSoon',
    description: 'Voting closes soon and you have dots left',
    templateText: 'Voting for {meeting} closes soon: you have {dots} dots left',
  },
  {
    type: 'roleNext',
    description: 'You hold a role in the next meeting',
    templateText: 'You are the {role} of the next {meeting}',
  },
  {
    type: 'actionDue',
    description: 'An action item you own is due',
    templateText: 'Your action “{action}” is due on {due}',
  },
  {
    type: 'roleRequested',
    description: 'Someone asks to take your turn in a role',
    templateText: '{actor} asks to take your turn as {role} in {meeting}',
  },
];

export interface RecordedNotification {
  readonly recipientId: string;
  readonly senderId: string;
  readonly activityType: string;
  readonly topic: { readonly source: string; readonly value: string; readonly webUrl?: string };
  /** As sent. */
  readonly previewText: string;
  /** What Teams shows: the first 150 characters (userteamwork-sendactivitynotification.md, previewText). */
  readonly previewShown: string;
  readonly templateParameters: Readonly<Record<string, string>>;
  /** The manifest's templateText with the parameters filled in ({actor}: the sender's name). */
  readonly text: string;
  readonly chainId?: number;
  readonly at: string;
}

/** POST /users/{id}/teamwork/sendActivityNotification: 5 rps per app per tenant (GD concepts/throttling-limits.md). */
export const ACTIVITY_RPS = 5;

export class ActivityFeed {
  private installed = new Set<string>();
  private readonly byUser = new Map<string, RecordedNotification[]>();
  private recent: number[] = [];

  constructor(readonly declared: readonly DeclaredActivityType[] = ROUNDTABLE_ACTIVITY_TYPES) {}

  /** The app is installed for every member of the tenant; guests have not installed it (assumption, README). */
  reset(store: Store): void {
    this.installed = new Set(store.users.filter((u) => u.userType === 'Member').map((u) => u.id));
    this.byUser.clear();
    this.recent = [];
  }

  isInstalledFor(userId: string): boolean {
    return this.installed.has(userId);
  }

  setInstalled(userId: string, on: boolean): void {
    if (on) this.installed.add(userId);
    else this.installed.delete(userId);
  }

  /** Counts one request at `now`; false when it is over the per-second limit. */
  admit(now: number): boolean {
    this.recent = this.recent.filter((t) => now - t < 1000);
    if (this.recent.length >= ACTIVITY_RPS) return false;
    this.recent.push(now);
    return true;
  }

  record(n: RecordedNotification): void {
    const list = this.byUser.get(n.recipientId) ?? [];
    list.push(n);
    this.byUser.set(n.recipientId, list);
  }

  notificationsOf(userId: string): readonly RecordedNotification[] {
    return this.byUser.get(userId) ?? [];
  }

  all(): readonly RecordedNotification[] {
    return [...this.byUser.values()].flat();
  }
}
