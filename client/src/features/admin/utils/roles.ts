import { roleFitsOrganization, type OrganizationKind, type Role } from '@lagesbild/shared';

export interface OrganizationOption {
  code: string;
  name: string;
  kind: OrganizationKind;
}

/** The organisations a role may belong to, by the same shared rule the server enforces. */
export function organizationsFor(role: Role, organizations: readonly OrganizationOption[]): OrganizationOption[] {
  return organizations.filter((organization) => roleFitsOrganization(role, organization.kind));
}

/** After a role change: keep the organisation when it still fits, else take the first that does. */
export function organizationAfterRoleChange(role: Role, current: string, organizations: readonly OrganizationOption[]): string {
  const fitting = organizationsFor(role, organizations);
  return fitting.some((organization) => organization.code === current) ? current : (fitting[0]?.code ?? '');
}

/** An organisation's name for a table cell (its code when the list does not know it). */
export function organizationName(organizations: readonly OrganizationOption[], code: string): string {
  return organizations.find((organization) => organization.code === code)?.name ?? code;
}
