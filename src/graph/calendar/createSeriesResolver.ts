// SeriesResolver over the user's calendar (DESIGN.md "Series key"): a recurring series is keyed by its master's
// iCalUId, which organizer and attendee copies share, while every occurrence has its own iCalUId (platform-facts §1);
// a single meeting is keyed by its own. The master's mailbox id comes with each occurrence as seriesMasterId.
import { seriesKey } from '../../domain/ids';
import type { Meeting } from '../../domain/meetings/meeting';
import { err, ok } from '../../domain/result';
import type { Outcome, SeriesIdentity, SeriesResolver } from '../../usecases/ports';
import type { GraphClient } from '../core/GraphClient';
import { z } from 'zod';
import { zonedToInstant } from './zonedToInstant';

const masterSchema = z.object({
  iCalUId: z.string().min(1),
  subject: z.string().nullish(),
  start: z.object({ dateTime: z.string(), timeZone: z.string() }).nullish(),
});

export function createSeriesResolver(client: GraphClient): SeriesResolver {
  return {
    async resolveSeries(meeting: Meeting): Promise<Outcome<SeriesIdentity>> {
      if (meeting.kind === 'singleInstance')
        return ok({ seriesKey: seriesKey(meeting.iCalUId), title: meeting.subject });
      if (!meeting.seriesMasterId)
        return err({
          kind: 'badRequest',
          code: 'InvalidGraphPayload',
          message: `Event ${meeting.id} is an ${meeting.kind} without a seriesMasterId`,
        });
      // One small GET; runs in parallel with the teams and /me lookups in openAgenda (round trip 1).
      const res = await client.get<unknown>(`/me/events/${encodeURIComponent(meeting.seriesMasterId)}`, {
        // start: where the series' occurrences begin, so the roles can list them in the next round trip.
        select: ['iCalUId', 'subject', 'start'],
      });
      if (!res.ok) return res;
      const master = masterSchema.safeParse(res.value);
      if (!master.success)
        return err({
          kind: 'badRequest',
          code: 'InvalidGraphPayload',
          message: `Unexpected series master ${meeting.seriesMasterId}: ${master.error.message}`,
        });
      // The master's subject: an occurrence's may differ (an exception renamed, or "Canceled: …").
      const start = master.data.start;
      const first = start ? zonedToInstant(start.dateTime, start.timeZone) : undefined;
      return ok({
        seriesKey: seriesKey(master.data.iCalUId),
        title: master.data.subject ?? meeting.subject,
        ...(first !== undefined ? { firstStart: new Date(first).toISOString() } : {}),
      });
    },
  };
}
