// The default fixed segments (check-in, review of last actions, wrap-up) are stored with their English names
// (domain DEFAULT_SETTINGS), so every client and every stored agenda agrees on them; people read them in their own
// language, by segment id. A segment whose name the organizer typed shows what was typed. Like roleLabel.ts.
import { DEFAULT_SETTINGS, type Segment } from '../../domain/series/seriesDocument';
import { agendaMessages } from '../i18n/en-US/agenda';

type DefaultSegmentId = keyof typeof agendaMessages.defaultSegments;

function defaultWords(id: string, label: string): string | undefined {
  const def = DEFAULT_SETTINGS.segments.find((s) => s.id === id);
  return def && def.label === label ? agendaMessages.defaultSegments[def.id as DefaultSegmentId] : undefined;
}

/** A segment's (or time-boxed item's) name as the user reads it. Boulders' ids never match a default segment's. */
export function segmentLabel(item: { readonly id: string; readonly label: string }): string {
  return defaultWords(item.id, item.label) ?? item.label;
}

/** A segment as the settings dialog shows it, to be saved back through storedSegment. */
export function shownSegment(segment: Segment): Segment {
  return { ...segment, label: segmentLabel(segment) };
}

/** What to store for a segment edited from shownSegment: a default name left as shown goes back to the English. */
export function storedSegment(segment: Segment): Segment {
  const def = DEFAULT_SETTINGS.segments.find((s) => s.id === segment.id);
  return def && segment.label === segmentLabel(def) ? { ...segment, label: def.label } : segment;
}
