import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  daysBetween,
  findOutliers,
  isIsoDate,
  reportingDay,
  shiftDay,
  type Report,
  type ReportInput,
  type ReportValues,
  type SavedReport,
  type UnitKind,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { canWriteUnit } from '../common/scope.js';
import { fieldErrors } from '../common/validation.js';
import { ChangeLogService } from '../changes/change-log.service.js';
import { LiveHub } from '../changes/live-hub.js';
import { REPORT_COLUMNS, toReport, type ReportRow } from './report-row.js';

// The unit's own recent range, for "did you mean 14, not 140?".
const OUTLIER_LOOKBACK_DAYS = 14;

type StoredValues = Omit<Report, 'unitId' | 'date' | 'version' | 'updatedAt' | 'updatedBy'>;

function normalise(input: ReportValues): StoredValues {
  return {
    capacity: input.capacity,
    occupied: input.occupied,
    surgeCapacity: input.surgeCapacity ?? null,
    admissions: input.admissions,
    discharges: input.discharges,
    dischargesByDestination: input.dischargesByDestination ?? null,
    staffing: input.staffing,
    sickLeavePct: input.sickLeavePct ?? null,
    covidPatients: input.covidPatients ?? null,
    comment: input.comment ? input.comment : null,
  };
}

function sameValues(current: Report, next: StoredValues): boolean {
  return (Object.keys(next) as (keyof StoredValues)[]).every((key) => JSON.stringify(current[key]) === JSON.stringify(next[key]));
}

