import { z } from 'zod';
import { STAFFING_LEVELS } from '../domain/units.js';
import { count, optionalCount, shortText } from './fields.js';

export const dischargesByDestinationSchema = z.strictObject(
  { home: count(), shortTerm: count(), nursingHome: count(), other: count() },
  { error: 'validation.unknownField' },
);

/** The figures of one unit for one reporting day. */
export const reportValuesSchema = z.strictObject(
  {
    capacity: count(),
    occupied: count(),
    surgeCapacity: optionalCount(),
    admissions: count(),
    discharges: count(),
    dischargesByDestination: dischargesByDestinationSchema.nullish(),
    staffing: z.enum(STAFFING_LEVELS, {
      error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.staffing'),
    }),
    sickLeavePct: z
      .number({ error: 'validation.percent' })
      .min(0, { error: 'validation.percent' })
      .max(100, { error: 'validation.percent' })
      .nullish(),
    covidPatients: optionalCount(),
    comment: shortText().nullish(),
  },
  { error: 'validation.unknownField' },
);

function checkReportRules(
  values: {
    capacity: number;
    surgeCapacity?: number | null | undefined;
    discharges: number;
    dischargesByDestination?: { home: number; shortTerm: number; nursingHome: number; other: number } | null | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (values.surgeCapacity != null && values.surgeCapacity < values.capacity) {
    ctx.addIssue({ code: 'custom', path: ['surgeCapacity'], message: 'validation.surgeBelowCapacity' });
  }
  const destinations = values.dischargesByDestination;
  if (destinations) {
    const sum = destinations.home + destinations.shortTerm + destinations.nursingHome + destinations.other;
    if (sum !== values.discharges) {
      ctx.addIssue({ code: 'custom', path: ['dischargesByDestination'], message: 'validation.destinationSum' });
    }
  }
}

export const reportInputSchema = reportValuesSchema
  .extend({
    expectedVersion: z
      .number({ error: 'validation.version' })
      .int({ error: 'validation.version' })
      .min(1, { error: 'validation.version' })
      .optional(),
  })
  .superRefine(checkReportRules);

/** The same rules without `expectedVersion`, for the entry form. */
export const reportFormSchema = reportValuesSchema.superRefine(checkReportRules);

export type ReportValues = z.infer<typeof reportValuesSchema>;
export type ReportInput = z.infer<typeof reportInputSchema>;
