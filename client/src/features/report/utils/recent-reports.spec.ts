import { findOutliers } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { report } from '../../../test/factories';
import { recentValuesFromReports, recentWindow } from './recent-reports';

const DATE = '2025-11-24';

describe('recentValuesFromReports', () => {
  it('asks for the 14 days before the reporting day, as the server checks', () => {
    expect(recentWindow(DATE)).toEqual({ from: '2025-11-10', to: '2025-11-23' });
  });

  it('keeps the unit’s own earlier days only, so each of two units is checked by itself', () => {
    const angen = [20, 21, 19, 20].map((occupied, index) => report({ unitId: 'angen', date: `2025-11-2${index}`, occupied }));
    const today = report({ unitId: 'angen', date: DATE, occupied: 200 });
    const tooOld = report({ unitId: 'angen', date: '2025-11-01', occupied: 900 });
    const values = recentValuesFromReports([tooOld, ...angen, today], DATE);
    expect(values.map((value) => value.occupied)).toEqual([20, 21, 19, 20]);
    expect(findOutliers({ occupied: 140 }, values)).toEqual([{ field: 'occupied', value: 140, recentMin: 19, recentMax: 21 }]);
    expect(findOutliers({ occupied: 22 }, values)).toEqual([]);
  });

  it('has nothing to compare with while the reports are unknown', () => {
    expect(recentValuesFromReports(undefined, DATE)).toEqual([]);
  });
});
