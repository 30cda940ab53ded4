/** The region's own organisation carries the county code as its code (Region Dalarna is `20`). */
export function isRegionOrganization(member: { organizationCode: string; regionCode: string }): boolean {
  return member.organizationCode === member.regionCode;
}

/**
 * Who may start and steer the region's situation meetings: its chair, and its analysts standing in
 * for the chair, both of the region's own organisation. Everyone in the region may follow.
 * The server enforces it (common/scope.ts); the client uses it to offer the controls.
 */
export function mayRunMeetings(user: { role: string; organizationCode: string; regionCode: string }, region: string): boolean {
  return (user.role === 'chair' || user.role === 'analyst') && isRegionOrganization(user) && user.regionCode === region;
}
