import { isRegionOrganization } from './meetings.js';

interface Member {
  role: string;
  organizationCode: string;
  regionCode: string;
}

/**
 * Who declares a level: the region's own level by its chair, analysts or administrators (of the
 * region's organisation); a municipality's own level by its members. Enforced by the server
 * (common/scope.ts); the client offers the controls by it.
 */
export function mayDeclareLevel(member: Member, region: string, organizationCode: string): boolean {
  if (member.regionCode !== region) return false;
  if (organizationCode === region) return mayDecideForRegion(member, region);
  return member.organizationCode === organizationCode;
}

/** The region's chair, analysts and administrators: they declare its level and decide on suggestions. */
export function mayDecideForRegion(member: Member, region: string): boolean {
  return (
    member.regionCode === region &&
    isRegionOrganization(member) &&
    (member.role === 'chair' || member.role === 'analyst' || member.role === 'admin')
  );
}
