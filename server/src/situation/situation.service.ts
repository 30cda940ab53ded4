import { Injectable } from '@nestjs/common';
import {
  CARRY_FORWARD_DAYS,
  computeTotals,
  FLOW_VALUE_KEYS,
  HISTORY_VALUE_KEYS,
  historyResolution,
  holidaysBetween,
  periodPoints,
  deadlinesAt,
  levelOf,
  overdueAt,
  reportingDay,
  type HistoryResolution,
  type FlowValueKey,
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
import { readLevels, readSettings } from '../escalation/level-row.js';
import { flowTable, type FlowDbRow } from '../flows/flow-row.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { reportTable, type ReportDbRow } from '../reports/report-row.js';
import { placeLoans } from '../requests/place-loans.js';

type Column = number[];
/** One series as PostgreSQL gives it: its dates and a column per key, each a JSON array. */
type ColumnsRow = { dates: string[] } & Record<string, unknown>;

// daily_totals' columns, as history's keys.
const TOTALS_COLUMNS: Record<(typeof HISTORY_VALUE_KEYS)[number], string> = {
  units: 'units',
  capacity: 'capacity',
  occupied: 'occupied',
  surgeCapacity: 'surge_capacity',
  admissions: 'admissions',
  discharges: 'discharges',
  covidPatients: 'covid_patients',
  closedBeds: 'closed_beds',
};

/**
 * One row per series (grouped by `groupBy`), with its points' first days in `dates` and one column
 * per key, each a JSON array in date order (`json_agg(capacity ORDER BY point) AS "capacity"`).
 * Week by week, a point is the average of the week's reported days (one decimal); the first week
 * starts at `$2` (the period's first day), so points line up with the shared `periodPoints`.
 */
function seriesQuery<Key extends string>(
  table: string,
  groupBy: Record<string, string>,
  columns: Record<Key, string>,
  keys: readonly Key[],
  resolution: HistoryResolution,
): string {
  const groups = Object.values(groupBy);
  const named = Object.entries(groupBy).map(([alias, column]) => `${column} AS "${alias}"`);
  const point = resolution === 'day' ? 'date' : `greatest(date_trunc('week', date)::date, $2::date)`;
  const value = (key: Key) => (resolution === 'day' ? columns[key] : `round(avg(${columns[key]}), 1)`);
  const source = `SELECT ${groups.join(', ')}, ${point} AS point, ${keys.map((key) => `${value(key)} AS "${key}"`).join(', ')}
      FROM ${table} WHERE region_code = $1 AND date BETWEEN $2 AND $3
      ${resolution === 'day' ? '' : `GROUP BY ${groups.join(', ')}, point`}`;
  return `SELECT ${named.join(', ')}, json_agg(point ORDER BY point) AS dates,
                 ${keys.map((key) => `json_agg("${key}" ORDER BY point) AS "${key}"`).join(', ')}
            FROM (${source}) s GROUP BY ${groups.join(', ')} ORDER BY ${groups.join(', ')}`;
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

/** The later of two ISO times (a confirmation may be older than a version saved after it). */
function laterOf(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}

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
    return this.read(regionCode, regionName, date);
  }

  /**
   * The picture itself, for callers that have checked access already (or act for the server: the
   * reminders and the triggers read exactly what the region's screens show).
   */
  async read(regionCode: string, regionName: string, date: string): Promise<Situation> {
    // Every query of the snapshot runs on its one connection: a transaction that waited for a second
    // pool connection would deadlock the pool under a burst of requests.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const seqRows = await manager.query<{ seq: number }[]>('SELECT seq FROM regions WHERE code = $1', [regionCode]);
      const [organizations, units, latestReports, latestFlows, loans, confirmations, levels, settings] = await Promise.all([
        this.organizations.organizationRows(regionCode, manager),
        this.organizations.unitRows(regionCode, manager),
        // Each unit's and municipality's latest figures on or before the date (the date's own when
        // there are any): one backward index step per unit, whatever the length of the history.
        manager.query<ReportDbRow[]>(
          `SELECT r.* FROM units u
             JOIN organizations o ON o.code = u.organization_code
             CROSS JOIN LATERAL (
               SELECT ${reportTable.select()} FROM reports
                WHERE reports.unit_id = u.id AND reports.date <= $2 ORDER BY reports.date DESC LIMIT 1
             ) r
            WHERE o.region_code = $1 AND u.retired_at IS NULL`,
          [regionCode, date],
        ),
        manager.query<FlowDbRow[]>(
          `SELECT f.* FROM organizations o
             CROSS JOIN LATERAL (
               SELECT ${flowTable.select()} FROM flows
                WHERE flows.municipality_code = o.code AND flows.date <= $2 ORDER BY flows.date DESC LIMIT 1
             ) f
            WHERE o.region_code = $1 AND o.kind = 'municipality'`,
          [regionCode, date],
        ),
        placeLoans(manager, regionCode, date),
        manager.query<{ unit_id: string; confirmed_at: Date }[]>(
          `SELECT c.unit_id, c.confirmed_at FROM report_confirmations c
             JOIN units u ON u.id = c.unit_id JOIN organizations o ON o.code = u.organization_code
            WHERE o.region_code = $1 AND c.date = $2`,
          [regionCode, date],
        ),
        readLevels(manager, regionCode),
        readSettings(manager, regionCode),
      ]);
      const confirmedAt = new Map(confirmations.map((row) => [row.unit_id, row.confirmed_at.toISOString()]));
      const lastReportByUnit = new Map(latestReports.map((row) => [row.unitId, reportTable.toApi(row)]));
      const lastFlows = new Map<string, StoredFlowRow>(latestFlows.map((row) => [row.municipalityCode, flowTable.toApi(row)]));

      const situationOrganizations: SituationOrganization[] = organizations.map((organization) => {
        const ownUnits = units
          .filter((unit) => unit.organization_code === organization.code)
          .map((unit) => {
            const lastReport = lastReportByUnit.get(unit.id) ?? null;
            const report = lastReport?.date === date ? lastReport : null;
            return {
              id: unit.id,
              name: unit.name,
              kind: unit.kind,
              report,
              lastReport,
              confirmedAt: report ? laterOf(confirmedAt.get(unit.id), report.updatedAt) : null,
            };
          });
        const reportedTimes = ownUnits.flatMap((unit) => (unit.lastReport ? [unit.lastReport.updatedAt] : []));
        const flows = lastFlows.get(organization.code);
        return {
          code: organization.code,
          name: organization.name,
          kind: organization.kind,
          population: organization.population,
          seat: organization.seat,
          lastReportedAt: reportedTimes.length > 0 ? reportedTimes.sort().at(-1)! : null,
          units: ownUnits,
          flows: flows?.date === date ? flows : null,
          lastFlows: flows ?? null,
        };
      });
      const { reported, estimated } = computeTotals(date, situationOrganizations, loans);
      const generatedAt = new Date();
      const deadlines = deadlinesAt(settings.deadlines, levelOf(levels, regionCode));
      const overdue = overdueAt({ date, organizations: situationOrganizations }, deadlines, generatedAt);
      return {
        region: regionCode,
        regionName,
        date,
        seq: seqRows[0]?.seq ?? 0,
        generatedAt: generatedAt.toISOString(),
        totals: { reported, estimated, carryForwardDays: CARRY_FORWARD_DAYS },
        organizations: situationOrganizations,
        loans,
        levels,
        reporting: { deadlinesByLevel: settings.deadlines, deadline: overdue.deadline, overdue: overdue.organizations },
      };
    });
  }

  /**
   * Series per organisation and unit kind, plus flows and comments, for `from`..`to` (up to five
   * years): day by day up to a year, week by week beyond (the shared `historyResolution`), with the
   * period's red days for the time axis.
   */
  async history(caller: Caller, regionCode: string, from?: string, to?: string): Promise<History> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const { start, end } = resolveDateRange(from, to, DEFAULT_HISTORY_DAYS, 'aggregates');
    const resolution = historyResolution(start, end);

    const days = periodPoints(start, end, resolution);
    // Columns come out of PostgreSQL as arrays (one row per series), so a year of a large region
    // is a few hundred rows to parse, not tens of thousands.
    const [seriesRows, flowRows, commentRows] = await Promise.all([
      this.dataSource.query<(ColumnsRow & { organizationCode: string; unitKind: UnitKind })[]>(
        seriesQuery(
          'daily_totals',
          { organizationCode: 'organization_code', unitKind: 'unit_kind' },
          TOTALS_COLUMNS,
          HISTORY_VALUE_KEYS,
          resolution,
        ),
        [regionCode, start, end],
      ),
      this.dataSource.query<(ColumnsRow & { municipalityCode: string })[]>(
        seriesQuery<FlowValueKey>(
          'flows',
          { municipalityCode: 'municipality_code' },
          flowTable.columns,
          FLOW_VALUE_KEYS,
          resolution,
        ),
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
    const alignAll = <Key extends string>(keys: readonly Key[], row: ColumnsRow) =>
      Object.fromEntries(keys.map((key) => [key, align(row.dates, (row[key] as Column | undefined) ?? [])])) as Record<
        Key,
        (number | null)[]
      >;
    return {
      region: regionCode,
      from: start,
      to: end,
      resolution,
      days,
      holidays: holidaysBetween(start, end),
      series: seriesRows.map((row) => ({
        organizationCode: row.organizationCode,
        unitKind: row.unitKind,
        ...alignAll(HISTORY_VALUE_KEYS, row),
      })),
      flows: flowRows.map((row) => ({ municipalityCode: row.municipalityCode, ...alignAll(FLOW_VALUE_KEYS, row) })),
      comments: commentRows.map((row) => ({
        date: row.date,
        organizationCode: row.organization_code,
        unitId: row.unit_id,
        comment: row.comment,
      })),
    };
  }
}
