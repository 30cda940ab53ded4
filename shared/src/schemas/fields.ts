import { z } from 'zod';
import { isIsoDate } from '../rules/dates.js';

// A place count: whole, non-negative, and below anything a real unit could report.
export const MAX_COUNT = 100_000;

function requiredOr(key: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? 'validation.required' : key);
}

export const count = () =>
  z
    .number({ error: requiredOr('validation.wholeNumber') })
    .int({ error: 'validation.wholeNumber' })
    .min(0, { error: 'validation.wholeNumber' })
    .max(MAX_COUNT, { error: 'validation.tooLarge' });

/** A figure that may be left out: left out or null, it is stored (and answered) as null. */
export const orNull = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const optionalCount = () => orNull(count());

/** The version a write builds on: 0 for "nothing is stored yet", left out for "whatever is stored". */
export const expectedVersion = () =>
  z
    .number({ error: 'validation.version' })
    .int({ error: 'validation.version' })
    .min(0, { error: 'validation.version' })
    .optional();

/** What every stored version of a row carries besides its key and figures. */
export const versionStamp = {
  version: z.number().int().min(1),
  /** ISO timestamp of the save. */
  updatedAt: z.string(),
  updatedBy: z.string(),
};

export const isoDate = () => z.string({ error: requiredOr('validation.date') }).refine(isIsoDate, { error: 'validation.date' });

export const shortText = (max = 1000) => z.string({ error: 'validation.text' }).trim().max(max, { error: 'validation.text' });
