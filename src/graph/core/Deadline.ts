import type { Timers } from './Timers';

/*
 * The time budget of one logical Graph call: all of its attempts, the Retry-After and back-off waits between them,
 * and every inner-$batch round. The clock starts when the first request leaves (TimeoutHandler), not when the call
 * is made: getting the token first may mean a sign-in or consent prompt, and a person taking their time there is
 * not Microsoft 365 failing to answer.
 */
export class Deadline {
  private endsAt: number | undefined;

  constructor(
    private readonly budgetMs: number,
    private readonly timers: Timers,
  ) {}

  start(): void {
    this.endsAt ??= this.timers.now() + this.budgetMs;
  }

  remainingMs(): number {
    return this.endsAt === undefined ? this.budgetMs : Math.max(0, this.endsAt - this.timers.now());
  }

  /** A wait is worth taking only if it ends before the deadline, leaving time for the attempt it waits for. */
  allowsWait(ms: number): boolean {
    return ms < this.remainingMs();
  }
}
