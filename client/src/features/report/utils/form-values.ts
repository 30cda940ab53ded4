import { reportFormSchema, type Report, type ReportValues, type Staffing } from '@lagesbild/shared';
import { parseNumber } from '../../../lib/parse-number';

export { fieldErrorsFromServer } from '../../../lib/field-errors';
export { parseNumber };

export const DESTINATIONS = ['home', 'shortTerm', 'nursingHome', 'other'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** What the inputs hold: text as typed, so "12,5" or "abc" can be judged by the shared schema. */
export interface UnitFormState {
  capacity: string;
  occupied: string;
  surgeCapacity: string;
  admissions: string;
  discharges: string;
  destinations: Record<Destination, string>;
  staffing: Staffing | '';
  sickLeavePct: string;
  covidPatients: string;
  comment: string;
}

export type TextField = Exclude<keyof UnitFormState, 'destinations' | 'staffing'>;

/**
 * Field path (as the schema and the server's 400 name it, e.g. `capacity` or
 * `dischargesByDestination`) → a message: a `validation.*` key, or a server text as is.
 */
export type FieldErrors = Record<string, string>;

const text = (value: number | null | undefined, decimalComma = false): string => {
  if (value == null) return '';
  return decimalComma ? String(value).replace('.', ',') : String(value);
};

/**
 * Prefill from a report: today's when there is one (a correction), else the last one
 * ("yesterday's values"). A comment belongs to its day, so only today's is carried in.
 */
export function formStateFrom(report: Report | null, isToday: boolean, decimalComma = true): UnitFormState {
  const destinations = report?.dischargesByDestination;
  return {
    capacity: text(report?.capacity),
    occupied: text(report?.occupied),
    surgeCapacity: text(report?.surgeCapacity),
    admissions: text(report?.admissions),
    discharges: text(report?.discharges),
    destinations: {
      home: text(destinations?.home),
      shortTerm: text(destinations?.shortTerm),
      nursingHome: text(destinations?.nursingHome),
      other: text(destinations?.other),
    },
    staffing: report?.staffing ?? '',
    sickLeavePct: text(report?.sickLeavePct, decimalComma),
    covidPatients: text(report?.covidPatients),
    comment: isToday ? (report?.comment ?? '') : '',
  };
}

// Optional fields left empty are sent as null, so that clearing a field in a correction clears it.
function optional(input: string): number | null {
  return parseNumber(input) ?? null;
}

/** The object the schema judges, built from the inputs. */
export function candidateFrom(state: UnitFormState): Record<string, unknown> {
  const given = DESTINATIONS.some((key) => state.destinations[key].trim() !== '');
  return {
    capacity: parseNumber(state.capacity),
    occupied: parseNumber(state.occupied),
    surgeCapacity: optional(state.surgeCapacity),
    admissions: parseNumber(state.admissions),
    discharges: parseNumber(state.discharges),
    dischargesByDestination: given
      ? Object.fromEntries(DESTINATIONS.map((key) => [key, parseNumber(state.destinations[key])]))
      : null,
    staffing: state.staffing === '' ? undefined : state.staffing,
    sickLeavePct: optional(state.sickLeavePct),
    covidPatients: optional(state.covidPatients),
    comment: state.comment.trim() === '' ? null : state.comment,
  };
}

export type UnitValidation = { ok: true; values: ReportValues } | { ok: false; errors: FieldErrors };

/** The same schema the server validates with, so the form and a 400 never disagree. */
export function validateUnit(state: UnitFormState): UnitValidation {
  const parsed = reportFormSchema.safeParse(candidateFrom(state));
  if (parsed.success) return { ok: true, values: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = fieldPath(issue.path);
    // The first problem per field is the one to fix first.
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

// `dischargesByDestination.home` is shown at its own input; rule issues sit on the group.
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

export function inputId(unitId: string, path: string): string {
  return `u-${unitId}-${path.replace(/\./g, '-')}`;
}
