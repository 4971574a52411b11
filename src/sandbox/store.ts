// The sandbox's state: one tenant, its directory, its groups, and one calendar per mailbox. Outlook data is kept
// per mailbox exactly as Exchange does (the organizer's item and each attendee's copy are separate items sharing
// an iCalUId), so what one user sees never leaks into another user's answers.
import { ChatMessageLog } from './chatMessages';

export interface TenantRecord {
  readonly id: string;
  readonly displayName: string;
  readonly domain: string;
  readonly defaultUserId: string;
}

export interface UserRecord {
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly mail: string;
  readonly userPrincipalName: string;
  readonly jobTitle: string | null;
  readonly officeLocation: string | null;
  readonly mobilePhone: string | null;
  readonly businessPhones: readonly string[];
  readonly preferredLanguage: string | null;
  readonly userType: 'Member' | 'Guest';
  readonly accountEnabled: boolean;
  /** B2B guests have no Exchange mailbox in the host tenant: their calendar calls fail. */
  readonly hasMailbox: boolean;
  /** Mailbox time zone (Windows name), used when the user organizes a meeting. */
  readonly timeZone: string;
  /** Secondary SMTP addresses (proxyAddresses `smtp:` entries beside the primary `SMTP:` one). */
  readonly aliases?: readonly string[];
  /** The mailbox's X.500 address (Exchange's legacyExchangeDN), which attendee lists sometimes carry instead of SMTP. */
  readonly legacyExchangeDN?: string;
}

export interface PlannerPlanRecord {
  readonly id: string;
  readonly title: string;
  /** The owning Microsoft 365 group's id (plannerPlan.owner in v1.0). */
  readonly owner: string;
  readonly createdDateTime: string;
}

export interface GroupRecord {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly mail: string;
  readonly mailNickname: string;
  readonly visibility: 'Private' | 'Public';
  readonly memberIds: readonly string[];
  readonly ownerIds: readonly string[];
  /** Has a team (resourceProvisioningOptions contains "Team"). */
  readonly isTeam: boolean;
  readonly isArchived: boolean;
  /** The group's document library (drive id, "b!…"); drive routes come with a later issue. */
  readonly driveId: string;
  readonly plannerPlans: readonly PlannerPlanRecord[];
  readonly createdDateTime: string;
}

export type ResponseType =
  'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export interface ResponseStatusRecord {
  readonly response: ResponseType;
  /** null is written as Graph's "0001-01-01T00:00:00Z" (never responded). */
  readonly timeMs: number | null;
}

export interface EmailAddressRecord {
  readonly name: string;
  readonly address: string;
}

export interface AttendeeRecord {
  readonly type: 'required' | 'optional' | 'resource';
  readonly status: ResponseStatusRecord;
  readonly emailAddress: EmailAddressRecord;
}

export type DayOfWeek = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';
export type WeekIndex = 'first' | 'second' | 'third' | 'fourth' | 'last';

// The Graph patternedRecurrence shape, stored as Graph writes it (GD resources/patternedrecurrence.md).
export interface RecurrenceRecord {
  readonly pattern: {
    readonly type:
      'daily' | 'weekly' | 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';
    readonly interval: number;
    readonly month: number;
    readonly dayOfMonth: number;
    readonly daysOfWeek: readonly DayOfWeek[];
    readonly firstDayOfWeek: DayOfWeek;
    readonly index: WeekIndex;
  };
  readonly range: {
    readonly type: 'endDate' | 'noEnd' | 'numbered';
    readonly startDate: string;
    readonly endDate: string;
    readonly recurrenceTimeZone: string;
    readonly numberOfOccurrences: number;
  };
}

export interface MeetingChatRecord {
  /** "19:meeting_…@thread.v2" */
  readonly threadId: string;
  /** What the chat's onlineMeetingInfo.joinWebUrl says: the long or the short form, not always the event's. */
  readonly joinWebUrl: string;
  /** Invitees (user ids) who are not members of the chat: they left it or were removed from it. */
  readonly notMembers: readonly string[];
}

