import { describe, expect, it } from 'vitest';
import { forecastQuerySchema, plannedCapacityInputSchema, plannedCapacityWithdrawSchema } from './forecast.js';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('forecastQuerySchema', () => {
  it('reads days from the query string, 1 to 28', () => {
    expect(forecastQuerySchema.parse({ asOf: '2026-03-01', days: '28' })).toEqual({ asOf: '2026-03-01', days: 28 });
    expect(forecastQuerySchema.parse({})).toEqual({});
    for (const days of ['0', '29', '-1', '1.5', 'abc', ''])
      expect(issues(forecastQuerySchema.safeParse({ days })), days).toEqual([['days', 'validation.forecastDays']]);
  });

  it('names a malformed asOf', () => {
    expect(issues(forecastQuerySchema.safeParse({ asOf: '2026-02-30' }))).toEqual([['asOf', 'validation.date']]);
  });
});

describe('plannedCapacityInputSchema', () => {
  it('"10 nya korttidsplatser" adds ten; "ökas till 18" sets eighteen; an empty note is none', () => {
    expect(plannedCapacityInputSchema.parse({ mode: 'add', places: 10, note: '  ' })).toEqual({
      mode: 'add',
      places: 10,
      note: null,
    });
    expect(plannedCapacityInputSchema.parse({ mode: 'set', places: 18, expectedVersion: 0 })).toEqual({
      mode: 'set',
      places: 18,
      note: null,
      expectedVersion: 0,
    });
  });

  it('refuses a negative or fractional count, adding nothing, an unknown mode and unknown fields', () => {
    expect(issues(plannedCapacityInputSchema.safeParse({ mode: 'add', places: -3 }))).toEqual([
      ['places', 'validation.wholeNumber'],
    ]);
    expect(issues(plannedCapacityInputSchema.safeParse({ mode: 'set', places: 2.5 }))).toEqual([
      ['places', 'validation.wholeNumber'],
    ]);
    expect(issues(plannedCapacityInputSchema.safeParse({ mode: 'add', places: 0 }))).toEqual([
      ['places', 'validation.plannedAddNone'],
    ]);
    expect(issues(plannedCapacityInputSchema.safeParse({ mode: 'remove', places: 2 }))).toEqual([
      ['mode', 'validation.plannedMode'],
    ]);
    expect(plannedCapacityInputSchema.parse({ mode: 'set', places: 0 }).places).toBe(0);
    expect(issues(plannedCapacityInputSchema.safeParse({ mode: 'set', places: 2, unitId: 'x' }))?.[0]?.[1]).toBe(
      'validation.unknownField',
    );
  });

  it('withdraws with no body or with the version read', () => {
    expect(plannedCapacityWithdrawSchema.parse(undefined)).toEqual({});
    expect(plannedCapacityWithdrawSchema.parse({ expectedVersion: 2 })).toEqual({ expectedVersion: 2 });
  });
});
