export const UNIT_KINDS = ['short_term', 'palliative', 'nursing_home_reserve', 'hospital', 'icu'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

// Municipal places (after hospital discharge) versus the region's hospital side.
export const MUNICIPAL_UNIT_KINDS: readonly UnitKind[] = ['short_term', 'palliative', 'nursing_home_reserve'];
export const REGION_UNIT_KINDS: readonly UnitKind[] = ['hospital', 'icu'];

export const STAFFING_LEVELS = ['normal', 'strained', 'critical'] as const;
export type Staffing = (typeof STAFFING_LEVELS)[number];

export const ORGANIZATION_KINDS = ['municipality', 'region'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export function isMunicipalUnitKind(kind: UnitKind): boolean {
  return MUNICIPAL_UNIT_KINDS.includes(kind);
}
