import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js';
import { z } from 'zod';
import { expectedVersion, isoDate, optionalCount, orNull, versionStamp } from './fields.js';

/**
 * The periods the holiday view plans for: the big holidays ("storhelger"), every red day of a year,
 * or any dates. The days of each (and which day of an earlier year matches which) are the rule in
 * shared/src/rules/holiday-periods.ts, which the server applies; the client only names them.
 */
export const HOLIDAY_PERIOD_KINDS = ['christmas', 'easter', 'ascension', 'midsummer', 'redDays', 'custom'] as const;
export type HolidayPeriodKind = (typeof HOLIDAY_PERIOD_KINDS)[number];

/** The longest "any dates" period: a whole summer. */
export const MAX_CUSTOM_PERIOD_DAYS = 92;

const periodKind = () => z.enum(HOLIDAY_PERIOD_KINDS, { error: 'validation.holidayPeriod' });
const year = () =>
  z.coerce
    .number({ error: 'validation.year' })
    .int({ error: 'validation.year' })
    .min(2000, { error: 'validation.year' })
    .max(2100, {
      error: 'validation.year',
    });

/** A period as asked for: a kind and a year, or (custom) its first and last day. */
export const holidayPeriodSchema = z.strictObject(
  { kind: periodKind(), year: year().optional(), from: isoDate().optional(), to: isoDate().optional() },
  { error: 'validation.unknownField' },
);
export type HolidayPeriodInput = z.output<typeof holidayPeriodSchema>;

/** The holiday view's query: `?period=christmas&year=2026`, or `?period=custom&from=…&to=…`. */
export const holidayQuerySchema = z.object({
  period: periodKind().default('christmas'),
  year: year().optional(),
  from: isoDate().optional(),
  to: isoDate().optional(),
});
export type HolidayQuery = z.output<typeof holidayQuerySchema>;

/** A phone number as people write it (070-123 45 67, +46 23 12 34 56), stored in the national format. */
export const phoneNumber = () =>
  z
    .string({ error: 'validation.phone' })
    .trim()
    .max(40, { error: 'validation.phone' })
    .refine((value) => isValidPhoneNumber(value, 'SE'), { error: 'validation.phone' })
    .transform((value) => parsePhoneNumberWithError(value, 'SE').formatNational());

/**
 * A municipality's declared staffing for one day of a holiday period: caseworkers on duty
 * (biståndshandläggare i tjänst), whether Trygg hemgång is open, and the number to call. Each may
 * be left out (not yet decided), read back as null.
 */
const planFigures = {
  caseworkers: optionalCount(),
  tryggHemgang: orNull(z.boolean({ error: 'validation.yesNo' })),
  phone: orNull(phoneNumber()),
};
export type PlanField = keyof typeof planFigures;
export const PLAN_FIELDS = Object.keys(planFigures) as readonly PlanField[];

export const planDaySchema = z.strictObject(
  {
    date: isoDate(),
    ...planFigures,
    // The version of this day the grid was read at: 0 when it had none.
    expectedVersion: expectedVersion(),
  },
  { error: 'validation.unknownField' },
);

export const holidayPlanInputSchema = z
  .strictObject(
    {
      period: holidayPeriodSchema,
      days: z
        .array(planDaySchema, { error: 'validation.rowsRequired' })
        .min(1, { error: 'validation.rowsRequired' })
        .max(MAX_CUSTOM_PERIOD_DAYS + 1, { error: 'validation.tooLarge' }),
    },
    { error: 'validation.unknownField' },
  )
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.days.forEach((day, index) => {
      if (seen.has(day.date)) ctx.addIssue({ code: 'custom', path: ['days', index, 'date'], message: 'validation.duplicateDay' });
      seen.add(day.date);
    });
  });

export type PlanDayInput = z.output<typeof planDaySchema>;
export type HolidayPlanInput = z.output<typeof holidayPlanInputSchema>;

/** One municipality's plan for one day, as stored and answered (every version kept). */
export const storedPlanDaySchema = z.object({
  municipalityCode: z.string(),
  date: z.string(),
  caseworkers: z.number().nullable(),
  tryggHemgang: z.boolean().nullable(),
  phone: z.string().nullable(),
  ...versionStamp,
});
export type StoredPlanDay = z.output<typeof storedPlanDaySchema>;
