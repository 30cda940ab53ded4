import { z } from 'zod';
import { count, expectedVersion, optionalCount, versionStamp } from './fields.js';

/**
 * The figures entered per municipality and day, in the order a spreadsheet usually has them: the
 * one definition of a flow row's fields. The flows table's columns, the stored row (`StoredFlowRow`),
 * the table definition (server/src/flows/flow-row.ts) and history follow from it. The total of
 * discharges is derived from the four destinations. See docs/adding-a-field.md.
 */
const flowFigures = {
  inpatients: count(),
  admissions: count(),
  dischargesHome: count(),
  dischargesShortTerm: count(),
  dischargesNursingHome: count(),
  dischargesOther: count(),
  readyForDischarge: count(),
  // Återinskrivningar inom 30 dagar: admissions of patients discharged in the last 30 days, so a
  // part of `admissions`. Optional (older days and integrations that do not send it read null), and
  // last, so spreadsheets pasted in the earlier column order still fit.
  readmissions: optionalCount(),
};
export type FlowInputField = keyof typeof flowFigures;
export const FLOW_INPUT_FIELDS = Object.keys(flowFigures) as readonly FlowInputField[];

/** Total discharges: the sum over the destinations. */
export function totalDischarges(
  row: Pick<
    Record<FlowInputField, number>,
    'dischargesHome' | 'dischargesShortTerm' | 'dischargesNursingHome' | 'dischargesOther'
  >,
): number {
  return row.dischargesHome + row.dischargesShortTerm + row.dischargesNursingHome + row.dischargesOther;
}

const municipalityCode = () =>
  z.string({ error: 'validation.municipalityCode' }).regex(/^\d{4}$/, { error: 'validation.municipalityCode' });

export const flowRowSchema = z
  .strictObject(
    {
      municipalityCode: municipalityCode(),
      ...flowFigures,
      // May be sent (it is checked against the destinations), but is always derived.
      discharges: optionalCount(),
      // The version of this municipality's row the table was read at: 0 when it had none.
      expectedVersion: expectedVersion(),
    },
    { error: 'validation.unknownField' },
  )
  .superRefine((row, ctx) => {
    if (row.discharges != null && row.discharges !== totalDischarges(row)) {
      ctx.addIssue({ code: 'custom', path: ['discharges'], message: 'validation.destinationSum' });
    }
    if (row.readmissions != null && row.readmissions > row.admissions) {
      ctx.addIssue({ code: 'custom', path: ['readmissions'], message: 'validation.readmissionsAboveAdmissions' });
    }
  });

export const flowsInputSchema = z
  .strictObject(
    { rows: z.array(flowRowSchema, { error: 'validation.rowsRequired' }).min(1, { error: 'validation.rowsRequired' }).max(400) },
    { error: 'validation.unknownField' },
  )
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.rows.forEach((row, index) => {
      if (seen.has(row.municipalityCode)) {
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'municipalityCode'], message: 'validation.duplicateMunicipality' });
      }
      seen.add(row.municipalityCode);
    });
  });

/** One municipality's flows as stored and answered: the figures and their total of discharges. */
export const flowRowValuesSchema = z.object({ municipalityCode: z.string(), ...flowFigures, discharges: count() });

/** One version of one municipality's flows for one day. */
export const storedFlowRowSchema = flowRowValuesSchema.extend({ date: z.string(), ...versionStamp });

/** A flow row's figures as they may be given: an optional figure may be left out. */
export type FlowRowValuesInput = z.input<typeof flowRowValuesSchema>;
export type FlowRowInput = z.output<typeof flowRowSchema>;
export type FlowsInput = z.output<typeof flowsInputSchema>;
