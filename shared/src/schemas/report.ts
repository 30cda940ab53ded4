import { z } from 'zod';
import { STAFFING_LEVELS } from '../domain/units.js';
import { count, expectedVersion, optionalCount, orNull, shortText, versionStamp } from './fields.js';

export const dischargesByDestinationSchema = z.strictObject(
  { home: count(), shortTerm: count(), nursingHome: count(), other: count() },
  { error: 'validation.unknownField' },
);

/**
 * The figures of one unit for one reporting day: the one definition of a report's fields. The
 * entry form and the server validate with it; the stored report (`reportSchema`, the `Report`
 * type), the table definition (server/src/reports/report-row.ts), the export and the demo data
 * follow from it. Optional figures come out as null when left out. See docs/adding-a-field.md.
 */
export const reportValuesSchema = z.strictObject(
  {
    capacity: count(),
    occupied: count(),
    surgeCapacity: optionalCount(),
    admissions: count(),
    discharges: count(),
    dischargesByDestination: orNull(dischargesByDestinationSchema),
    staffing: z.enum(STAFFING_LEVELS, {
      error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.staffing'),
    }),
    sickLeavePct: orNull(
      z.number({ error: 'validation.percent' }).min(0, { error: 'validation.percent' }).max(100, { error: 'validation.percent' }),
    ),
    covidPatients: optionalCount(),
    // Beds a hospital ward has but cannot staff ("stängda vårdplatser"): what "saknas ca 20
    // vårdplatser" in the minutes becomes as a figure with a trend.
    closedBeds: optionalCount(),
    // An empty comment is no comment.
    comment: shortText()
      .nullish()
      .transform((text) => text || null),
  },
  { error: 'validation.unknownField' },
);

function checkReportRules(
  values: {
    capacity: number;
    surgeCapacity: number | null;
    discharges: number;
    dischargesByDestination: { home: number; shortTerm: number; nursingHome: number; other: number } | null;
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

export const reportInputSchema = reportValuesSchema.extend({ expectedVersion: expectedVersion() }).superRefine(checkReportRules);

/** The same rules without `expectedVersion`, for the entry form. */
export const reportFormSchema = reportValuesSchema.superRefine(checkReportRules);

/** One version of one unit's figures for one reporting day, as stored and answered. */
export const reportSchema = reportValuesSchema.extend({ unitId: z.string(), date: z.string(), ...versionStamp });

/** The figures as stored: optional ones are null when not given. */
export type ReportValues = z.output<typeof reportValuesSchema>;
/** The figures as they may be sent: optional ones may be left out. */
export type ReportValuesInput = z.input<typeof reportValuesSchema>;
export type ReportInput = z.output<typeof reportInputSchema>;
/** A report's figure fields, e.g. `capacity` or `sickLeavePct`. */
export type ReportField = keyof ReportValues;
