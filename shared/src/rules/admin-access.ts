import type { Role } from '../domain/roles.js';

interface Someone {
  role: Role;
  regionCode: string;
}

/** The region's administrators manage its users, units and API tokens. */
export function canAdminister(someone: Someone, regionCode: string): boolean {
  return someone.role === 'admin' && someone.regionCode === regionCode;
}

/** The audit trail is read by the region's administrators and analysts. */
export function canReadAudit(someone: Someone, regionCode: string): boolean {
  return (someone.role === 'admin' || someone.role === 'analyst') && someone.regionCode === regionCode;
}
