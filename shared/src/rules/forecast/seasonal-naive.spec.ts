import { describe, expect, it } from 'vitest';
import { seasonalNaive } from './seasonal-naive.js';

describe('seasonal naive (weekly), by hand', () => {
  const firstWeek = [10, 12, 11, 13, 15, 9, 8];
  const lastWeek = [11, 12, 12, 14, 16, 10, 7];

  it('repeats the same weekday of the last week, and again the week after', () => {
    expect(seasonalNaive([...firstWeek, ...lastWeek], 9)).toEqual([11, 12, 12, 14, 16, 10, 7, 11, 12]);
  });

  it('from an earlier origin it uses nothing after that day', () => {
    // Origin = day 9 (Wednesday of week 2): the last seven days known are 13 15 9 8 11 12 12.
    expect(seasonalNaive([...firstWeek, ...lastWeek], 3, 7, 9)).toEqual([13, 15, 9]);
  });

  it('needs a whole week', () => {
    expect(() => seasonalNaive([1, 2, 3], 1)).toThrow(RangeError);
  });
});
