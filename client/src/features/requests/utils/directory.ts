import type { OrganizationSummary, UnitSummary } from '@lagesbild/shared';

/** The region's organisations as the request screens need them: names, and each one's units. */
export interface Directory {
  nameOf(code: string): string;
  unitsOf(code: string): readonly UnitSummary[];
  unitName(unitId: string | null): string | null;
  organizations: readonly OrganizationSummary[];
}

export function directoryOf(organizations: readonly OrganizationSummary[] = []): Directory {
  const byCode = new Map(organizations.map((organization) => [organization.code, organization]));
  const units = new Map(organizations.flatMap((organization) => organization.units.map((unit) => [unit.id, unit.name] as const)));
  return {
    organizations,
    nameOf: (code) => byCode.get(code)?.name ?? code,
    unitsOf: (code) => byCode.get(code)?.units ?? [],
    unitName: (unitId) => (unitId ? (units.get(unitId) ?? unitId) : null),
  };
}
