import {
  reportFormSchema,
  reportValuesSchema,
  type Report,
  type ReportField,
  type ReportValues,
  type Staffing,
} from '@lagesbild/shared';
import { parseNumber } from '../../../lib/parse-number';

export { fieldErrorsFromServer } from '../../../lib/field-errors';
export { parseNumber };

export const DESTINATIONS = ['home', 'shortTerm', 'nursingHome', 'other'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** The figures typed as numbers: every field of the shared report schema but these three. */
export type NumberFieldName = Exclude<ReportField, 'dischargesByDestination' | 'staffing' | 'comment'>;
export const NUMBER_FIELDS = Object.keys(reportValuesSchema.shape).filter(
  (field): field is NumberFieldName => field !== 'dischargesByDestination' && field !== 'staffing' && field !== 'comment',
);

/**
 * What the inputs hold: text as typed, so "12,5" or "abc" can be judged by the shared schema. A
 * figure added to the schema is a text input here without further change.
 */
export type UnitFormState = Record<NumberFieldName, string> & {
  destinations: Record<Destination, string>;
  staffing: Staffing | '';
  comment: string;
};

export type TextField = NumberFieldName | 'comment';

/**
 * Field path (as the schema and the server's 400 name it, e.g. `capacity` or
 * `dischargesByDestination`) → a message: a `validation.*` key, or a server text as is.
 */
export type FieldErrors = Record<string, string>;

const text = (value: number | null | undefined, decimalComma: boolean): string => {
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
    ...(Object.fromEntries(NUMBER_FIELDS.map((field) => [field, text(report?.[field], decimalComma)])) as Record<
      NumberFieldName,
      string
    >),
    destinations: {
      home: text(destinations?.home, false),
      shortTerm: text(destinations?.shortTerm, false),
      nursingHome: text(destinations?.nursingHome, false),
      other: text(destinations?.other, false),
    },
    staffing: report?.staffing ?? '',
    comment: isToday ? (report?.comment ?? '') : '',
  };
}

/**
 * The object the schema judges, built from the inputs. An empty input is "not given": the schema
 * asks for it when it is required and makes it null when optional, so that clearing a field in a
 * correction clears it.
 */
export function candidateFrom(state: UnitFormState): Record<string, unknown> {
  const given = DESTINATIONS.some((key) => state.destinations[key].trim() !== '');
  return {
    ...Object.fromEntries(NUMBER_FIELDS.map((field) => [field, parseNumber(state[field])])),
    dischargesByDestination: given
      ? Object.fromEntries(DESTINATIONS.map((key) => [key, parseNumber(state.destinations[key])]))
      : null,
    staffing: state.staffing === '' ? undefined : state.staffing,
    comment: state.comment,
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
