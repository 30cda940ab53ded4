import { describe, expect, it } from 'vitest';
import { findOutliers } from './outliers.js';

const history = (occupied: number[]) => occupied.map((value) => ({ occupied: value, capacity: 34 }));

describe('findOutliers', () => {
  it('flags 140 where the unit has reported around 14', () => {
    expect(findOutliers({ occupied: 140, capacity: 34 }, history([13, 14, 15, 14]))).toEqual([
      { field: 'occupied', value: 140, recentMin: 13, recentMax: 15 },
    ]);
  });

  it('flags a sudden drop to zero', () => {
    expect(findOutliers({ occupied: 0 }, history([30, 31, 32]))).toHaveLength(1);
  });

  it('does not flag ordinary movement, small units, or units without history', () => {
    expect(findOutliers({ occupied: 19 }, history([13, 14, 15, 14]))).toEqual([]);
    expect(findOutliers({ occupied: 6 }, history([1, 2, 1]))).toEqual([]);
    expect(findOutliers({ occupied: 500 }, history([14, 15]))).toEqual([]);
  });
});
