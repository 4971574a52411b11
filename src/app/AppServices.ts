import type { OpenAgendaDeps } from '../usecases/agenda/openAgenda';
import type { Meeting } from '../domain/meetings/meeting';
import type {
  ActivityNotifier,
  ChatSource,
  InviteWriter,
  MeetingSource,
  RecapSender,
  TaskTracker,
} from '../usecases/ports';

/** The adapters the views' use-cases run on. The composition root builds them, in a lazily loaded chunk. */
export interface AppServices {
  readonly meetings: MeetingSource;
  /** Series resolver, teams, directory and the series document store: what openAgenda and changeAgenda need. */
  readonly agenda: OpenAgendaDeps;
  /** The team plan's tasks: action items recorded to Planner and read back for the review of commitments. */
  readonly tasks: TaskTracker;
  /** The meeting chat an in-meeting tab runs in (its join URL maps it to the calendar event). */
  readonly chats: ChatSource;
  /** The invitation's body ("Publish to invite"), on a token with Calendars.ReadWrite asked for when used. */
  readonly invites: InviteWriter;
  /** The meeting's recap, on tokens with ChatMessage.Send + Chat.Read or Mail.Send asked for when sent. */
  readonly recaps: RecapSender;
  /** A Planner task's web link for the recap, or null when the tenant isn't known. */
  plannerTaskUrl(taskId: string): string | null;
  /** Activity-feed nudges, on a token with TeamsActivity.Send asked for only when one is sent. */
  readonly nudges: ActivityNotifier;
  /** The link a published invitation carries back to this meeting in the app. */
  appLink(meeting: Meeting): string;
  /** Milliseconds since the epoch; timestamps the document's last-writer-wins fields. */
  now(): number;
  /** A fresh unique id for a new topic (crypto.randomUUID). */
  newId(): string;
}

/**
 * Resolves the services, downloading the auth + Graph chunk on first use. Calling it again after a rejection
 * tries again (a dropped chunk download must not need a page reload).
 */
export type LoadServices = () => Promise<AppServices>;
