import { describe, expect, it } from 'vitest';
import { reportFormSchema } from './report.js';

const valid = { capacity: 16, occupied: 18, admissions: 2, discharges: 1, staffing: 'strained' };

describe('reportFormSchema', () => {
  it('accepts occupied above capacity', () => {
    expect(reportFormSchema.safeParse(valid).success).toBe(true);
  });

  it('gives message keys the client translates', () => {
    const result = reportFormSchema.safeParse({ ...valid, capacity: 3.5, surgeCapacity: 2, staffing: undefined });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toEqual({ capacity: 'validation.wholeNumber', staffing: 'validation.required' });
  });

  it('requires surge capacity to be at least the capacity', () => {
    const result = reportFormSchema.safeParse({ ...valid, surgeCapacity: 10 });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['surgeCapacity', 'validation.surgeBelowCapacity'],
    ]);
  });
});
