import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../common/caller.js';

export type AuditAction =
  | 'report.put'
  | 'flows.put'
  | 'holidayPlan.put'
  | 'auth.login'
  | 'auth.logout'
  | 'user.create'
  | 'user.update'
  | 'user.password'
  | 'unit.create'
  | 'unit.update'
  | 'unit.retire'
  | 'token.issue'
  | 'token.revoke'
  | 'meeting.create'
  | 'meeting.refresh'
  | 'meeting.participants'
  | 'meeting.note'
  | 'meeting.decision'
  | 'meeting.decision.remove'
  | 'meeting.action'
  | 'meeting.action.remove'
  | 'meeting.close'
  | 'account.settings'
  | 'account.email.request'
  | 'account.email.confirm'
  | 'request.create'
  | 'request.update'
  | 'request.open'
  | 'request.cancel'
  | 'request.close'
  | 'request.expire'
  | 'offer.create'
  | 'offer.accept'
  | 'offer.decline'
  | 'offer.withdraw'
  | 'offer.deliver'
  | 'offer.return'
  | 'equipment.create'
  | 'equipment.update'
  | 'meeting.agenda'
  | 'meeting.agenda.remove'
  | 'meeting.agenda.order'
  | 'meeting.attendance'
  | 'meeting.action.status'
  | 'meeting.minutes.send'
  | 'network.create'
  | 'network.update'
  | 'network.feed'
  | 'network.member'
  | 'network.member.remove'
  | 'network.calendar'
  | 'network.calendar.remove'
  | 'plannedCapacity.put'
  | 'plannedCapacity.withdraw'
  | 'escalation.declare'
  | 'escalation.settings'
  | 'escalation.suggestion.confirm'
  | 'escalation.suggestion.dismiss';

export interface AuditEntry {
  action: AuditAction;
  regionCode: string;
  organizationCode?: string | null;
  target?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who did it, in a form safe to keep: a session is named by a prefix of its hash. */
export function auditActor(caller: Caller): {
  actor: string;
  role: string;
  organization: string;
  via: string;
  credential: string;
} {
  return {
    actor: caller.username,
    role: caller.role,
    organization: caller.organizationCode,
    via: caller.via,
    credential: caller.via === 'session' ? caller.credentialId.slice(0, 12) : caller.credentialId,
  };
}

@Injectable()
export class AuditService {
  /** Appends one record in the caller's transaction, so the write and its record stand or fall together. */
  async record(manager: Pick<EntityManager, 'query'>, caller: Caller, entry: AuditEntry): Promise<void> {
    await this.insert(manager, auditActor(caller), entry);
  }

  /** A change the server made by itself (a scheduled job), in its transaction: actor `system`. */
  async recordSystem(manager: Pick<EntityManager, 'query'>, entry: AuditEntry): Promise<void> {
    const actor = { actor: 'system', role: 'system', organization: entry.regionCode, via: 'system', credential: null };
    await this.insert(manager, actor, entry);
  }

  private async insert(
    manager: Pick<EntityManager, 'query'>,
    actor: { actor: string; role: string; organization: string; via: string; credential: string | null },
    entry: AuditEntry,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (region_code, actor, actor_role, actor_organization, via, credential, action,
                              organization_code, target, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        entry.regionCode,
        actor.actor,
        actor.role,
        actor.organization,
        actor.via,
        actor.credential,
        entry.action,
        entry.organizationCode ?? null,
        entry.target ?? null,
        entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      ],
    );
  }
}
