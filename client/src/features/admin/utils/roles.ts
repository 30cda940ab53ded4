import type { OrganizationKind, Role } from '@lagesbild/shared';

export interface OrganizationOption {
  code: string;
  name: string;
  kind: OrganizationKind;
}

/** Reporters belong to a municipality; every other role to the region's own organisation. */
export function fitsOrganization(role: Role, kind: OrganizationKind): boolean {
  return role === 'reporter' ? kind === 'municipality' : kind === 'region';
}

export function organizationsFor(role: Role, organizations: readonly OrganizationOption[]): OrganizationOption[] {
  return organizations.filter((organization) => fitsOrganization(role, organization.kind));
}

/** After a role change: keep the organisation when it still fits, else take the first that does. */
export function organizationAfterRoleChange(role: Role, current: string, organizations: readonly OrganizationOption[]): string {
  const fitting = organizationsFor(role, organizations);
  return fitting.some((organization) => organization.code === current) ? current : (fitting[0]?.code ?? '');
}
