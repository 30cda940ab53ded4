import { z } from 'zod';
import { FORECAST_MAX_DAYS, PLANNED_CAPACITY_MODES } from '../domain/forecast.js';
import { count, expectedVersion, isoDate, shortText, versionStamp } from './fields.js';

/** `?asOf=YYYY-MM-DD&days=N`: the last day the forecast may use (default today) and how many days ahead (default 14). */
export const forecastQuerySchema = z.object({
  asOf: isoDate().optional(),
  days: z.coerce
    .number({ error: 'validation.forecastDays' })
    .int({ error: 'validation.forecastDays' })
    .min(1, { error: 'validation.forecastDays' })
    .max(FORECAST_MAX_DAYS, { error: 'validation.forecastDays' })
    .optional(),
});
export type ForecastQuery = z.output<typeof forecastQuerySchema>;

const mode = () => z.enum(PLANNED_CAPACITY_MODES, { error: 'validation.plannedMode' });

/**
 * A planned change to a short-term unit's places from a day on (the day is in the path): `add`
 * places more, or `set` the places to a number. Adding nothing is no change.
 */
export const plannedCapacityInputSchema = z
  .strictObject(
    {
      mode: mode(),
      places: count(),
      // An empty note is no note.
      note: shortText()
        .nullish()
        .transform((text) => text || null),
      // The version the change was read at: 0 for a new one.
      expectedVersion: expectedVersion(),
    },
    { error: 'validation.unknownField' },
  )
  .superRefine((input, ctx) => {
    if (input.mode === 'add' && input.places === 0) {
      ctx.addIssue({ code: 'custom', path: ['places'], message: 'validation.plannedAddNone' });
    }
  });
export type PlannedCapacityInput = z.output<typeof plannedCapacityInputSchema>;

/** Withdrawing a planned change: no body, or the version it was read at. */
export const plannedCapacityWithdrawSchema = z
  .strictObject({ expectedVersion: expectedVersion() }, { error: 'validation.unknownField' })
  .optional()
  .transform((input) => input ?? {});
export type PlannedCapacityWithdrawInput = z.output<typeof plannedCapacityWithdrawSchema>;

/** One version of one planned change, as stored; a withdrawn change keeps its figures and says so. */
export const plannedCapacityChangeSchema = z.object({
  unitId: z.string(),
  /** The first day the change applies. */
  date: z.string(),
  mode: mode(),
  places: count(),
  note: z.string().nullable(),
  withdrawn: z.boolean(),
  ...versionStamp,
});
