import type { Role } from '../domain/roles.js';
import type { UnitSummary } from './types.js';

/** A user as the admin screens see it (never a password or its hash). */
export interface AdminUser {
  username: string;
  displayName: string | null;
  role: Role;
  organizationCode: string;
  /** Where reminders and notices are mailed; null: none. */
  email: string | null;
  active: boolean;
  /** Decides the region's requests for staff and equipment (avrop). */
  coordinator: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** An integration's API token as the admin sees it: never the token itself, only its hash is kept. */
export interface ApiTokenInfo {
  id: string;
  name: string;
  organizationCode: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  /** Chosen at issue: 90 days by default, at most a year. */
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** Why it ended early: revoked by an admin, or its issuer was deactivated. */
  revokedReason: 'revoked' | 'issuer_deactivated' | null;
}

export interface IssuedToken extends ApiTokenInfo {
  /** Shown once; only its hash is stored. */
  token: string;
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