/** A stored calendar item. Occurrences are not stored: they are computed from their master (see calendar.ts). */
export interface StoredEvent {
  readonly id: string;
  /** The user id whose mailbox holds this item. */
  readonly mailbox: string;
  readonly type: 'singleInstance' | 'seriesMaster' | 'exception';
  readonly seriesMasterId: string | null;
  /** Exceptions: the start the occurrence had before it was changed (UTC ms). */
  readonly originalStartMs: number | null;
  readonly iCalUId: string;
  readonly subject: string;
  readonly body: { readonly contentType: 'html' | 'text'; readonly content: string };
  readonly startMs: number;
  readonly endMs: number;
  /** The zone the organizer created the item in (originalStartTimeZone), a Windows name. */
  readonly timeZone: string;
  /** originalEndTimeZone when a PATCH set it apart from the start's; absent means the same as `timeZone`. */
  readonly endTimeZone?: string;
  readonly isAllDay: boolean;
  readonly isCancelled: boolean;
  readonly isOrganizer: boolean;
  readonly organizer: EmailAddressRecord;
  readonly attendees: readonly AttendeeRecord[];
  readonly responseStatus: ResponseStatusRecord;
  readonly isOnlineMeeting: boolean;
  readonly onlineMeetingProvider: 'teamsForBusiness' | 'unknown';
  readonly joinUrl: string | null;
  /**
   * The Teams meeting's chat, when the meeting was created with one (README "Chats"). Absent: the chat is the thread
   * id inside a long `joinUrl`. A short `joinUrl` does not name its chat, so the chat is recorded here.
   */
  readonly meetingChat?: MeetingChatRecord;
  readonly location: string;
  readonly recurrence: RecurrenceRecord | null;
  /** Masters in the organizer's mailbox: original starts of occurrences the organizer cancelled (deleted). */
  readonly cancelledOccurrences: readonly number[];
  readonly showAs: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  readonly importance: 'low' | 'normal' | 'high';
  readonly sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  readonly categories: readonly string[];
  readonly reminderMinutesBeforeStart: number;
  readonly isReminderOn: boolean;
  readonly responseRequested: boolean;
  readonly allowNewTimeProposals: boolean;
  /** Absent means false, Graph's default (GD event-update.md). */
  readonly hideAttendees?: boolean;
  readonly changeKey: string;
  readonly createdMs: number;
  readonly lastModifiedMs: number;
}

/** One meeting update an organizer's PATCH sent to one attendee (README "Meeting updates sent"). */
export interface SentUpdateRecord {
  readonly sentAt: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  /** The organizer's item that was changed, and the meeting's iCalUId. */
  readonly eventId: string;
  readonly iCalUId: string;
  /** `series` for the master, `occurrence` for one per modified occurrence, `single` otherwise. */
  readonly kind: 'series' | 'occurrence' | 'single';
  readonly originalStart?: string;
}

export interface TenantState {
  readonly tenant: TenantRecord;
  readonly users: readonly UserRecord[];
  readonly groups: readonly GroupRecord[];
  /** mailbox (user id) -> event id -> item. */
  readonly events: Map<string, Map<string, StoredEvent>>;
}

export class Store {
  #state: TenantState;
  #sentUpdates: SentUpdateRecord[] = [];
  /** Chat messages and sendMail copies (chatMessages.ts). */
  readonly messages = new ChatMessageLog();

  constructor(private readonly seed: () => TenantState) {
    this.#state = seed();
  }

  reset(): void {
    this.#state = this.seed();
    this.#sentUpdates = [];
    this.messages.clear();
  }

  recordSentUpdates(updates: readonly SentUpdateRecord[]): void {
    this.#sentUpdates.push(...updates);
  }

  get sentUpdates(): readonly SentUpdateRecord[] {
    return this.#sentUpdates;
  }

  get tenant(): TenantRecord {
    return this.#state.tenant;
  }

  get users(): readonly UserRecord[] {
    return this.#state.users;
  }

  get groups(): readonly GroupRecord[] {
    return this.#state.groups;
  }

