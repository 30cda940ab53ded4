import type { Role } from '../domain/roles.js';
import type { UnitSummary } from './types.js';

/** A user as the admin screens see it (never a password or its hash). */
export interface AdminUser {
  username: string;
  displayName: string | null;
  role: Role;
  organizationCode: string;
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** A unit with its organisation; retired units stay, with their history. */
export interface AdminUnit extends UnitSummary {
  organizationCode: string;
  retiredAt: string | null;
}

/** One row of the append-only audit trail. */
export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  actorRole: string;
  actorOrganization: string;
  via: string;
  /** A session hash prefix or a token id: enough to trace, never enough to authenticate. */
  credential: string | null;
  action: string;
  organizationCode: string | null;
  target: string | null;
  before: unknown;
  after: unknown;
}
