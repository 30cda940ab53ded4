import { z } from 'zod';
import { count, optionalCount } from './fields.js';

/** The figures entered per municipality and day, in the order a spreadsheet usually has them (the total of discharges is derived). */
export const FLOW_INPUT_FIELDS = [
  'inpatients',
  'admissions',
  'dischargesHome',
  'dischargesShortTerm',
  'dischargesNursingHome',
  'dischargesOther',
  'readyForDischarge',
] as const;
export type FlowInputField = (typeof FLOW_INPUT_FIELDS)[number];

export const flowRowSchema = z
  .strictObject(
    {
      municipalityCode: z
        .string({ error: 'validation.municipalityCode' })
        .regex(/^\d{4}$/, { error: 'validation.municipalityCode' }),
      inpatients: count(),
      admissions: count(),
      discharges: optionalCount(),
      dischargesHome: count(),
      dischargesShortTerm: count(),
      dischargesNursingHome: count(),
      dischargesOther: count(),
      readyForDischarge: count(),
    },
    { error: 'validation.unknownField' },
  )
  .superRefine((row, ctx) => {
    const sum = row.dischargesHome + row.dischargesShortTerm + row.dischargesNursingHome + row.dischargesOther;
    if (row.discharges != null && row.discharges !== sum) {
      ctx.addIssue({ code: 'custom', path: ['discharges'], message: 'validation.destinationSum' });
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

export type FlowRowInput = z.infer<typeof flowRowSchema>;
export type FlowsInput = z.infer<typeof flowsInputSchema>;
