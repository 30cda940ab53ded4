import type { Role } from '../domain/roles.js';
import { MUNICIPAL_UNIT_KINDS, REGION_UNIT_KINDS, type OrganizationKind, type UnitKind } from '../domain/units.js';

/**
 * Which organisation a role belongs to, for users and API tokens alike: reporters to a
 * municipality, analysts, chairs and admins to the region's own organisation. The server refuses
 * what does not fit; the admin forms offer only what fits.
 */
export function roleFitsOrganization(role: Role, kind: OrganizationKind): boolean {
  return role === 'reporter' ? kind === 'municipality' : kind === 'region';
}

/** The message key for a role given an organisation it does not fit. */
export function roleMisfitMessage(role: Role): 'validation.roleNeedsMunicipality' | 'validation.roleNeedsRegion' {
  return role === 'reporter' ? 'validation.roleNeedsMunicipality' : 'validation.roleNeedsRegion';
}

/** The unit kinds an organisation runs: municipalities their short-term, palliative and reserve places, the region its wards and ICU. */
export function unitKindsFor(kind: OrganizationKind): readonly UnitKind[] {
  return kind === 'region' ? REGION_UNIT_KINDS : MUNICIPAL_UNIT_KINDS;
}