  /** By object id or userPrincipalName, both case-insensitive (Entra compares them so). */
  findUser(key: string): UserRecord | undefined {
    const k = key.toLowerCase();
    return this.#state.users.find((u) => u.id.toLowerCase() === k || u.userPrincipalName.toLowerCase() === k);
  }

  /**
   * The user an e-mail address reaches, as Exchange routes it: the mail, an alias or the X.500 DN (README
   * "Addresses"). Directory lookups (`/users/{key}`) don't take these; only mail delivery and attendee tracking do.
   */
  findRecipient(address: string): UserRecord | undefined {
    const a = address.trim().toLowerCase();
    return this.#state.users.find(
      (u) =>
        u.mail.toLowerCase() === a ||
        (u.aliases ?? []).some((x) => x.toLowerCase() === a) ||
        u.legacyExchangeDN?.toLowerCase() === a,
    );
  }

  get defaultUser(): UserRecord {
    const user = this.findUser(this.#state.tenant.defaultUserId);
    if (!user) throw new Error('seed error: the default user is not in the tenant');
    return user;
  }

  /**
   * Adds synthetic members (voter01@…) for load tests that need more distinct people than the seed has; they join
   * the given groups. `reset()` drops them with the rest of the state.
   */
  addUsers(count: number, prefix: string, groupIds: readonly string[]): readonly UserRecord[] {
    const start = this.#state.users.filter((u) => u.userPrincipalName.startsWith(`${prefix}`)).length;
    const added: UserRecord[] = [];
    for (let i = start + 1; i <= start + count; i++) {
      const n = String(i).padStart(2, '0');
      const upn = `${prefix}${n}@${this.#state.tenant.domain}`;
      added.push({
        id: syntheticId(this.#state.tenant.id, upn),
        displayName: `${prefix[0]?.toUpperCase() ?? ''}${prefix.slice(1)} ${n}`,
        givenName: prefix,
        surname: n,
        mail: upn,
        userPrincipalName: upn,
        jobTitle: null,
        officeLocation: null,
        mobilePhone: null,
        businessPhones: [],
        preferredLanguage: 'en-US',
        userType: 'Member',
        accountEnabled: true,
        hasMailbox: true,
        timeZone: 'UTC',
      });
    }
    const ids = added.map((u) => u.id);
    this.#state = {
      ...this.#state,
      users: [...this.#state.users, ...added],
      groups: this.#state.groups.map((g) =>
        groupIds.includes(g.id) ? { ...g, memberIds: [...g.memberIds, ...ids] } : g,
      ),
    };
    return added;
  }

  groupsOf(userId: string): readonly GroupRecord[] {
    return this.#state.groups.filter((g) => g.memberIds.includes(userId));
  }

  eventsOf(mailbox: string): readonly StoredEvent[] {
    return [...(this.#state.events.get(mailbox)?.values() ?? [])];
  }

  getEvent(mailbox: string, id: string): StoredEvent | undefined {
    return this.#state.events.get(mailbox)?.get(id);
  }

  /** Adds or replaces an item: responding to an occurrence writes exceptions, as Exchange does. */
  putEvent(e: StoredEvent): void {
    const box = this.#state.events.get(e.mailbox) ?? new Map<string, StoredEvent>();
    box.set(e.id, e);
    this.#state.events.set(e.mailbox, box);
  }

  /** Drops an item: a series turned into a single event loses its exceptions. */
  removeEvent(mailbox: string, id: string): void {
    this.#state.events.get(mailbox)?.delete(id);
  }

  exceptionsOf(master: StoredEvent): readonly StoredEvent[] {
    return this.eventsOf(master.mailbox).filter(
      (e) => e.type === 'exception' && e.seriesMasterId === master.id,
    );
  }
}

/** A stable GUID-shaped id for a synthetic user (same UPN, same id across resets). */
function syntheticId(tenantId: string, upn: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const s = `${tenantId}:${upn}`;
  for (let i = 0; i < s.length; i++) {
    h1 = Math.imul(h1 ^ s.charCodeAt(i), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ s.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(2);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
