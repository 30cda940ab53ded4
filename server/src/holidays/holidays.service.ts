import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  baselineDays,
  compareHoliday,
  equivalentDays,
  holidayName,
  isNonWorkingDay,
  levelDays,
  PLAN_FIELDS,
  periodDays,
  reportingDay,
  type ApiErrorBody,
  type HolidayPeriod,
  type HolidayPeriodInput,
  type HolidayPlanInput,
  type HolidayPlanResponse,
  type HolidayView,
  type PlanDayInput,
  type StoredPlanDay,
} from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanPlanHolidays, assertCanReadRegion, assertRegionOrganization } from '../common/scope.js';
import { fieldErrors } from '../common/validation.js';
import { ChangeLogService } from '../live/change-log.service.js';
import { LiveHub } from '../live/live-hub.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { resolvePeriod } from './holiday-period.js';
import { planTable, type PlanDbRow } from './plan-row.js';

/** How many earlier years a period is compared with. */
export const COMPARED_YEARS = 5;

/** Nothing to store: the day is as stored, or was never planned and is sent empty. */
function unchanged(current: StoredPlanDay | undefined, day: PlanDayInput): boolean {
  if (current === undefined) return PLAN_FIELDS.every((field) => day[field] === null);
  return PLAN_FIELDS.every((field) => current[field] === day[field]);
}

/**
 * Holiday planning: how many discharges each municipality had on the days of a holiday period in
 * earlier years, beside its ordinary weekdays, what that pattern expects this year, and the staffing
 * each municipality declares for the days (biståndshandläggare, Trygg hemgång, a phone number).
 */