export function assertReportableDate(date: string): void {
  if (!isIsoDate(date)) throw fieldErrors([{ message: 'validation.date', path: ['date'] }]);
  if (date > reportingDay()) throw fieldErrors([{ message: 'validation.futureDate', path: ['date'] }]);
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changeLog: ChangeLogService,
    private readonly liveHub: LiveHub,
    private readonly audit: AuditService,
  ) {}

  /**
   * Stores a unit's figures for a day as a new version: validate → persist (with the region's next
   * seq, in one transaction) → answer → publish. An identical resubmission changes nothing.
   */
  async put(caller: Caller, unitId: string, date: string, input: ReportInput): Promise<SavedReport> {
    assertReportableDate(date);
    const values = normalise(input);
    const result = await this.dataSource.transaction(async (manager) => {
      const unit = await this.unitForWrite(manager, caller, unitId);
      const currentRows: ReportRow[] = await manager.query(
        `SELECT ${REPORT_COLUMNS} FROM reports WHERE unit_id = $1 AND date = $2 FOR UPDATE`,
        [unitId, date],
      );
      const current = currentRows[0] ? toReport(currentRows[0]) : null;
      // A retry after a network blip resends what is already stored: answer it, change nothing.
      if (current && sameValues(current, values)) {
        return { report: current, outliers: [], change: null };
      }
      if (input.expectedVersion !== undefined && current?.version !== input.expectedVersion) {
        throw new ConflictException({
          statusCode: 409,
          message: 'Någon annan har sparat siffrorna under tiden.',
          current,
        });
      }
      const outliers = findOutliers(values, await this.recentReports(manager, unitId, date));

      const version = (current?.version ?? 0) + 1;
      const stored = await this.store(manager, caller, unitId, date, version, values);
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
      return { report: stored, outliers, change };
    });
    if (result.change) this.liveHub.publish(result.change.payload.region, result.change);
    return { ...result.report, outliers: result.outliers };
  }

  /** The current version of each of a unit's reports from `from` to `to` (default: the last 14 days). */
  async recent(caller: Caller, unitId: string, from?: string, to?: string): Promise<Report[]> {
    await this.assertCanReadUnit(caller, unitId);
    const end = to ?? reportingDay();
    const start = from ?? shiftDay(end, -(OUTLIER_LOOKBACK_DAYS - 1));
    if (start > end || daysBetween(start, end) > 731) {
      throw fieldErrors([{ message: 'validation.range', path: ['from'] }]);
    }
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS} FROM reports WHERE unit_id = $1 AND date BETWEEN $2 AND $3 ORDER BY date`,
      [unitId, start, end],
    );
    return rows.map(toReport);
  }

  /** Every version of a unit's report for a day, oldest first. */
  async versions(caller: Caller, unitId: string, date: string): Promise<Report[]> {
    assertReportableDate(date);
    await this.assertCanReadUnit(caller, unitId);
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT unit_id, date, version, capacity, occupied, surge_capacity, admissions, discharges,
              discharges_by_destination, staffing, sick_leave_pct, covid_patients, comment,
              created_at AS updated_at, created_by AS updated_by
         FROM report_versions WHERE unit_id = $1 AND date = $2 ORDER BY version`,
      [unitId, date],
    );
    return rows.map(toReport);
  }

  private async assertCanReadUnit(caller: Caller, unitId: string): Promise<void> {
    const units: { region_code: string }[] = await this.dataSource.query(
      'SELECT o.region_code FROM units u JOIN organizations o ON o.code = u.organization_code WHERE u.id = $1',
      [unitId],
    );
    if (!units[0]) throw new NotFoundException('Enheten finns inte.');
    if (units[0].region_code !== caller.regionCode) throw new ForbiddenException('Du har inte behörighet till enheten.');
  }

  private async unitForWrite(
    manager: EntityManager,
    caller: Caller,
    unitId: string,
  ): Promise<{ organizationCode: string; regionCode: string; kind: UnitKind }> {
    // Locking the unit row serialises writes to one unit, so versions never collide.
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

  private async recentReports(manager: EntityManager, unitId: string, date: string): Promise<Report[]> {
    const rows: ReportRow[] = await manager.query(
      `SELECT ${REPORT_COLUMNS} FROM reports WHERE unit_id = $1 AND date >= $2 AND date < $3`,
      [unitId, shiftDay(date, -OUTLIER_LOOKBACK_DAYS), date],
    );
    return rows.map(toReport);
  }

  private async store(
    manager: EntityManager,
    caller: Caller,
    unitId: string,
    date: string,
    version: number,
    values: StoredValues,
  ): Promise<Report> {
    const parameters = [
      unitId,
      date,
      version,
      values.capacity,
      values.occupied,
      values.surgeCapacity,
      values.admissions,
      values.discharges,
      values.dischargesByDestination ? JSON.stringify(values.dischargesByDestination) : null,
      values.staffing,
      values.sickLeavePct,
      values.covidPatients,
      values.comment,
      caller.username,
    ];
    const rows: ReportRow[] = await manager.query(
      `INSERT INTO reports (unit_id, date, version, capacity, occupied, surge_capacity, admissions, discharges,
                            discharges_by_destination, staffing, sick_leave_pct, covid_patients, comment,
                            updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now(), $14)
       ON CONFLICT (unit_id, date) DO UPDATE SET
         version = EXCLUDED.version, capacity = EXCLUDED.capacity, occupied = EXCLUDED.occupied,
         surge_capacity = EXCLUDED.surge_capacity, admissions = EXCLUDED.admissions,
         discharges = EXCLUDED.discharges, discharges_by_destination = EXCLUDED.discharges_by_destination,
         staffing = EXCLUDED.staffing, sick_leave_pct = EXCLUDED.sick_leave_pct,
         covid_patients = EXCLUDED.covid_patients, comment = EXCLUDED.comment,
         updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
       RETURNING ${REPORT_COLUMNS}`,
      parameters,
    );
    await manager.query(
      `INSERT INTO report_versions (unit_id, date, version, capacity, occupied, surge_capacity, admissions, discharges,
                                    discharges_by_destination, staffing, sick_leave_pct, covid_patients, comment,
                                    created_at, created_by, via)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now(), $14, $15)`,
      [...parameters, caller.via],
    );
    return toReport(rows[0] as ReportRow);
  }
}
