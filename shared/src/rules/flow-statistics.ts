// Figures the networks argue about, from the region's daily flows per home municipality: aggregates
// only, never a patient. Pure: the server sums per month and per weekday in SQL and hands the sums here.

/** One municipality's flows summed over a month (or any stretch of days). */
export interface FlowPeriodSums {
  /** Days with flows reported. */
  days: number;
  discharges: number;
  /** Readmissions within 30 days, over the days that reported them. */
  readmissions: number;
  /** Discharges on the days that reported readmissions: the rate's denominator. */
  dischargesWithReadmissions: number;
  /** Days that reported readmissions. */
  readmissionDays: number;
  /** Sum of the daily counts of patients ready for discharge: patient-days spent as ready (vårddygn som utskrivningsklar). */
  readyPatientDays: number;
}

export interface FlowStatistics extends FlowPeriodSums {
  /** Readmissions as a percentage of discharges (same days), one decimal; null without readmissions reported. */
  readmissionRatePct: number | null;
  /** Patients ready for discharge on an average day, one decimal. */
  readyAverage: number | null;
  /** Patient-days as ready for discharge per 10 000 inhabitants, one decimal. */
  readyPatientDaysPer10k: number | null;
  /** Readmissions per 10 000 inhabitants, one decimal. */
  readmissionsPer10k: number | null;
}

export const EMPTY_FLOW_PERIOD_SUMS: FlowPeriodSums = {
  days: 0,
  discharges: 0,
  readmissions: 0,
  dischargesWithReadmissions: 0,
  readmissionDays: 0,
  readyPatientDays: 0,
};

const round1 = (value: number): number => Math.round(value * 10) / 10;

export function addFlowPeriodSums(a: FlowPeriodSums, b: FlowPeriodSums): FlowPeriodSums {
  return {
    days: a.days + b.days,
    discharges: a.discharges + b.discharges,
    readmissions: a.readmissions + b.readmissions,
    dischargesWithReadmissions: a.dischargesWithReadmissions + b.dischargesWithReadmissions,
    readmissionDays: a.readmissionDays + b.readmissionDays,
    readyPatientDays: a.readyPatientDays + b.readyPatientDays,
  };
}

/** The rates and averages of some sums, for a municipality of `population` inhabitants (null: unknown). */
export function flowStatistics(sums: FlowPeriodSums, population: number | null): FlowStatistics {
  const per10k = (value: number) =>
    population && population > 0 && sums.days > 0 ? round1((value / population) * 10_000) : null;
  return {
    ...sums,
    readmissionRatePct:
      sums.readmissionDays > 0 && sums.dischargesWithReadmissions > 0
        ? round1((sums.readmissions / sums.dischargesWithReadmissions) * 100)
        : null,
    readyAverage: sums.days > 0 ? round1(sums.readyPatientDays / sums.days) : null,
    readyPatientDaysPer10k: per10k(sums.readyPatientDays),
    readmissionsPer10k: sums.readmissionDays > 0 ? per10k(sums.readmissions) : null,
  };
}

/** A day's place in the weekday pattern: ISO weekday 1 (Monday) to 7 (Sunday), or 0 for a red day or eve. */
export type WeekdayCategory = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const WEEKDAY_CATEGORIES: readonly WeekdayCategory[] = [1, 2, 3, 4, 5, 6, 7, 0];

export interface WeekdaySums {
  category: WeekdayCategory;
  days: number;
  discharges: number;
  readyForDischarge: number;
}

export interface WeekdayAverage extends WeekdaySums {
  /** Saturday or Sunday (a red day on a weekend counts as a red day). */
  weekend: boolean;
  /** Red days and midsommarafton, julafton, nyårsafton, whatever weekday they fell on. */
  holiday: boolean;
  dischargesPerDay: number | null;
  readyPerDay: number | null;
  /** Discharges per day against an ordinary weekday (Monday–Friday) of the same municipality, in percent. */
  dischargesPctOfWeekday: number | null;
}

/** Averages per weekday (and for red days), in the order Monday … Sunday, red days last. */
export function weekdayPattern(sums: readonly WeekdaySums[]): WeekdayAverage[] {
  const byCategory = new Map(sums.map((entry) => [entry.category, entry]));
  const weekdays = [1, 2, 3, 4, 5].flatMap((category) => byCategory.get(category as WeekdayCategory) ?? []);
  const weekdayDays = weekdays.reduce((total, entry) => total + entry.days, 0);
  const weekdayAverage = weekdayDays > 0 ? weekdays.reduce((total, entry) => total + entry.discharges, 0) / weekdayDays : null;
  return WEEKDAY_CATEGORIES.map((category) => {
    const entry = byCategory.get(category) ?? { category, days: 0, discharges: 0, readyForDischarge: 0 };
    const perDay = entry.days > 0 ? entry.discharges / entry.days : null;
    return {
      ...entry,
      weekend: category === 6 || category === 7,
      holiday: category === 0,
      dischargesPerDay: perDay === null ? null : round1(perDay),
      readyPerDay: entry.days > 0 ? round1(entry.readyForDischarge / entry.days) : null,
      dischargesPctOfWeekday: perDay !== null && weekdayAverage ? Math.round((perDay / weekdayAverage) * 100) : null,
    };
  });
}
