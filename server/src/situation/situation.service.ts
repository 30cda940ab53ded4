import { BadRequestException, Injectable } from '@nestjs/common';
import {
  CARRY_FORWARD_DAYS,
  computeTotals,
  daysBetween,
  reportingDay,
  shiftDay,
  validationMessage,
  type FlowHistorySeries,
  type History,
  type HistorySeries,
  type Situation,
  type SituationOrganization,
  type StoredFlowRow,
  type UnitKind,
} from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion } from '../common/scope.js';
import { FLOW_COLUMNS, toFlowRow, type FlowDbRow } from '../flows/flow-row.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { REPORT_COLUMNS, toReport, type ReportRow } from '../reports/report-row.js';

const MAX_HISTORY_DAYS = 731;
const DEFAULT_HISTORY_DAYS = 30;

function badDate(field: string, key: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    message: 'Ogiltigt datum',
    errors: { [field]: [validationMessage(key)] },
    codes: { [field]: [key] },
  });
}

@Injectable()
export class SituationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * The region's picture for one day. Read in one REPEATABLE READ snapshot, so `seq` matches the
   * figures exactly: a live client applies the events after it and nothing before it.
   */
  async situation(caller: Caller, regionCode: string, date: string = reportingDay()): Promise<Situation> {
    const regionName = await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    if (date > reportingDay()) throw badDate('date', 'validation.futureDate');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const seqRows = await manager.query<{ seq: number }[]>('SELECT seq FROM regions WHERE code = $1', [regionCode]);
      const [organizations, units, latestReports, latestFlows] = await Promise.all([
        this.organizations.organizationRows(regionCode),
        this.organizations.unitRows(regionCode),
        // Each unit's and municipality's latest figures on or before the date (the date's own when
        // there are any): one backward index step per unit, whatever the length of the history.
        manager.query<ReportRow[]>(
          `SELECT r.* FROM units u
             JOIN organizations o ON o.code = u.organization_code
             CROSS JOIN LATERAL (
               SELECT ${REPORT_COLUMNS} FROM reports
                WHERE reports.unit_id = u.id AND reports.date <= $2 ORDER BY reports.date DESC LIMIT 1
             ) r
            WHERE o.region_code = $1 AND u.retired_at IS NULL`,
          [regionCode, date],
        ),
        manager.query<FlowDbRow[]>(
          `SELECT f.* FROM organizations o
             CROSS JOIN LATERAL (
               SELECT ${FLOW_COLUMNS} FROM flows
                WHERE flows.municipality_code = o.code AND flows.date <= $2 ORDER BY flows.date DESC LIMIT 1
             ) f
            WHERE o.region_code = $1 AND o.kind = 'municipality'`,
          [regionCode, date],
        ),
      ]);
      const lastReportByUnit = new Map(latestReports.map((row) => [row.unit_id, toReport(row)]));
      const lastFlows = new Map<string, StoredFlowRow>(latestFlows.map((row) => [row.municipality_code, toFlowRow(row)]));

      const situationOrganizations: SituationOrganization[] = organizations.map((organization) => {
        const ownUnits = units
          .filter((unit) => unit.organization_code === organization.code)
          .map((unit) => {
            const lastReport = lastReportByUnit.get(unit.id) ?? null;
            return {
              id: unit.id,
              name: unit.name,
              kind: unit.kind,
              report: lastReport?.date === date ? lastReport : null,
              lastReport,
            };
          });
        const reportedTimes = ownUnits.flatMap((unit) => (unit.lastReport ? [unit.lastReport.updatedAt] : []));
        const flows = lastFlows.get(organization.code);
        return {
          code: organization.code,
          name: organization.name,
          kind: organization.kind,
          population: organization.population,
          lastReportedAt: reportedTimes.length > 0 ? reportedTimes.sort().at(-1)! : null,
          units: ownUnits,
          flows: flows?.date === date ? flows : null,
          lastFlows: flows ?? null,
        };
      });
      const { reported, estimated } = computeTotals(date, situationOrganizations);
      return {
        region: regionCode,
        regionName,
        date,
        seq: seqRows[0]?.seq ?? 0,
        generatedAt: new Date().toISOString(),
        totals: { reported, estimated, carryForwardDays: CARRY_FORWARD_DAYS },
        organizations: situationOrganizations,
      };
    });
  }

  /** Daily series per organisation and unit kind, plus flows and comments, for `from`..`to`. */
  async history(caller: Caller, regionCode: string, from?: string, to?: string): Promise<History> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const end = to ?? reportingDay();
    const start = from ?? shiftDay(end, -(DEFAULT_HISTORY_DAYS - 1));
    if (start > end) throw badDate('from', 'validation.date');
    if (daysBetween(start, end) >= MAX_HISTORY_DAYS) throw badDate('from', 'validation.range');

    const [seriesRows, flowRows, commentRows] = await Promise.all([
      this.dataSource.query<
        {
          organization_code: string;
          kind: UnitKind;
          date: string;
          units: number;
          capacity: number;
          occupied: number;
          surge_capacity: number;
          admissions: number;
          discharges: number;
          covid_patients: number;
        }[]
      >(
        `SELECT u.organization_code, u.kind, r.date, count(*)::int AS units,
                sum(r.capacity)::int AS capacity, sum(r.occupied)::int AS occupied,
                sum(coalesce(r.surge_capacity, r.capacity))::int AS surge_capacity,
                sum(r.admissions)::int AS admissions, sum(r.discharges)::int AS discharges,
                sum(coalesce(r.covid_patients, 0))::int AS covid_patients
           FROM reports r JOIN units u ON u.id = r.unit_id JOIN organizations o ON o.code = u.organization_code
          WHERE o.region_code = $1 AND r.date BETWEEN $2 AND $3
          GROUP BY u.organization_code, u.kind, r.date
          ORDER BY u.organization_code, u.kind, r.date`,
        [regionCode, start, end],
      ),
      this.dataSource.query<FlowDbRow[]>(
        `SELECT ${FLOW_COLUMNS} FROM flows WHERE region_code = $1 AND date BETWEEN $2 AND $3 ORDER BY municipality_code, date`,
        [regionCode, start, end],
      ),
      this.dataSource.query<{ date: string; organization_code: string; unit_id: string; comment: string }[]>(
        `SELECT r.date, u.organization_code, r.unit_id, r.comment
           FROM reports r JOIN units u ON u.id = r.unit_id JOIN organizations o ON o.code = u.organization_code
          WHERE o.region_code = $1 AND r.date BETWEEN $2 AND $3 AND r.comment IS NOT NULL
          ORDER BY r.date DESC`,
        [regionCode, start, end],
      ),
    ]);

    const series = new Map<string, HistorySeries>();
    for (const row of seriesRows) {
      const key = `${row.organization_code}|${row.kind}`;
      let entry = series.get(key);
      if (!entry) {
        entry = { organizationCode: row.organization_code, unitKind: row.kind, points: [] };
        series.set(key, entry);
      }
      entry.points.push({
        date: row.date,
        units: row.units,
        capacity: row.capacity,
        occupied: row.occupied,
        surgeCapacity: row.surge_capacity,
        admissions: row.admissions,
        discharges: row.discharges,
        covidPatients: row.covid_patients,
      });
    }
    const flows = new Map<string, FlowHistorySeries>();
    for (const row of flowRows) {
      const { version: _version, updatedAt: _updatedAt, updatedBy: _updatedBy, ...point } = toFlowRow(row);
      let entry = flows.get(row.municipality_code);
      if (!entry) {
        entry = { municipalityCode: row.municipality_code, points: [] };
        flows.set(row.municipality_code, entry);
      }
      entry.points.push(point);
    }
    return {
      region: regionCode,
      from: start,
      to: end,
      series: [...series.values()],
      flows: [...flows.values()],
      comments: commentRows.map((row) => ({
        date: row.date,
        organizationCode: row.organization_code,
        unitId: row.unit_id,
        comment: row.comment,
      })),
    };
  }
}
