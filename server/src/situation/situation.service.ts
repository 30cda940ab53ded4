import { Injectable } from '@nestjs/common';
import {
  CARRY_FORWARD_DAYS,
  computeTotals,
  eachDay,
  reportingDay,
  type History,
  type Situation,
  type SituationOrganization,
  type StoredFlowRow,
  type UnitKind,
} from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { resolveDateRange } from '../common/date-range.js';
import { assertCanReadRegion } from '../common/scope.js';
import { fieldErrors } from '../common/validation.js';
import { FLOW_COLUMNS, toFlowRow, type FlowDbRow } from '../flows/flow-row.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { REPORT_COLUMNS, toReport, type ReportRow } from '../reports/report-row.js';

const MAX_HISTORY_DAYS = 731;

type Column = number[];
interface SeriesColumns {
  dates: string[];
  units: Column;
  capacity: Column;
  occupied: Column;
  surge_capacity: Column;
  admissions: Column;
  discharges: Column;
  covid_patients: Column;
}
interface FlowColumns {
  dates: string[];
  inpatients: Column;
  admissions: Column;
  discharges: Column;
  discharges_home: Column;
  discharges_short_term: Column;
  discharges_nursing_home: Column;
  discharges_other: Column;
  ready_for_discharge: Column;
}

/** Spreads sparse (date, value) columns over every day of the period, null where there is nothing. */
function alignTo(days: readonly string[]): (dates: readonly string[], values: Column) => (number | null)[] {
  const index = new Map(days.map((day, position) => [day, position]));
  return (dates, values) => {
    const aligned: (number | null)[] = new Array<number | null>(days.length).fill(null);
    dates.forEach((date, position) => {
      const at = index.get(date);
      if (at !== undefined) aligned[at] = values[position] ?? null;
    });
    return aligned;
  };
}
const DEFAULT_HISTORY_DAYS = 30;

function badDate(field: string, key: string) {
  return fieldErrors([{ message: key, path: [field] }]);
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
    // Every query of the snapshot runs on its one connection: a transaction that waited for a second
    // pool connection would deadlock the pool under a burst of requests.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const seqRows = await manager.query<{ seq: number }[]>('SELECT seq FROM regions WHERE code = $1', [regionCode]);
      const [organizations, units, latestReports, latestFlows] = await Promise.all([
        this.organizations.organizationRows(regionCode, manager),
        this.organizations.unitRows(regionCode, manager),
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
    const { start, end } = resolveDateRange(from, to, { defaultDays: DEFAULT_HISTORY_DAYS, maxDays: MAX_HISTORY_DAYS });

    const days = eachDay(start, end);
    // Columns come out of PostgreSQL as arrays (one row per series), so a year of a large region
    // is a few hundred rows to parse, not tens of thousands.
    const [seriesRows, flowRows, commentRows] = await Promise.all([
      this.dataSource.query<(SeriesColumns & { organization_code: string; unit_kind: UnitKind })[]>(
        `SELECT organization_code, unit_kind, json_agg(date ORDER BY date) AS dates,
                json_agg(units ORDER BY date) AS units, json_agg(capacity ORDER BY date) AS capacity,
                json_agg(occupied ORDER BY date) AS occupied, json_agg(surge_capacity ORDER BY date) AS surge_capacity,
                json_agg(admissions ORDER BY date) AS admissions, json_agg(discharges ORDER BY date) AS discharges,
                json_agg(covid_patients ORDER BY date) AS covid_patients
           FROM daily_totals WHERE region_code = $1 AND date BETWEEN $2 AND $3
          GROUP BY organization_code, unit_kind ORDER BY organization_code, unit_kind`,
        [regionCode, start, end],
      ),
      this.dataSource.query<(FlowColumns & { municipality_code: string })[]>(
        `SELECT municipality_code, json_agg(date ORDER BY date) AS dates,
                json_agg(inpatients ORDER BY date) AS inpatients, json_agg(admissions ORDER BY date) AS admissions,
                json_agg(discharges ORDER BY date) AS discharges, json_agg(discharges_home ORDER BY date) AS discharges_home,
                json_agg(discharges_short_term ORDER BY date) AS discharges_short_term,
                json_agg(discharges_nursing_home ORDER BY date) AS discharges_nursing_home,
                json_agg(discharges_other ORDER BY date) AS discharges_other,
                json_agg(ready_for_discharge ORDER BY date) AS ready_for_discharge
           FROM flows WHERE region_code = $1 AND date BETWEEN $2 AND $3
          GROUP BY municipality_code ORDER BY municipality_code`,
        [regionCode, start, end],
      ),
      this.dataSource.query<{ date: string; organization_code: string; unit_id: string; comment: string }[]>(
        `SELECT r.date, u.organization_code, r.unit_id, r.comment
           FROM units u JOIN organizations o ON o.code = u.organization_code
          CROSS JOIN LATERAL (
            SELECT date, unit_id, comment FROM reports
             WHERE reports.unit_id = u.id AND reports.date BETWEEN $2 AND $3 AND reports.comment IS NOT NULL OFFSET 0
          ) r
          WHERE o.region_code = $1
          ORDER BY r.date DESC`,
        [regionCode, start, end],
      ),
    ]);
    const align = alignTo(days);
    return {
      region: regionCode,
      from: start,
      to: end,
      days,
      series: seriesRows.map((row) => ({
        organizationCode: row.organization_code,
        unitKind: row.unit_kind,
        units: align(row.dates, row.units),
        capacity: align(row.dates, row.capacity),
        occupied: align(row.dates, row.occupied),
        surgeCapacity: align(row.dates, row.surge_capacity),
        admissions: align(row.dates, row.admissions),
        discharges: align(row.dates, row.discharges),
        covidPatients: align(row.dates, row.covid_patients),
      })),
      flows: flowRows.map((row) => ({
        municipalityCode: row.municipality_code,
        inpatients: align(row.dates, row.inpatients),
        admissions: align(row.dates, row.admissions),
        discharges: align(row.dates, row.discharges),
        dischargesHome: align(row.dates, row.discharges_home),
        dischargesShortTerm: align(row.dates, row.discharges_short_term),
        dischargesNursingHome: align(row.dates, row.discharges_nursing_home),
        dischargesOther: align(row.dates, row.discharges_other),
        readyForDischarge: align(row.dates, row.ready_for_discharge),
      })),
      comments: commentRows.map((row) => ({
        date: row.date,
        organizationCode: row.organization_code,
        unitId: row.unit_id,
        comment: row.comment,
      })),
    };
  }
}
