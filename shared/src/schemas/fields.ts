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

export const optionalCount = () => count().nullish();

export const isoDate = () => z.string({ error: requiredOr('validation.date') }).refine(isIsoDate, { error: 'validation.date' });

export const shortText = (max = 1000) => z.string({ error: 'validation.text' }).trim().max(max, { error: 'validation.text' });
