import { Injectable } from '@nestjs/common';
import { periodProblem, shiftDay, type AuditRecord } from '@lagesbild/shared';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { assertCanAudit } from '../common/scope.js';
import { fieldErrors } from '../common/validation.js';
import { SWEDISH_CSV } from '../exports/swedish-csv.js';

export interface AuditFilter {
  organization?: string | undefined;
  user?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

interface AuditRow {
  id: number;
  at: Date;
  actor: string;
  actor_role: string;
  actor_organization: string;
  via: string;
  credential: string | null;
  action: string;
  organization_code: string | null;
  target: string | null;
  before: unknown;
  after: unknown;
}

const MAX_ROWS = 10_000;

@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async search(caller: Caller, regionCode: string, filter: AuditFilter): Promise<AuditRecord[]> {
    assertCanAudit(caller, regionCode);
    // A search may be open-ended; a closed period follows the same rule as every other period.
    const problem = filter.from && filter.to ? periodProblem(filter.from, filter.to) : null;
    if (problem) throw fieldErrors([{ message: problem, path: ['from'] }]);
    const conditions = ['region_code = $1'];
    const parameters: unknown[] = [regionCode];
    const add = (condition: string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition.replace('?', `$${parameters.length}`));
    };
    if (filter.organization) add('? IN (organization_code, actor_organization)', filter.organization);
    // A prefix finds a person's accounts and tokens alike ('anna' → 'anna.falun').
    if (filter.user)
      add(
        "actor LIKE ? || '%'",
        filter.user.replace(/[\\%_]/g, (c) => `\\${c}`),
      );
    // Days are Stockholm days: 'to' includes the whole day.
    if (filter.from) add(`at >= (?::date AT TIME ZONE 'Europe/Stockholm')`, filter.from);
    if (filter.to) add(`at < (?::date AT TIME ZONE 'Europe/Stockholm')`, shiftDay(filter.to, 1));
    parameters.push(Math.min(filter.limit ?? 1000, MAX_ROWS));
    const rows = await this.dataSource.query<AuditRow[]>(
      `SELECT id, at, actor, actor_role, actor_organization, via, credential, action, organization_code, target, before, after
         FROM audit_log WHERE ${conditions.join(' AND ')} ORDER BY at DESC, id DESC LIMIT $${parameters.length}`,
      parameters,
    );
    return rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actor,
      actorRole: row.actor_role,
      actorOrganization: row.actor_organization,
      via: row.via,
      credential: row.credential,
      action: row.action,
      organizationCode: row.organization_code,
      target: row.target,
      before: row.before,
      after: row.after,
    }));
  }

  async csv(caller: Caller, regionCode: string, filter: AuditFilter): Promise<string> {
    const records = await this.search(caller, regionCode, { ...filter, limit: filter.limit ?? MAX_ROWS });
    return stringify(
      records.map((record) => ({
        ...record,
        before: record.before === null ? '' : JSON.stringify(record.before),
        after: record.after === null ? '' : JSON.stringify(record.after),
      })),
      {
        ...SWEDISH_CSV,
        header: true,
        columns: [
          { key: 'at', header: 'tidpunkt' },
          { key: 'actor', header: 'användare' },
          { key: 'actorRole', header: 'roll' },
          { key: 'actorOrganization', header: 'användarens organisation' },
          { key: 'via', header: 'via' },
          { key: 'credential', header: 'session/nyckel' },
          { key: 'action', header: 'händelse' },
          { key: 'organizationCode', header: 'organisation' },
          { key: 'target', header: 'objekt' },
          { key: 'before', header: 'före' },
          { key: 'after', header: 'efter' },
        ],
      },
    );
  }
}
