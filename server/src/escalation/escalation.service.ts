import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  type DeclareLevelInput,
  type EscalationLevelState,
  type EscalationSettings,
  type EscalationSettingsInput,
  type LiveChangeOf,
} from '@lagesbild/shared';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertAdminOf, assertCanDeclareLevel, assertCanReadRegion } from '../common/scope.js';
import type { DbRow } from '../database/versioned-table.js';
import { ChangeLogService } from '../live/change-log.service.js';
import { LiveHub } from '../live/live-hub.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { DeadlineSchedule } from './deadline-schedule.js';
import { evaluateSoon } from './evaluate-queue.js';
import { levelTable, readLevels, readSettings, toLevel, withIsoSince } from './level-row.js';

const HISTORY_LIMIT = 200;

/** What a declaration states, without its version: two declarations saying the same are one. */
function statement(level: Pick<EscalationLevelState, 'level' | 'reason' | 'measures' | 'otherMeasures'>) {
  return { level: level.level, reason: level.reason, measures: [...level.measures].sort(), otherMeasures: level.otherMeasures };
}

export interface Declared {
  level: EscalationLevelState;
  change: LiveChangeOf<'escalation.declared'> | null;
}

/** Declared levels of the region and its municipalities, and the region's deadlines and triggers. */
@Injectable()
export class EscalationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly changeLog: ChangeLogService,
    private readonly liveHub: LiveHub,
    private readonly audit: AuditService,
    private readonly schedule: DeadlineSchedule,
    private readonly jobs: JobsService,
  ) {}

  async levels(caller: Caller, regionCode: string): Promise<EscalationLevelState[]> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    return readLevels(this.dataSource, regionCode);
  }

  /** Every version of the region's declared levels (or one organisation's), newest first. */
  async history(caller: Caller, regionCode: string, organizationCode?: string): Promise<EscalationLevelState[]> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const rows = await this.dataSource.query<DbRow<EscalationLevelState>[]>(
      `SELECT ${levelTable.selectVersions()} FROM escalation_level_versions
        WHERE region_code = $1 AND ($2::text IS NULL OR organization_code = $2)
        ORDER BY created_at DESC, id DESC LIMIT ${HISTORY_LIMIT}`,
      [regionCode, organizationCode ?? null],
    );
    return rows.map(toLevel);
  }

  /**
   * Declares an organisation's level: validate → persist a new version (in the region's seq) →
   * answer → publish. Saying again what stands changes nothing.
   */
  async declare(
    caller: Caller,
    regionCode: string,
    organizationCode: string,
    input: DeclareLevelInput,
  ): Promise<EscalationLevelState> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const result = await this.dataSource.transaction((manager) =>
      this.declareIn(manager, caller, regionCode, organizationCode, input, 'escalation.declare'),
    );
    await this.afterDeclared(regionCode, result);
    return result.level;
  }

  /** After commit: the change to every screen, and the region's deadlines follow its level. */
  async afterDeclared(regionCode: string, result: Declared): Promise<void> {
    if (!result.change) return;
    this.liveHub.publish(regionCode, result.change);
    if (result.level.organizationCode !== regionCode) return;
    await this.schedule.sync(regionCode);
    // A suggestion waiting for a level now declared (or passed) is stale: the evaluation withdraws it.
    await evaluateSoon(this.jobs, regionCode);
  }

  /** The declaration inside the caller's transaction (confirming a suggestion declares too). */
  async declareIn(
    manager: EntityManager,
    caller: Caller,
    regionCode: string,
    organizationCode: string,
    input: DeclareLevelInput,
    action: 'escalation.declare' | 'escalation.suggestion.confirm',
  ): Promise<Declared> {
    // The organisation's row is the lock: two declarations of one organisation are taken in turn.
    const organizations = await manager.query<{ region_code: string }[]>(
      'SELECT region_code FROM organizations WHERE code = $1 FOR UPDATE',
      [organizationCode],
    );
    const organization = organizations[0];
    if (!organization || organization.region_code !== regionCode)
      throw new NotFoundException('Organisationen finns inte i regionen.');
    assertCanDeclareLevel(caller, regionCode, organizationCode);
    const rows = await manager.query<DbRow<EscalationLevelState>[]>(
      `SELECT ${levelTable.select()} FROM escalation_levels WHERE organization_code = $1`,
      [organizationCode],
    );
    const current = rows[0] ? toLevel(rows[0]) : null;
    if (input.expectedVersion !== undefined && (current?.version ?? 0) !== input.expectedVersion) {
      throw new ConflictException({ statusCode: 409, message: 'Någon annan har ändrat läget under tiden.', current });
    }
    const next = { level: input.level, reason: input.reason, measures: input.measures, otherMeasures: input.otherMeasures };
    if (current && isDeepStrictEqual(statement(current), statement(next))) return { level: current, change: null };
    const nowRows = await manager.query<{ now: Date }[]>('SELECT now() AS now');
    const since = current && current.level === next.level ? current.since : nowRows[0]!.now.toISOString();
    const stored = withIsoSince(
      await levelTable.write(
        manager,
        { organizationCode, ...next, since },
        { version: (current?.version ?? 0) + 1, by: caller.username, via: caller.via },
        { regionCode },
      ),
    );
    await this.audit.record(manager, caller, {
      action,
      regionCode,
      organizationCode,
      target: organizationCode,
      before: current,
      after: stored,
    });
    const change = await this.changeLog.record(manager, regionCode, 'escalation.declared', (seq) => ({
      seq,
      region: regionCode,
      organizationCode,
      level: stored,
    }));
    return { level: stored, change };
  }

  async settings(caller: Caller, regionCode: string): Promise<EscalationSettings> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    return readSettings(this.dataSource, regionCode);
  }

  /** The region's administrator sets its deadlines and triggers; screens and schedules follow. */
  async putSettings(caller: Caller, regionCode: string, input: EscalationSettingsInput): Promise<EscalationSettings> {
    await this.organizations.regionName(regionCode);
    assertAdminOf(caller, regionCode);
    const { expectedVersion, ...values } = input;
    const change = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT code FROM regions WHERE code = $1 FOR UPDATE', [regionCode]);
      const current = await readSettings(manager, regionCode);
      if (expectedVersion !== undefined && current.version !== expectedVersion) {
        throw new ConflictException({ statusCode: 409, message: 'Någon annan har ändrat inställningarna under tiden.', current });
      }
      const { version: _version, updatedAt: _at, updatedBy: _by, ...currentValues } = current;
      if (current.version > 0 && isDeepStrictEqual(currentValues, values)) return null;
      await manager.query(
        `INSERT INTO escalation_settings (region_code, settings, version, updated_at, updated_by)
         VALUES ($1, $2, $3, now(), $4)
         ON CONFLICT (region_code) DO UPDATE SET settings = EXCLUDED.settings, version = EXCLUDED.version,
           updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
        [regionCode, JSON.stringify(values), current.version + 1, caller.username],
      );
      await this.audit.record(manager, caller, {
        action: 'escalation.settings',
        regionCode,
        target: regionCode,
        before: current.version > 0 ? currentValues : null,
        after: values,
      });
      return this.changeLog.record(manager, regionCode, 'escalation.settings', (seq) => ({
        seq,
        region: regionCode,
        deadlinesByLevel: values.deadlines,
      }));
    });
    if (change) {
      this.liveHub.publish(regionCode, change);
      await this.schedule.sync(regionCode);
    }
    return readSettings(this.dataSource, regionCode);
  }
}
