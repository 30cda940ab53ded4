/**
 * Who may declare a municipality's holiday staffing: its own members (the municipality's users and
 * tokens), in their own region. Everyone in the region reads every plan. The server enforces it
 * (common/scope.ts); the client uses it to offer the grid.
 */
export function mayEditHolidayPlan(
  who: { organizationCode: string; regionCode: string },
  regionCode: string,
  municipalityCode: string,
): boolean {
  return who.regionCode === regionCode && who.organizationCode === municipalityCode;
}
