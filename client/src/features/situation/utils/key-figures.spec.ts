import { computeTotals } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { organization, report, unit } from '../../../test/factories';
import { buildKeyFigures } from './key-figures';

const today = computeTotals('2025-11-24', [
  organization({ units: [unit({ report: report({ capacity: 40, occupied: 30 }) })] }),
]).estimated;
const yesterday = computeTotals('2025-11-23', [
  organization({ units: [unit({ report: report({ date: '2025-11-23', capacity: 40, occupied: 34 }) })] }),
]).estimated;

describe('buildKeyFigures', () => {
  it('gives values with the change since yesterday', () => {
    const figures = buildKeyFigures(today, yesterday, 'absolute', 60_000);
    const occupied = figures.find((figure) => figure.id === 'municipalOccupied');
    const occupancy = figures.find((figure) => figure.id === 'municipalOccupancy');
    expect(occupied).toMatchObject({ value: 30, of: 40, change: -4 });
    expect(occupancy).toMatchObject({ value: 75, change: -10, unit: 'percent' });
  });

  it('scales counts, not percentages, per 10 000 inhabitants', () => {
    const figures = buildKeyFigures(today, null, 'per10k', 60_000);
    expect(figures.find((figure) => figure.id === 'municipalOccupied')).toMatchObject({ value: 5, of: 6.7, change: null });
    expect(figures.find((figure) => figure.id === 'municipalOccupancy')?.value).toBe(75);
  });
});
