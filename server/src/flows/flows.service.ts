import { ConflictException, Injectable } from '@nestjs/common';
import {
  FLOW_INPUT_FIELDS,
  totalDischarges,
  type FlowRowInput,
  type FlowsConflictBody,
  type FlowsInput,
  type FlowsResponse,
  type StoredFlowRow,
} from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanWriteFlows } from '../common/scope.js';
import { fieldErrors } from '../common/validation.js';
import { ChangeLogService } from '../live/change-log.service.js';
import { LiveHub } from '../live/live-hub.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { assertReportableDate } from '../reports/reports.service.js';
import { flowTable, type FlowDbRow } from './flow-row.js';

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

  /**
   * Stores the rows that changed, each as a new version, all or nothing. A row sent with the
   * `expectedVersion` it was read at is refused (409, nothing stored) when someone saved that
   * municipality meanwhile, so a stale table never reverts a colleague's corrections.
   */
  async put(caller: Caller, regionCode: string, date: string, input: FlowsInput): Promise<FlowsResponse> {
    await this.organizations.regionName(regionCode);
    assertCanWriteFlows(caller, regionCode);
    assertReportableDate(date);
    await this.assertMunicipalitiesOf(regionCode, input.rows);

    const result = await this.dataSource.transaction(async (manager) => {
      // One flows write per region at a time: first saves of the same day cannot collide, and the
      // versions compared below stay current until this transaction ends.
      await manager.query('SELECT 1 FROM regions WHERE code = $1 FOR UPDATE', [regionCode]);
      const codes = input.rows.map((row) => row.municipalityCode);
      const currentRows: FlowDbRow[] = await manager.query(
        `SELECT ${flowTable.select()} FROM flows WHERE municipality_code = ANY($1) AND date = $2`,
        [codes, date],
      );
      const current = new Map(currentRows.map((row) => [row.municipalityCode, flowTable.toApi(row)]));
      const toStore = input.rows.filter((row) => !unchanged(current.get(row.municipalityCode), row));
      // Like a report, a row resent as it is stored is no change, whatever version it was read at.
      const stale = toStore.filter(
        (row) => row.expectedVersion !== undefined && (current.get(row.municipalityCode)?.version ?? 0) !== row.expectedVersion,
      );
      if (stale.length > 0) {
        const body: FlowsConflictBody = {
          statusCode: 409,
          message: 'Någon annan har sparat flöden för samma dag under tiden.',
          current: stale.flatMap((row) => current.get(row.municipalityCode) ?? []),
        };
        throw new ConflictException(body);
      }

      const changed: StoredFlowRow[] = [];
      for (const row of toStore) {
        const existing = current.get(row.municipalityCode);
        const { municipalityCode, expectedVersion: _expectedVersion, discharges: _discharges, ...figures } = row;
        const saved = await flowTable.write(
          manager,
          { municipalityCode, date, ...figures, discharges: totalDischarges(row) },
          { version: (existing?.version ?? 0) + 1, by: caller.username, via: caller.via },
          { regionCode },
        );
        await this.audit.record(manager, caller, {
          action: 'flows.put',
          regionCode,
          organizationCode: municipalityCode,
          target: `${municipalityCode}/${date}`,
          before: existing ?? null,
          after: saved,
        });
        current.set(municipalityCode, saved);
        changed.push(saved);
      }
      const stored = input.rows.map((row) => current.get(row.municipalityCode) as StoredFlowRow);
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
}
