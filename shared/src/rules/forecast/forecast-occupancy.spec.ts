import { describe, expect, it } from 'vitest';
import { forecastOccupancy, requiredHistoryDays } from './forecast-occupancy.js';
import { flowDrivenSeries, seededRandom, weeklySeries } from './testing/synthetic.js';

const week = [2, 3, 3, 2, 0, -4, -6];
const steadyUnit = (days = 365, seed = 7) => weeklySeries(days, { level: 20, week, noise: 1.5, seed });

describe('forecastOccupancy', () => {
  it('forecasts the 14 days after asOf, each with an 80 % interval around it', () => {
    const result = forecastOccupancy({ asOf: '2026-03-01', occupied: steadyUnit() });
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.days.map((day) => day.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
    for (const day of result.days) {
      expect(day.low).toBeLessThanOrEqual(day.expected);
      expect(day.expected).toBeLessThanOrEqual(day.high);
      expect(day.low).toBeGreaterThanOrEqual(0);
    }
    // What the sentence on screen says: coverage and mean error over the last 90 days.
    expect(result.accuracy.evaluationDays).toBe(90);
    expect(result.accuracy.coverage).toBeGreaterThan(0.6);
    expect(result.accuracy.mae).toBeGreaterThan(0);
    expect(result.candidates.map((candidate) => [candidate.model, candidate.available])).toEqual([
      ['seasonalNaive', true],
      ['holtWinters', true],
      ['flow', false],
    ]);
  });

  it('forecasts up to 28 days, and needs more history for it', () => {
    const result = forecastOccupancy({ asOf: '2026-03-01', occupied: steadyUnit() }, { days: 28 });
    expect(result.status === 'ok' && result.days.length).toBe(28);
    expect(requiredHistoryDays({ days: 28 })).toBeGreaterThan(requiredHistoryDays({ days: 14 }));
  });

  it('chooses the flow model where occupancy follows the patients ready for discharge', () => {
    const flows = flowDrivenSeries(365, 1);
    const result = forecastOccupancy({ asOf: '2026-03-01', occupied: flows.occupied, flows });
    if (result.status !== 'ok') throw new Error(result.reason);
    expect(result.model).toBe('flow');
    expect(result.parameters.model === 'flow' && result.parameters.flow.lengthOfStay).toBeCloseTo(12, -0.5);
    expect(result.parameters.model === 'flow' && result.parameters.flow.shortTermShare).toBeCloseTo(0.3, 1);
  });

  it('the flow model competes on half a year of history too (the demo has 180 days)', () => {
    const flows = flowDrivenSeries(180, 1);
    const result = forecastOccupancy({ asOf: '2026-03-01', occupied: flows.occupied, flows });
    expect(result.candidates.find((candidate) => candidate.model === 'flow')?.available).toBe(true);
  });

  it('says why the flow model could not compete', () => {
    const flows = flowDrivenSeries(365, 2);
    const none = { ...flows, dischargesShortTerm: flows.dischargesShortTerm.map(() => 0) };
    const result = forecastOccupancy({ asOf: '2026-03-01', occupied: flows.occupied, flows: none });
    expect(result.candidates.find((candidate) => candidate.model === 'flow')).toEqual({
      model: 'flow',
      available: false,
      reason: 'noShortTermDischarges',
    });
  });

  describe('no forecast, and why', () => {
    it('too short: fewer days than the backtest needs, with how many it needs', () => {
      expect(forecastOccupancy({ asOf: '2026-03-01', occupied: steadyUnit(60) })).toMatchObject({
        status: 'none',
        reason: 'tooShort',
        detail: { historyDays: 60, requiredDays: 96 },
      });
      expect(forecastOccupancy({ asOf: '2026-03-01', occupied: [null, null] })).toMatchObject({
        status: 'none',
        reason: 'tooShort',
      });
    });

    it('no recent figures: nothing reported in the last days', () => {
      const occupied = [...steadyUnit(361), null, null, null, null];
      expect(forecastOccupancy({ asOf: '2026-03-01', occupied })).toMatchObject({
        status: 'none',
        reason: 'noRecentFigures',
        detail: { lastReported: '2026-02-25' },
      });
    });

    it('too many gaps: a quarter of the days missing', () => {
      const occupied = steadyUnit(364).map((value, t) => (t % 4 === 1 ? null : value));
      expect(forecastOccupancy({ asOf: '2026-03-01', occupied })).toMatchObject({
        status: 'none',
        reason: 'tooManyGaps',
        detail: { missingShare: 0.25 },
      });
    });

    it('a few silent days keep the last figure and still forecast', () => {
      const occupied = steadyUnit().map((value, t) => (t % 10 === 3 ? null : value));
      expect(forecastOccupancy({ asOf: '2026-03-01', occupied }).status).toBe('ok');
    });

    it('too noisy: figures that jump at random, far beyond the unit’s own history', () => {
      const random = seededRandom(3);
      const occupied = Array.from({ length: 365 }, (_, t) => (t < 270 ? 10 : Math.round(40 * random())));
      const result = forecastOccupancy({ asOf: '2026-03-01', occupied });
      expect(result).toMatchObject({ status: 'none', reason: 'tooNoisy' });
      expect(result.status === 'none' && result.detail.mase).toBeGreaterThan(2);
    });
  });

  it('uses only the days it is given: an earlier asOf is the same forecast whatever came after', () => {
    const occupied = steadyUnit();
    const early = forecastOccupancy({ asOf: '2026-01-31', occupied: occupied.slice(0, 334) });
    const again = forecastOccupancy({ asOf: '2026-01-31', occupied: occupied.slice(0, 334) });
    const later = forecastOccupancy({ asOf: '2026-03-01', occupied });
    expect(again).toEqual(early);
    expect(later).not.toEqual(early);
  });
});
