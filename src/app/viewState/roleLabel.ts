// The three default roles are stored with their English labels (domain DEFAULT_ROLES), so every client and every
// stored document agrees on them; people read them in their own language, by role id. A role whose label or verb its
// team typed (a custom role, or a default one renamed) shows what they typed.
import { DEFAULT_ROLES, type RoleDef } from '../../domain/roles/roleTypes';
import { rolesMessages } from '../i18n/en-US/roles';

type DefaultRoleId = keyof typeof rolesMessages.defaults;

function defaultOf(role: RoleDef): { def: RoleDef; words: { label: string; served: string } } | undefined {
  const def = DEFAULT_ROLES.find((d) => d.id === role.id);
  return def ? { def, words: rolesMessages.defaults[def.id as DefaultRoleId] } : undefined;
}

/** The role's name as the user reads it. */
export function roleLabel(role: RoleDef): string {
  const d = defaultOf(role);
  return d && d.def.label === role.label ? d.words.label : role.label;
}

/** The role's past-tense verb as the user reads it ("facilitated"). */
export function roleServed(role: RoleDef): string {
  const d = defaultOf(role);
  return d && d.def.served === role.served ? d.words.served : role.served;
}

/** A role as the user reads it, for an editor that shows the words and may save them back (storedRole). */
export function shownRole<R extends RoleDef>(role: R): R {
  return { ...role, label: roleLabel(role), served: roleServed(role) };
}

/**
 * What to store for a role edited from shownRole: a default role's words left as shown go back to the stored English,
 * so the role stays translated for everyone; anything typed is kept as typed.
 */
export function storedRole<R extends RoleDef>(role: R): R {
  const d = defaultOf(role);
  if (!d) return role;
  return {
    ...role,
    label: role.label === d.words.label ? d.def.label : role.label,
    served: role.served === d.words.served ? d.def.served : role.served,
  };
}
