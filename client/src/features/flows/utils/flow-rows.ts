import { FLOW_INPUT_FIELDS, flowRowSchema, type FlowInputField, type FlowRowInput, type StoredFlowRow } from '@lagesbild/shared';
import { fieldErrorsFromIssues, type FieldErrors } from '../../../lib/field-errors';
import { parseNumber } from '../../../lib/parse-number';

/** The columns of the flows table: the figures entered per municipality. */
export const FLOW_FIELDS = FLOW_INPUT_FIELDS;
export type FlowField = FlowInputField;

/** What one municipality's inputs hold: text as typed, judged by the shared schema. */
export type FlowRowState = Record<FlowField, string>;

export const EMPTY_ROW: FlowRowState = Object.fromEntries(FLOW_FIELDS.map((field) => [field, ''])) as FlowRowState;

/** Prefill from today's row when there is one, else from the latest earlier one. */
export function rowStateFrom(row: StoredFlowRow | null): FlowRowState {
  if (!row) return { ...EMPTY_ROW };
  // An optional figure left out is stored as null: an empty box, not "null".
  return Object.fromEntries(FLOW_FIELDS.map((field) => [field, row[field] == null ? '' : String(row[field])])) as FlowRowState;
}

export function isBlank(state: FlowRowState): boolean {
  return FLOW_FIELDS.every((field) => state[field].trim() === '');
}

export type RowValidation = { ok: true; row: FlowRowInput } | { ok: false; errors: FieldErrors };

/** The schema the server judges with, so the table and a 400 never disagree. */
export function validateRow(municipalityCode: string, state: FlowRowState): RowValidation {
  const candidate = {
    municipalityCode,
    ...Object.fromEntries(FLOW_FIELDS.map((field) => [field, parseNumber(state[field])])),
  };
  const parsed = flowRowSchema.safeParse(candidate);
  return parsed.success ? { ok: true, row: parsed.data } : { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
}

/**
 * Cells copied from a spreadsheet arrive as tab-separated lines. Returns the grid, or null for a
 * single value (which the input takes as it is).
 */
export function parsePastedGrid(text: string): string[][] | null {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  if (lines.length === 1 && !lines[0]?.includes('\t')) return null;
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
}

export function cellId(municipalityCode: string, field: FlowField): string {
  return `flow-${municipalityCode}-${field}`;
}
