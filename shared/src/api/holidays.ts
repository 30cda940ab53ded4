import type { FlowStatistics, WeekdayAverage } from '../rules/flow-statistics.js';
import type { HolidayComparison } from '../rules/holiday-comparison.js';
import type { HolidayPeriodKind, StoredPlanDay } from '../schemas/holidays.js';

/** A red day (or one of the eves that work as one) on a time axis: the day and its Swedish name. */
export interface HolidayMark {
  date: string;
  name: string;
}

/** A day of a holiday period: its red-day name if it is one, and whether it is a day off. */
export interface PeriodDay {
  date: string;
  /** "Julafton", "Påskdagen", …; null on an ordinary day or a plain weekend. */
  holiday: string | null;
  /** A weekend, a red day or one of the eves (midsommarafton, julafton, nyårsafton). */
  nonWorking: boolean;
}

/** One municipality in the holiday view: its earlier years beside ordinary weekdays, and its plan. */
export interface HolidayMunicipality {
  code: string;
  name: string;
  population: number | null;
  comparison: HolidayComparison;
  /** The declared staffing per day of the period (only the days that have one). */
  plan: StoredPlanDay[];
}

/** The answer of GET /api/regions/:region/holidays: one period, every municipality of the region. */
export interface HolidayView {
  region: string;
  regionName: string;
  period: { kind: HolidayPeriodKind; year: number; from: string; to: string };
  days: PeriodDay[];
  /** The earlier years compared, newest first, each with its matching day per period day. */
  years: { year: number; days: (string | null)[] }[];
  municipalities: HolidayMunicipality[];
}

/** The answer of PUT /api/regions/:region/holiday-plans/:municipality: the plan's days as now stored. */
export interface HolidayPlanResponse {
  region: string;
  municipalityCode: string;
  days: StoredPlanDay[];
}

/** A month of one municipality's flow statistics. */
export interface MonthlyFlowStatistics extends FlowStatistics {
  /** The month's first day within the period (YYYY-MM-DD). */
  month: string;
}

/** The answer of GET /api/regions/:region/flow-statistics: readmissions and days ready for discharge, by month. */
export interface FlowStatisticsResponse {
  region: string;
  from: string;
  to: string;
  /** Every month of the period (its first day within the period), the index into each municipality's months. */
  months: string[];
  municipalities: {
    code: string;
    name: string;
    population: number | null;
    /** Aligned with `months`; a month without flows has zero days and null rates. */
    months: FlowStatistics[];
    total: FlowStatistics;
  }[];
  /** The region's municipalities together. */
  total: { months: FlowStatistics[]; total: FlowStatistics };
}

/** The answer of GET /api/regions/:region/weekday-pattern. */
export interface WeekdayPatternResponse {
  region: string;
  from: string;
  to: string;
  /** The red days of the period, counted apart from the weekday they fell on. */
  holidays: HolidayMark[];
  municipalities: { code: string; name: string; weekdays: WeekdayAverage[] }[];
  total: WeekdayAverage[];
}
