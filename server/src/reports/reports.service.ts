import { ConflictException, ForbiddenException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import {
  findOutliers,
  isIsoDate,
  lastDays,
  periodProblem,
  confirmationCounts,
  deadlinesAt,
  levelOf,
  reportingDay,
  shiftDay,
  type LiveChangeOf,
  type Report,
  type ReportInput,
  type ReportValues,
  type SavedReport,
  type UnitKind,
} from '@lagesbild/shared';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { canWriteUnit } from '../common/scope.js';
import { fieldErrors } from '../common/validation.js';
import { evaluateSoon } from '../escalation/evaluate-queue.js';
import { readLevels, readSettings } from '../escalation/level-row.js';
import { JobsService } from '../jobs/jobs.service.js';
import { ChangeLogService } from '../live/change-log.service.js';
import { LiveHub } from '../live/live-hub.js';
import { reportTable, type ReportDbRow } from './report-row.js';

// The unit's own recent range, for "did you mean 14, not 140?".
const OUTLIER_LOOKBACK_DAYS = 14;

/** The figures alone, as the shared schema gives them (optional ones already null). */
function figuresOf(input: ReportInput): ReportValues {
  const { expectedVersion: _expectedVersion, ...values } = input;
  return values;
}

// Deep equality, not JSON text: PostgreSQL gives a jsonb object's keys back in its own order.
function sameValues(current: Report, next: ReportValues): boolean {
  return (Object.keys(next) as (keyof ReportValues)[]).every((key) => isDeepStrictEqual(current[key], next[key]));
}

export function assertReportableDate(date: string): void {
  if (!isIsoDate(date)) throw fieldErrors([{ message: 'validation.date', path: ['date'] }]);
  if (date > reportingDay()) throw fieldErrors([{ message: 'validation.futureDate', path: ['date'] }]);
}

export interface WritableUnit {
  organizationCode: string;
  regionCode: string;
  kind: UnitKind;
}

/**
 * The unit a caller writes for, locked for the rest of the transaction (so writes to one unit are
 * taken one after the other and their versions never collide): 404 when there is no such active
 * unit, 403 when it is not the caller's to write.
 */
export async function lockUnitForWrite(manager: EntityManager, caller: Caller, unitId: string): Promise<WritableUnit> {
  const rows: { organization_code: string; region_code: string; kind: UnitKind }[] = await manager.query(
    `SELECT u.organization_code, o.region_code, u.kind FROM units u JOIN organizations o ON o.code = u.organization_code
      WHERE u.id = $1 AND u.retired_at IS NULL
        FOR UPDATE OF u`,
    [unitId],
  );
  const row = rows[0];
  if (!row) throw new NotFoundException('Enheten finns inte.');
  const unit = { organizationCode: row.organization_code, regionCode: row.region_code, kind: row.kind };
  if (!canWriteUnit(caller, unit)) throw new ForbiddenException('Du kan bara rapportera för din egen organisations enheter.');
  return unit;
}

@Injectable()
export class ReportsService {
  private readonly logger = new Logger('Reports');

  constructor(
    private readonly dataSource: DataSource,
    private readonly changeLog: ChangeLogService,
    private readonly liveHub: LiveHub,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  /**
   * Stores a unit's figures for a day as a new version: validate → persist (with the region's next
   * seq, in one transaction) → answer → publish. An identical resubmission changes nothing.
   */
  async put(caller: Caller, unitId: string, date: string, input: ReportInput): Promise<SavedReport> {
    assertReportableDate(date);
    const values = figuresOf(input);
    const result = await this.dataSource.transaction(async (manager) => {
      // Under the unit's lock: two first saves of a day at once are taken one after the other, so the
      // second sees the first (and, with expectedVersion 0, is a 409).
      const unit = await lockUnitForWrite(manager, caller, unitId);
      const currentRows: ReportDbRow[] = await manager.query(
        `SELECT ${reportTable.select()} FROM reports WHERE unit_id = $1 AND date = $2 FOR UPDATE`,
        [unitId, date],
      );
      const current = currentRows[0] ? reportTable.toApi(currentRows[0]) : null;
      // A retry after a network blip resends what is already stored: answer it, store no version.
      // It still confirms the figures, which counts for a second deadline of the day.
      if (current && sameValues(current, values)) {
        const change = await this.confirm(manager, unit, current);
        return { report: current, outliers: [], change, saved: false };
      }
      // expectedVersion 0: the sender saw nothing stored for the day.
      if (input.expectedVersion !== undefined && (current?.version ?? 0) !== input.expectedVersion) {
        throw new ConflictException({
          statusCode: 409,
          message: 'Någon annan har sparat siffrorna under tiden.',
          current,
        });
      }
      const outliers = findOutliers(values, await this.recentReports(manager, unitId, date));

      const stored = await reportTable.write(
        manager,
        { unitId, date, ...values },
        { version: (current?.version ?? 0) + 1, by: caller.username, via: caller.via },
      );
      await this.audit.record(manager, caller, {
        action: 'report.put',
        regionCode: unit.regionCode,
        organizationCode: unit.organizationCode,
        target: `${unitId}/${date}`,
        before: current,
        after: stored,
      });
      const change = await this.changeLog.record(manager, unit.regionCode, 'report.updated', (seq) => ({
        seq,
        region: unit.regionCode,
        date,
        organizationCode: unit.organizationCode,
        unitId,
        report: stored,
      }));
      return { report: stored, outliers, change, saved: true };
    });
    if (result.change) this.liveHub.publish(result.change.payload.region, result.change);
    if (result.saved && result.change) {
      // New figures may fire a trigger; the evaluation runs as a job, never in this request.
      evaluateSoon(this.jobs, result.change.payload.region).catch((error: unknown) =>
        this.logger.warn(`Trigger evaluation not enqueued: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
    return { ...result.report, outliers: result.outliers };
  }

  /**
   * Records that a unit's figures for a day were confirmed unchanged, when that counts for a later
   * deadline of the day (confirmationCounts), and tells screens, so a live situation holds the same
   * confirmation a fresh one shows. A retry right after a save stores and emits nothing.
   */
  private async confirm(
    manager: EntityManager,
    unit: { organizationCode: string; regionCode: string },
    current: Report,
  ): Promise<LiveChangeOf<'report.confirmed'> | null> {
    const [prior, settings, levels] = await Promise.all([
      manager.query<{ confirmed_at: Date | null; now: Date }[]>(
        `SELECT (SELECT confirmed_at FROM report_confirmations WHERE unit_id = $1 AND date = $2) AS confirmed_at, now() AS now`,
        [current.unitId, current.date],
      ),
      readSettings(manager, unit.regionCode),
      readLevels(manager, unit.regionCode),
    ]);
    const { confirmed_at: previousConfirmation, now: confirmedAt } = prior[0]!;
    const previous = new Date(Math.max(Date.parse(current.updatedAt), previousConfirmation?.getTime() ?? 0));
    const deadlines = deadlinesAt(settings.deadlines, levelOf(levels, unit.regionCode));
    if (!confirmationCounts(current.date, deadlines, previous, confirmedAt)) return null;
    await manager.query(
      `INSERT INTO report_confirmations (unit_id, date, confirmed_at) VALUES ($1, $2, $3)
       ON CONFLICT (unit_id, date) DO UPDATE SET confirmed_at = EXCLUDED.confirmed_at`,
      [current.unitId, current.date, confirmedAt],
    );
    return this.changeLog.record(manager, unit.regionCode, 'report.confirmed', (seq) => ({
      seq,
      region: unit.regionCode,
      date: current.date,
      organizationCode: unit.organizationCode,
      unitId: current.unitId,
      confirmedAt: confirmedAt.toISOString(),
    }));
  }

  /** The current version of each of a unit's reports from `from` to `to` (default: the last 14 days). */
  async recent(caller: Caller, unitId: string, from?: string, to?: string): Promise<Report[]> {
    await this.assertCanReadUnit(caller, unitId);
    const end = to ?? reportingDay();
    const start = from ?? lastDays(OUTLIER_LOOKBACK_DAYS, end).from;
    const problem = periodProblem(start, end);
    if (problem) throw fieldErrors([{ message: problem, path: ['from'] }]);
    const rows: ReportDbRow[] = await this.dataSource.query(
      `SELECT ${reportTable.select()} FROM reports WHERE unit_id = $1 AND date BETWEEN $2 AND $3 ORDER BY date`,
      [unitId, start, end],
    );
    return rows.map((row) => reportTable.toApi(row));
  }

  /** Every version of a unit's report for a day, oldest first. */
  async versions(caller: Caller, unitId: string, date: string): Promise<Report[]> {
    assertReportableDate(date);
    await this.assertCanReadUnit(caller, unitId);
    const rows: ReportDbRow[] = await this.dataSource.query(
      `SELECT ${reportTable.selectVersions()} FROM report_versions WHERE unit_id = $1 AND date = $2 ORDER BY version`,
      [unitId, date],
    );
    return rows.map((row) => reportTable.toApi(row));
  }

  private async assertCanReadUnit(caller: Caller, unitId: string): Promise<void> {
    const units: { region_code: string }[] = await this.dataSource.query(
      'SELECT o.region_code FROM units u JOIN organizations o ON o.code = u.organization_code WHERE u.id = $1',
      [unitId],
    );
    if (!units[0]) throw new NotFoundException('Enheten finns inte.');
    if (units[0].region_code !== caller.regionCode) throw new ForbiddenException('Du har inte behörighet till enheten.');
  }

  private async recentReports(manager: EntityManager, unitId: string, date: string): Promise<Report[]> {
    const rows: ReportDbRow[] = await manager.query(
      `SELECT ${reportTable.select()} FROM reports WHERE unit_id = $1 AND date >= $2 AND date < $3`,
      [unitId, shiftDay(date, -OUTLIER_LOOKBACK_DAYS), date],
    );
    return rows.map((row) => reportTable.toApi(row));
  }
}
