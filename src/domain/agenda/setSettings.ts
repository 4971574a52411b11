import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument, SeriesSettings } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { Actor, AgendaError } from './agendaTypes';
import { validateSettings } from './validateSettings';

/** The organizer's series settings (budget, cap, boulders, fixed segments). Closed agendas keep their time boxes. */
export function setSettings(
  doc: SeriesDocument,
  settings: SeriesSettings,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaError> {
  if (!actor.isOrganizer)
    return err({ kind: 'notAllowed', message: 'Only the organizer changes the series settings.' });
  const v = validateSettings(settings);
  if (!v.ok) return v;
  return ok({ ...doc, settings: stamped(v.value, stamp) });
}
