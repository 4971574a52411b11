import { err, ok } from '../../src/domain/result';
import type { EventId } from '../../src/domain/ids';
import type { Meeting } from '../../src/domain/meetings/meeting';
import type { Failure, MeetingSource, Outcome, TimeWindow } from '../../src/usecases/ports';

export interface RecordedCall {
  readonly method: 'listMeetings' | 'getMeeting' | 'listOccurrences';
  readonly window?: TimeWindow;
  readonly timeZone: string;
}

/**
 * An in-memory MeetingSource that honours the port's contract: window overlap (start < window.end and
 * end > window.start), series expansion is assumed already done (meetings are occurrences). `failWith` makes every
 * call return that failure, the way a Graph outage would.
 */
export class InMemoryMeetingSource implements MeetingSource {
  readonly calls: RecordedCall[] = [];
  private failure: Failure | undefined;

  constructor(private meetings: readonly Meeting[] = []) {}

  failWith(failure: Failure | undefined): void {
    this.failure = failure;
  }

  replace(meetings: readonly Meeting[]): void {
    this.meetings = meetings;
  }

  async listMeetings(window: TimeWindow, timeZone: string): Promise<Outcome<readonly Meeting[]>> {
    this.calls.push({ method: 'listMeetings', window, timeZone });
    if (this.failure) return err(this.failure);
    return ok(this.meetings.filter((m) => overlaps(m, window)));
  }

  async getMeeting(id: EventId, timeZone: string): Promise<Outcome<Meeting>> {
    this.calls.push({ method: 'getMeeting', timeZone });
    if (this.failure) return err(this.failure);
    const found = this.meetings.find((m) => m.id === id);
    return found ? ok(found) : err({ kind: 'notFound', status: 404, code: 'ErrorItemNotFound' });
  }

  async listOccurrences(
    masterId: EventId,
    window: TimeWindow,
    timeZone: string,
  ): Promise<Outcome<readonly Meeting[]>> {
    this.calls.push({ method: 'listOccurrences', window, timeZone });
    if (this.failure) return err(this.failure);
    return ok(this.meetings.filter((m) => m.seriesMasterId === masterId && overlaps(m, window)));
  }
}

function overlaps(m: Meeting, window: TimeWindow): boolean {
  return Date.parse(m.start) < window.end.getTime() && Date.parse(m.end) > window.start.getTime();
}
