// How few discharges the holidays of earlier years had, day by day, beside ordinary weekdays, and
// what that pattern expects this year. Pure: the server gives it the days and the figures.

/** One earlier year of a period: its days aligned with this year's, and its ordinary weekdays before the period. */
export interface ComparisonYear {
  year: number;
  /** The matching day of each of this year's period days (null where that year had none). */
  days: readonly (string | null)[];
  /** Working days (not weekends, not red days) in the weeks before that year's period: the baseline. */
  ordinaryDays: readonly string[];
}

export interface HolidayComparisonInput {
  /** This year's days of the period. */
  days: readonly string[];
  years: readonly ComparisonYear[];
  /** This year's recent working days before the period: today's level of an ordinary weekday. */
  recentOrdinaryDays: readonly string[];
  /** The municipality's discharges per day, for the days it has flows (a day without is unknown, not 0). */
  discharges: ReadonlyMap<string, number>;
}

export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  /** How many days the figures come from. */
  days: number;
}

export interface DayComparison {
  date: string;
  /** The matching day of each earlier year and its discharges (null: no such day, or not reported). */
  past: { year: number; date: string | null; discharges: number | null }[];
  /** Median and range of the earlier years' discharges on the matching day. */
  spread: Spread;
  /** The matching days' discharges as a share of an ordinary weekday of the same year (median over years). */
  shareOfOrdinary: number | null;
  /** Expected discharges this year: that share of this year's ordinary weekday (or the median when the level is unknown). */
  expected: number | null;
  /** This year's discharges on the day, once reported. */
  actual: number | null;
}

export interface HolidayComparison {
  /** Ordinary weekdays before the period in the earlier years, pooled. */
  ordinary: Spread;
  /** Ordinary weekdays before the period this year. */
  current: Spread;
  days: DayComparison[];
  /** Discharges over the whole period in each earlier year; null where a day was not reported. */
  yearTotals: { year: number; total: number | null }[];
  /** Sum of the expected discharges, null when any day has no expectation. */
  expectedTotal: number | null;
}

/** The median of some numbers (the mean of the middle two for an even count), null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function spreadOf(values: readonly number[]): Spread {
  return {
    median: median(values),
    min: values.length > 0 ? Math.min(...values) : null,
    max: values.length > 0 ? Math.max(...values) : null,
    days: values.length,
  };
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

function valuesOn(days: readonly (string | null)[], discharges: ReadonlyMap<string, number>): number[] {
  return days.flatMap((day) => {
    const value = day === null ? undefined : discharges.get(day);
    return value === undefined ? [] : [value];
  });
}

export function compareHoliday(input: HolidayComparisonInput): HolidayComparison {
  const { discharges } = input;
  const ordinaryByYear = new Map(input.years.map((year) => [year.year, median(valuesOn(year.ordinaryDays, discharges))]));
  const current = spreadOf(valuesOn(input.recentOrdinaryDays, discharges));

  const days = input.days.map((date, index): DayComparison => {
    const past = input.years.map((year) => {
      const day = year.days[index] ?? null;
      const value = day === null ? undefined : discharges.get(day);
      return { year: year.year, date: day, discharges: value ?? null };
    });
    const known = past.flatMap((entry) => (entry.discharges === null ? [] : [entry.discharges]));
    const shares = past.flatMap((entry) => {
      const ordinary = ordinaryByYear.get(entry.year);
      return entry.discharges === null || !ordinary ? [] : [entry.discharges / ordinary];
    });
    const share = median(shares);
    const spread = spreadOf(known);
    const expected = share !== null && current.median !== null ? share * current.median : spread.median;
    return {
      date,
      past,
      spread,
      shareOfOrdinary: share === null ? null : Math.round(share * 100) / 100,
      expected: expected === null ? null : round1(expected),
      actual: discharges.get(date) ?? null,
    };
  });

  const yearTotals = input.years.map((year, position) => {
    const values = days.map((day) => day.past[position]?.discharges ?? null);
    return {
      year: year.year,
      total: values.some((value) => value === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0),
    };
  });
  const expectedTotal = days.some((day) => day.expected === null)
    ? null
    : round1(days.reduce((sum, day) => sum + (day.expected ?? 0), 0));

  return {
    ordinary: spreadOf(input.years.flatMap((year) => valuesOn(year.ordinaryDays, discharges))),
    current,
    days,
    yearTotals,
    expectedTotal,
  };
}
