import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument, SeriesSettings } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { Actor, AgendaRuleError } from './agendaTypes';
import { validateSettings } from './validateSettings';

/** The organizer's series settings (budget, cap, boulders, fixed segments). Closed agendas keep their time boxes. */
export function setSettings(
  doc: SeriesDocument,
  settings: SeriesSettings,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaRuleError> {
  if (!actor.isOrganizer) return err({ kind: 'notAllowed', problem: { code: 'settingsNotOrganizer' } });
  const v = validateSettings(settings);
  if (!v.ok) return v;
  return ok({ ...doc, settings: stamped(v.value, stamp) });
}
