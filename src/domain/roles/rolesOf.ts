import { settingsOf, type SeriesDocument } from '../series/seriesDocument';
import { DEFAULT_ROLES, type RoleDef } from './roleTypes';

/** The roles this series rotates, in pick order: the organizer's custom list, else the three defaults. */
export function rolesOf(doc: SeriesDocument): readonly RoleDef[] {
  const custom = settingsOf(doc).roles;
  return custom && custom.length > 0 ? custom : DEFAULT_ROLES;
}
