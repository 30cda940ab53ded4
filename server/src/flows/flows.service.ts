import { Injectable } from '@nestjs/common';
import { FLOW_INPUT_FIELDS, type FlowRowInput, type FlowsInput, type FlowsResponse, type StoredFlowRow } from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanWriteFlows } from '../common/scope.js';
import { fieldErrors } from '../common/validation.js';
import { ChangeLogService } from '../changes/change-log.service.js';
import { LiveHub } from '../changes/live-hub.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { assertReportableDate } from '../reports/reports.service.js';
import { FLOW_COLUMNS, toFlowRow, type FlowDbRow } from './flow-row.js';

function totalDischarges(row: FlowRowInput): number {
  return row.dischargesHome + row.dischargesShortTerm + row.dischargesNursingHome + row.dischargesOther;
}

function unchanged(current: StoredFlowRow | undefined, row: FlowRowInput): boolean {
  return current !== undefined && FLOW_INPUT_FIELDS.every((field) => current[field] === row[field]);
}

/** The region's per-municipality admissions, discharges by destination and ready-for-discharge. */
@Injectable()
export class FlowsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly changeLog: ChangeLogService,
    private readonly liveHub: LiveHub,
    private readonly audit: AuditService,
  ) {}

  async put(caller: Caller, regionCode: string, date: string, input: FlowsInput): Promise<FlowsResponse> {
    await this.organizations.regionName(regionCode);
    assertCanWriteFlows(caller, regionCode);
    assertReportableDate(date);
    await this.assertMunicipalitiesOf(regionCode, input.rows);

    const result = await this.dataSource.transaction(async (manager) => {
      // One flows write per region at a time, so first inserts of the same day cannot collide.
      await manager.query('SELECT 1 FROM regions WHERE code = $1 FOR UPDATE', [regionCode]);
      const codes = input.rows.map((row) => row.municipalityCode);
      const currentRows: FlowDbRow[] = await manager.query(
        `SELECT ${FLOW_COLUMNS} FROM flows WHERE municipality_code = ANY($1) AND date = $2 FOR UPDATE`,
        [codes, date],
      );
      const current = new Map(currentRows.map((row) => [row.municipality_code, toFlowRow(row)]));
      const stored: StoredFlowRow[] = [];
      const changed: StoredFlowRow[] = [];
      for (const row of input.rows) {
        const existing = current.get(row.municipalityCode);
        if (existing && unchanged(existing, row)) {
          stored.push(existing);
          continue;
        }
        const saved = await this.store(manager, caller, regionCode, date, (existing?.version ?? 0) + 1, row);
        await this.audit.record(manager, caller, {
          action: 'flows.put',
          regionCode,
          organizationCode: row.municipalityCode,
          target: `${row.municipalityCode}/${date}`,
          before: existing ?? null,
          after: saved,
        });
        stored.push(saved);
        changed.push(saved);
      }
      if (changed.length === 0) return { stored, change: null };
      const change = await this.changeLog.record(manager, regionCode, 'flows.updated', (seq) => ({
        seq,
        region: regionCode,
        date,
        rows: changed,
      }));
      return { stored, change };
    });
    if (result.change) this.liveHub.publish(regionCode, result.change);
    return { region: regionCode, date, rows: result.stored };
  }

  private async assertMunicipalitiesOf(regionCode: string, rows: readonly FlowRowInput[]): Promise<void> {
    const organizations = await this.organizations.organizationRows(regionCode);
    const municipalities = new Set(organizations.filter((o) => o.kind === 'municipality').map((o) => o.code));
    const issues = rows.flatMap((row, index) =>
      municipalities.has(row.municipalityCode)
        ? []
        : [{ message: 'validation.unknownMunicipality', path: ['rows', index, 'municipalityCode'] }],
    );
    if (issues.length > 0) throw fieldErrors(issues);
  }

  private async store(
    manager: EntityManager,
    caller: Caller,
    regionCode: string,
    date: string,
    version: number,
    row: FlowRowInput,
  ): Promise<StoredFlowRow> {
    const parameters = [
      row.municipalityCode,
      date,
      regionCode,
      version,
      row.inpatients,
      row.admissions,
      totalDischarges(row),
      row.dischargesHome,
      row.dischargesShortTerm,
      row.dischargesNursingHome,
      row.dischargesOther,
      row.readyForDischarge,
      caller.username,
    ];
    const rows: FlowDbRow[] = await manager.query(
      `INSERT INTO flows (municipality_code, date, region_code, version, inpatients, admissions, discharges,
                          discharges_home, discharges_short_term, discharges_nursing_home, discharges_other,
                          ready_for_discharge, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), $13)
       ON CONFLICT (municipality_code, date) DO UPDATE SET
         version = EXCLUDED.version, inpatients = EXCLUDED.inpatients, admissions = EXCLUDED.admissions,
         discharges = EXCLUDED.discharges, discharges_home = EXCLUDED.discharges_home,
         discharges_short_term = EXCLUDED.discharges_short_term,
         discharges_nursing_home = EXCLUDED.discharges_nursing_home, discharges_other = EXCLUDED.discharges_other,
         ready_for_discharge = EXCLUDED.ready_for_discharge, updated_at = EXCLUDED.updated_at,
         updated_by = EXCLUDED.updated_by
       RETURNING ${FLOW_COLUMNS}`,
      parameters,
    );
    await manager.query(
      `INSERT INTO flow_versions (municipality_code, date, region_code, version, inpatients, admissions, discharges,
                                  discharges_home, discharges_short_term, discharges_nursing_home, discharges_other,
                                  ready_for_discharge, created_at, created_by, via)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), $13, $14)`,
      [...parameters, caller.via],
    );
    return toFlowRow(rows[0] as FlowDbRow);
  }
}
