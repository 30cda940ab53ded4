import { describe, expect, it } from 'vitest';
import { lastDays, MAX_PERIOD_DAYS, periodProblem } from './period.js';

describe('periodProblem', () => {
  it('allows two years, both ends included, and nothing longer', () => {
    expect(MAX_PERIOD_DAYS).toBe(731);
    expect(periodProblem('2024-11-23', '2026-11-23')).toBeNull(); // 731 days
    expect(periodProblem('2024-11-22', '2026-11-23')).toBe('validation.range'); // 732 days
  });

  it('allows a single day and refuses a reversed period', () => {
    expect(periodProblem('2026-11-23', '2026-11-23')).toBeNull();
    expect(periodProblem('2026-11-23', '2026-11-22')).toBe('validation.periodOrder');
  });
});

describe('lastDays', () => {
  it('ends on the given day and counts it', () => {
    expect(lastDays(30, '2026-11-23')).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(lastDays(1, '2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-23' });
  });
});
