// Messages posted to meeting chats and mail sent with sendMail (README "Chat messages" and "sendMail"). Kept apart
// from the tenant's seed: a reset empties both.

export interface StoredChatMessage {
  readonly id: string;
  readonly chatId: string;
  readonly createdMs: number;
  readonly from: { readonly id: string; readonly displayName: string };
  readonly contentType: 'text' | 'html';
  readonly content: string;
}

/** One copy of one sendMail message, per recipient, for tests (`GET /_sandbox/mail` → `sent`). */
export interface SentMailRecord {
  readonly sentAt: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly contentType: 'text' | 'html';
  readonly content: string;
  /** The recipient is a mailbox of the tenant (else it left for the outside world). */
  readonly delivered: boolean;
}

export class ChatMessageLog {
  #byChat = new Map<string, StoredChatMessage[]>();
  #posts: number[] = [];
  #mail: SentMailRecord[] = [];
  #lastId = 0;

  clear(): void {
    this.#byChat = new Map();
    this.#posts = [];
    this.#mail = [];
    this.#lastId = 0;
  }

  /**
   * Teams message ids are the creation time in epoch ms (GD chat-post-messages.md example); kept unique and
   * increasing here, so two posts in one millisecond get consecutive times.
   */
  add(message: Omit<StoredChatMessage, 'id'>): StoredChatMessage {
    this.#lastId = Math.max(this.#lastId + 1, message.createdMs);
    const stored = { ...message, id: String(this.#lastId), createdMs: this.#lastId };
    const key = message.chatId.toLowerCase();
    this.#byChat.set(key, [...(this.#byChat.get(key) ?? []), stored]);
    return stored;
  }

  messagesOf(chatId: string): readonly StoredChatMessage[] {
    return this.#byChat.get(chatId.toLowerCase()) ?? [];
  }

  /** Every chat's messages, for `GET /_sandbox/chats`. */
  all(): Record<string, readonly StoredChatMessage[]> {
    return Object.fromEntries(this.#byChat);
  }

  /** Counts a POST at `nowMs`; how many were counted in the second up to it, this one included. */
  countPost(nowMs: number): number {
    this.#posts = [...this.#posts.filter((t) => t > nowMs - 1000), nowMs];
    return this.#posts.length;
  }

  recordMail(records: readonly SentMailRecord[]): void {
    this.#mail.push(...records);
  }

  get sentMail(): readonly SentMailRecord[] {
    return this.#mail;
  }
}
