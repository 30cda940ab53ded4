import {
  holidayPlanInputSchema,
  type HolidayMunicipality,
  type HolidayPeriodInput,
  type HolidayView,
  type PlanDayInput,
  type StoredPlanDay,
} from '@lagesbild/shared';
import { fieldErrorsFromIssues, type FieldErrors } from '../../../lib/field-errors';
import { parseNumber } from '../../../lib/parse-number';

/** Trygg hemgång on a day: open, closed, or not decided yet. */
export type TryggHemgang = 'open' | 'closed' | '';

/** One day of a municipality's grid, as typed. */
export interface PlanDayState {
  date: string;
  caseworkers: string;
  tryggHemgang: TryggHemgang;
  phone: string;
  /** The stored version the row was read at: 0 for none. */
  version: number;
}

export function dayStateFrom(date: string, stored: StoredPlanDay | undefined): PlanDayState {
  return {
    date,
    caseworkers: stored?.caseworkers == null ? '' : String(stored.caseworkers),
    tryggHemgang: stored?.tryggHemgang == null ? '' : stored.tryggHemgang ? 'open' : 'closed',
    phone: stored?.phone ?? '',
    version: stored?.version ?? 0,
  };
}

/** The grid of a municipality for the view's days, from what is stored. */
export function gridFrom(view: Pick<HolidayView, 'days'>, municipality: Pick<HolidayMunicipality, 'plan'>): PlanDayState[] {
  const stored = new Map(municipality.plan.map((day) => [day.date, day]));
  return view.days.map((day) => dayStateFrom(day.date, stored.get(day.date)));
}

function sameDay(a: PlanDayState, b: PlanDayState): boolean {
  return a.caseworkers.trim() === b.caseworkers.trim() && a.tryggHemgang === b.tryggHemgang && a.phone.trim() === b.phone.trim();
}

/** The rows that differ from what was read: only those are sent. */
export function changedDays(grid: readonly PlanDayState[], read: readonly PlanDayState[]): PlanDayState[] {
  return grid.filter((day, index) => {
    const original = read[index];
    return !original || !sameDay(day, original);
  });
}

export type PlanValidation =
  | { ok: true; days: PlanDayInput[] }
  /** Errors by grid row index and field, as the server would name them (`days.3.phone`). */
  | { ok: false; errors: FieldErrors };

/**
 * The changed rows as the PUT sends them, judged by the schema the server judges with, so the grid
 * and a 400 never disagree. Errors are keyed by the row's index in the whole grid.
 */
export function validateDays(
  period: HolidayPeriodInput,
  grid: readonly PlanDayState[],
  changed: readonly PlanDayState[],
): PlanValidation {
  const body = {
    period,
    days: changed.map((day) => ({
      date: day.date,
      caseworkers: day.caseworkers.trim() === '' ? null : parseNumber(day.caseworkers),
      tryggHemgang: day.tryggHemgang === '' ? null : day.tryggHemgang === 'open',
      phone: day.phone.trim() === '' ? null : day.phone,
      expectedVersion: day.version,
    })),
  };
  const parsed = holidayPlanInputSchema.safeParse(body);
  if (parsed.success) return { ok: true, days: parsed.data.days };
  return { ok: false, errors: rekey(fieldErrorsFromIssues(parsed.error.issues), grid, changed) };
}

/** `days.N.field` of the sent rows → `days.M.field` of the grid's rows. */
export function rekey(errors: FieldErrors, grid: readonly PlanDayState[], changed: readonly PlanDayState[]): FieldErrors {
  const rekeyed: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^days\.(\d+)\.(.+)$/.exec(path);
    const sent = match ? changed[Number(match[1])] : undefined;
    const index = sent ? grid.findIndex((day) => day.date === sent.date) : -1;
    rekeyed[index >= 0 && match ? `days.${index}.${match[2]}` : path] = message;
  }
  return rekeyed;
}

/** How a municipality stands on one day of the county's plan. */
export interface CountyCell {
  date: string;
  expected: number | null;
  plan: StoredPlanDay | null;
  /** Discharges are expected and nobody has been declared on duty (none planned, or 0). */
  gap: boolean;
}

/** A municipality's row in the county's plan: its days, and how many of them are planned. */
export interface CountyRow {
  code: string;
  name: string;
  cells: CountyCell[];
  planned: number;
  gaps: number;
}

/** The county's plan at a glance: who is staffed when, against expected discharges. */
export function countyRows(view: HolidayView): CountyRow[] {
  return view.municipalities.map((municipality) => {
    const plans = new Map(municipality.plan.map((day) => [day.date, day]));
    const cells = municipality.comparison.days.map((day): CountyCell => {
      const plan = plans.get(day.date) ?? null;
      const expected = day.expected;
      return { date: day.date, expected, plan, gap: (expected ?? 0) >= 1 && !plan?.caseworkers };
    });
    return {
      code: municipality.code,
      name: municipality.name,
      cells,
      planned: cells.filter((cell) => cell.plan !== null).length,
      gaps: cells.filter((cell) => cell.gap).length,
    };
  });
}
