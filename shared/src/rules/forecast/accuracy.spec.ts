import { describe, expect, it } from 'vitest';
import { mase, maseScale, meanAbsolute, quantile, SortedWindow } from './accuracy.js';

describe('MASE with a weekly season (m = 7), by hand', () => {
  // Two weeks of a small unit, zeros included (MAPE would divide by them).
  const history = [4, 0, 2, 5, 1, 0, 3, 6, 0, 4, 5, 2, 0, 1];

  it('scales by the mean absolute one-step seasonal naive error of the history', () => {
    // |6−4| + |0−0| + |4−2| + |5−5| + |2−1| + |0−0| + |1−3| = 2+0+2+0+1+0+2 = 7, over 7 days.
    expect(maseScale(history, 7)).toBe(1);
  });

  it('is the mean absolute error divided by that scale', () => {
    // Errors 2, −1, 0, −3: MAE = 6 / 4 = 1.5; scale 1 → MASE 1.5. Doubling the scale halves it.
    expect(meanAbsolute([2, -1, 0, -3])).toBe(1.5);
    expect(mase([2, -1, 0, -3], maseScale(history, 7))).toBe(1.5);
    expect(
      mase(
        [2, -1, 0, -3],
        maseScale(
          history.map((y) => 2 * y),
          7,
        ),
      ),
    ).toBe(0.75);
  });

  it('a flat history scores 0 when forecast exactly and Infinity otherwise', () => {
    const flat = Array.from({ length: 14 }, () => 3);
    expect(maseScale(flat, 7)).toBe(0);
    expect(mase([0, 0], 0)).toBe(0);
    expect(mase([1, 0], 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('empirical quantiles', () => {
  it('interpolate between order statistics as R quantile(type = 7) does', () => {
    // R: quantile(1:10, c(0.1, 0.5, 0.9)) = 1.9 5.5 9.1
    const values = [10, 3, 7, 1, 9, 2, 8, 4, 6, 5];
    expect(quantile(values, 0.1)).toBeCloseTo(1.9, 12);
    expect(quantile(values, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantile(values, 0.9)).toBeCloseTo(9.1, 12);
  });

  it('a sorted window forgets the oldest values beyond its size', () => {
    const window = new SortedWindow(4);
    for (const value of [100, -50, 3, 1, 4, 2]) window.push(value);
    // Keeps 3, 1, 4, 2.
    expect(window.size).toBe(4);
    expect(window.quantile(0)).toBe(1);
    expect(window.quantile(1)).toBe(4);
    expect(window.quantile(0.5)).toBe(2.5);
  });
});