@Injectable()
export class HolidaysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly changeLog: ChangeLogService,
    private readonly liveHub: LiveHub,
    private readonly audit: AuditService,
  ) {}

  /** The period's view for the region; `regionOrganizationOnly` for what only the region organisation gets (the export). */
  async view(
    caller: Caller,
    regionCode: string,
    input: HolidayPeriodInput,
    { regionOrganizationOnly = false, today = reportingDay() } = {},
  ): Promise<HolidayView> {
    const regionName = await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    if (regionOrganizationOnly) assertRegionOrganization(caller, regionCode);
    const period = resolvePeriod(input, today);
    const days = periodDays(period);
    const years = Array.from({ length: COMPARED_YEARS }, (_, index) => {
      const yearsBack = index + 1;
      return {
        year: periodYear(period) - yearsBack,
        days: equivalentDays(period, yearsBack),
        ordinaryDays: baselineDays(period, yearsBack),
      };
    });
    const recentOrdinaryDays = levelDays(period, today);
    const wanted = [...new Set([...days, ...recentOrdinaryDays, ...years.flatMap((y) => [...y.ordinaryDays, ...y.days])])]
      .filter((day): day is string => day !== null)
      .sort();

    // Only the days compared, each municipality's as two arrays: for the largest region over five
    // years some 15 000 figures, read from the flows' covering index.
    const [organizations, dischargeRows, planRows] = await Promise.all([
      this.organizations.organizationRows(regionCode),
      this.dataSource.query<{ code: string; dates: string[]; discharges: number[] }[]>(
        `SELECT municipality_code AS code, json_agg(date ORDER BY date) AS dates, json_agg(discharges ORDER BY date) AS discharges
           FROM flows WHERE region_code = $1 AND date = ANY($2::date[]) GROUP BY municipality_code`,
        [regionCode, wanted],
      ),
      this.dataSource.query<PlanDbRow[]>(
        `SELECT ${planTable.select()} FROM holiday_staffing WHERE region_code = $1 AND date = ANY($2::date[])
          ORDER BY municipality_code, date`,
        [regionCode, days],
      ),
    ]);
    const dischargesOf = new Map(
      dischargeRows.map((row) => [row.code, new Map(row.dates.map((date, index) => [date, row.discharges[index] ?? 0]))]),
    );
    const plans = new Map<string, StoredPlanDay[]>();
    for (const row of planRows) {
      const day = planTable.toApi(row);
      plans.set(day.municipalityCode, [...(plans.get(day.municipalityCode) ?? []), day]);
    }
    return {
      region: regionCode,
      regionName,
      period: { kind: period.kind, year: periodYear(period), from: days[0] ?? '', to: days.at(-1) ?? '' },
      days: days.map((date) => ({ date, holiday: holidayName(date) ?? null, nonWorking: isNonWorkingDay(date) })),
      years: years.map(({ year, days: matching }) => ({ year, days: [...matching] })),
      municipalities: organizations
        .filter((organization) => organization.kind === 'municipality')
        .map((organization) => ({
          code: organization.code,
          name: organization.name,
          population: organization.population,
          comparison: compareHoliday({
            days,
            years,
            recentOrdinaryDays,
            discharges: dischargesOf.get(organization.code) ?? new Map<string, number>(),
          }),
          plan: plans.get(organization.code) ?? [],
        })),
    };
  }

  /**
   * Stores the days of a municipality's plan that changed, each as a new version, all or nothing.
   * Only the municipality's own members may; a day sent with the `expectedVersion` it was read at is
   * refused (409, nothing stored) when a colleague saved that day meanwhile.
   */
  async putPlan(
    caller: Caller,
    regionCode: string,
    municipalityCode: string,
    input: HolidayPlanInput,
    today = reportingDay(),
  ): Promise<HolidayPlanResponse> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    const organizations = await this.organizations.organizationRows(regionCode);
    if (!organizations.some((o) => o.code === municipalityCode && o.kind === 'municipality')) {
      throw new NotFoundException('Kommunen finns inte i regionen.');
    }
    assertCanPlanHolidays(caller, regionCode, municipalityCode);
    const allowed = new Set(periodDays(resolvePeriod(input.period, today, 'period.')));
    const outside = input.days.flatMap((day, index) =>
      allowed.has(day.date) ? [] : [{ message: 'validation.planDayOutsidePeriod', path: ['days', index, 'date'] }],
    );
    if (outside.length > 0) throw fieldErrors(outside);

    const result = await this.dataSource.transaction(async (manager) => {
      // One plan write per municipality at a time: the versions compared below stay current.
      await manager.query('SELECT 1 FROM organizations WHERE code = $1 FOR UPDATE', [municipalityCode]);
      const currentRows = await manager.query<PlanDbRow[]>(
        `SELECT ${planTable.select()} FROM holiday_staffing WHERE municipality_code = $1 AND date = ANY($2::date[])`,
        [municipalityCode, input.days.map((day) => day.date)],
      );
      const current = new Map(currentRows.map((row) => [row.date, planTable.toApi(row)]));
      const toStore = input.days.filter((day) => !unchanged(current.get(day.date), day));
      const stale = toStore.filter(
        (day) => day.expectedVersion !== undefined && (current.get(day.date)?.version ?? 0) !== day.expectedVersion,
      );
      if (stale.length > 0) {
        const body: ApiErrorBody<StoredPlanDay[]> = {
          statusCode: 409,
          message: 'Någon annan har sparat planen för samma dagar under tiden.',
          current: stale.flatMap((day) => current.get(day.date) ?? []),
        };
        throw new ConflictException(body);
      }
      const changed: StoredPlanDay[] = [];
      for (const day of toStore) {
        const existing = current.get(day.date);
        const saved = await planTable.write(
          manager,
          { municipalityCode, date: day.date, caseworkers: day.caseworkers, tryggHemgang: day.tryggHemgang, phone: day.phone },
          { version: (existing?.version ?? 0) + 1, by: caller.username, via: caller.via },
          { regionCode },
        );
        await this.audit.record(manager, caller, {
          action: 'holidayPlan.put',
          regionCode,
          organizationCode: municipalityCode,
          target: `${municipalityCode}/${day.date}`,
          before: existing ?? null,
          after: saved,
        });
        current.set(day.date, saved);
        changed.push(saved);
      }
      const stored = input.days.flatMap((day) => current.get(day.date) ?? []);
      if (changed.length === 0) return { stored, change: null };
      const change = await this.changeLog.record(manager, regionCode, 'holidayPlan.updated', (seq) => ({
        seq,
        region: regionCode,
        municipalityCode,
        days: changed,
      }));
      return { stored, change };
    });
    if (result.change) this.liveHub.publish(regionCode, result.change);
    return { region: regionCode, municipalityCode, days: result.stored };
  }
}

function periodYear(period: HolidayPeriod): number {
  return period.kind === 'custom' ? Number(period.from.slice(0, 4)) : period.year;
}
