import { Injectable } from '@nestjs/common';
import {
  addFlowPeriodSums,
  EMPTY_FLOW_PERIOD_SUMS,
  flowStatistics,
  holidaysBetween,
  monthPoints,
  weekdayPattern,
  type FlowPeriodSums,
  type FlowStatisticsResponse,
  type WeekdayCategory,
  type WeekdayPatternResponse,
  type WeekdaySums,
} from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { resolveDateRange } from '../common/date-range.js';
import { assertCanReadRegion } from '../common/scope.js';
import { OrganizationsService } from '../organizations/organizations.service.js';

/** By default a year: a weekday pattern and a readmission rate need many days to mean anything. */
const DEFAULT_ANALYSIS_DAYS = 365;

type MonthSumsRow = FlowPeriodSums & { code: string; month: string };
type WeekdaySumsRow = WeekdaySums & { code: string };

/**
 * What the region's daily flows per home municipality say over months and years: readmissions
 * (count and rate of discharges), patient-days as ready for discharge, and discharges and readiness
 * by weekday with red days apart. Summed in PostgreSQL (five years of the largest region are some
 * 90 000 rows; the answer a few hundred sums), rates and averages by the shared rules.
 */
@Injectable()
export class FlowAnalysisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  async statistics(caller: Caller, regionCode: string, from?: string, to?: string): Promise<FlowStatisticsResponse> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const { start, end } = resolveDateRange(from, to, DEFAULT_ANALYSIS_DAYS, 'aggregates');
    const months = monthPoints(start, end);
    const [organizations, rows] = await Promise.all([
      this.organizations.organizationRows(regionCode),
      this.dataSource.query<MonthSumsRow[]>(
        `SELECT municipality_code AS code, greatest(date_trunc('month', date)::date, $2::date) AS month,
                count(*)::int AS days, sum(discharges)::int AS discharges,
                coalesce(sum(readmissions), 0)::int AS readmissions,
                coalesce(sum(discharges) FILTER (WHERE readmissions IS NOT NULL), 0)::int AS "dischargesWithReadmissions",
                count(readmissions)::int AS "readmissionDays",
                sum(ready_for_discharge)::int AS "readyPatientDays"
           FROM flows WHERE region_code = $1 AND date BETWEEN $2 AND $3
          GROUP BY municipality_code, month`,
        [regionCode, start, end],
      ),
    ]);
    const sums = new Map(rows.map(({ code, month, ...row }) => [`${code}/${month}`, row]));
    const municipalities = organizations.filter((organization) => organization.kind === 'municipality');
    const monthly = municipalities.map((m) => months.map((month) => sums.get(`${m.code}/${month}`) ?? EMPTY_FLOW_PERIOD_SUMS));
    const regionMonths = months.map((_, index) =>
      monthly.reduce(
        (total, sumsOf) => addFlowPeriodSums(total, sumsOf[index] ?? EMPTY_FLOW_PERIOD_SUMS),
        EMPTY_FLOW_PERIOD_SUMS,
      ),
    );
    const population = municipalities.reduce((total, m) => total + (m.population ?? 0), 0);
    return {
      region: regionCode,
      from: start,
      to: end,
      months,
      municipalities: municipalities.map((m, index) => {
        const own = monthly[index] ?? [];
        return {
          code: m.code,
          name: m.name,
          population: m.population,
          months: own.map((month) => flowStatistics(month, m.population)),
          total: flowStatistics(own.reduce(addFlowPeriodSums, EMPTY_FLOW_PERIOD_SUMS), m.population),
        };
      }),
      total: {
        months: regionMonths.map((month) => flowStatistics(month, population || null)),
        total: flowStatistics(regionMonths.reduce(addFlowPeriodSums, EMPTY_FLOW_PERIOD_SUMS), population || null),
      },
    };
  }

  async weekdayPattern(caller: Caller, regionCode: string, from?: string, to?: string): Promise<WeekdayPatternResponse> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const { start, end } = resolveDateRange(from, to, DEFAULT_ANALYSIS_DAYS, 'aggregates');
    const holidays = holidaysBetween(start, end);
    const [organizations, rows] = await Promise.all([
      this.organizations.organizationRows(regionCode),
      // A red day (or eve) counts as category 0, apart from the weekday it fell on.
      this.dataSource.query<WeekdaySumsRow[]>(
        `SELECT municipality_code AS code,
                (CASE WHEN date = ANY($4::date[]) THEN 0 ELSE extract(isodow FROM date) END)::int AS category,
                count(*)::int AS days, sum(discharges)::int AS discharges, sum(ready_for_discharge)::int AS "readyForDischarge"
           FROM flows WHERE region_code = $1 AND date BETWEEN $2 AND $3
          GROUP BY municipality_code, category`,
        [regionCode, start, end, holidays.map((holiday) => holiday.date)],
      ),
    ]);
    const byCode = new Map<string, WeekdaySums[]>();
    const region = new Map<WeekdayCategory, WeekdaySums>();
    for (const { code, ...sums } of rows) {
      byCode.set(code, [...(byCode.get(code) ?? []), sums]);
      const total = region.get(sums.category) ?? { category: sums.category, days: 0, discharges: 0, readyForDischarge: 0 };
      region.set(sums.category, {
        category: sums.category,
        days: total.days + sums.days,
        discharges: total.discharges + sums.discharges,
        readyForDischarge: total.readyForDischarge + sums.readyForDischarge,
      });
    }
    return {
      region: regionCode,
      from: start,
      to: end,
      holidays,
      municipalities: organizations
        .filter((organization) => organization.kind === 'municipality')
        .map((m) => ({ code: m.code, name: m.name, weekdays: weekdayPattern(byCode.get(m.code) ?? []) })),
      total: weekdayPattern([...region.values()]),
    };
  }
}
