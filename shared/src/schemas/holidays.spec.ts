import { describe, expect, it } from 'vitest';
import { flowRowSchema } from './flows.js';
import { holidayPlanInputSchema } from './holidays.js';

const period = { kind: 'christmas', year: 2026 };
const codesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('holiday plan input', () => {
  it('takes phone numbers as people write them and stores them in the national format', () => {
    const parsed = holidayPlanInputSchema.parse({
      period,
      days: [
        { date: '2026-12-24', caseworkers: 2, tryggHemgang: true, phone: '+46 70 174 06 05' },
        { date: '2026-12-25', caseworkers: null, phone: '023-83 00 00' },
        { date: '2026-12-26' },
      ],
    });
    expect(parsed.days.map((day) => day.phone)).toEqual(['070-174 06 05', '023-83 00 00', null]);
    expect(parsed.days[1]).toMatchObject({ caseworkers: null, tryggHemgang: null });
  });

  it('refuses a negative count, a phone number that is not one, a yes/no that is not one, with the field named', () => {
    const result = holidayPlanInputSchema.safeParse({
      period,
      days: [
        { date: '2026-12-24', caseworkers: -1 },
        { date: '2026-12-25', phone: 'ring växeln' },
        { date: '2026-12-26', phone: '12345' },
        { date: '2026-12-27', tryggHemgang: 'ja' },
      ],
    });
    expect(codesOf(result)).toEqual({
      'days.0.caseworkers': 'validation.wholeNumber',
      'days.1.phone': 'validation.phone',
      'days.2.phone': 'validation.phone',
      'days.3.tryggHemgang': 'validation.yesNo',
    });
  });

  it('refuses the same day twice', () => {
    const twice = holidayPlanInputSchema.safeParse({
      period,
      days: [{ date: '2026-12-24' }, { date: '2026-12-24', caseworkers: 1 }],
    });
    expect(codesOf(twice)).toEqual({ 'days.1.date': 'validation.duplicateDay' });
  });

  it('refuses an unknown period', () => {
    expect(codesOf(holidayPlanInputSchema.safeParse({ period: { kind: 'sportlov' }, days: [{ date: '2026-12-24' }] }))).toEqual({
      'period.kind': 'validation.holidayPeriod',
    });
  });
});

describe('readmissions in flows', () => {
  const row = {
    municipalityCode: '2080',
    inpatients: 40,
    admissions: 8,
    dischargesHome: 5,
    dischargesShortTerm: 2,
    dischargesNursingHome: 1,
    dischargesOther: 0,
    readyForDischarge: 6,
  };

  it('are optional, read as null when left out', () => {
    expect(flowRowSchema.parse(row).readmissions).toBeNull();
    expect(flowRowSchema.parse({ ...row, readmissions: 8 }).readmissions).toBe(8);
  });

  it('can never exceed the admissions of the same day', () => {
    expect(codesOf(flowRowSchema.safeParse({ ...row, readmissions: 9 }))).toEqual({
      readmissions: 'validation.readmissionsAboveAdmissions',
    });
  });
});
