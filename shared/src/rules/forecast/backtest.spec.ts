import { describe, expect, it } from 'vitest';
import { scoreBacktest } from './backtest.js';
import { forecastOccupancy } from './forecast-occupancy.js';
import { weeklySeries } from './testing/synthetic.js';

describe('rolling-origin backtest, by hand', () => {
  // y[t] = t mod 10, forecast 0 from every origin: the one-step error from origin o is (o + 1) mod 10.
  const history = Array.from({ length: 60 }, (_, t) => t % 10);
  const forecasts = { firstOrigin: 0, horizon: 1, values: new Float64Array(59) };
  const accuracy = scoreBacktest(history, forecasts, {
    horizon: 1,
    evaluationDays: 60,
    calibrationDays: 10,
    minCalibration: 10,
    coverage: 0.8,
  });

  it('scores every target with MAE and MASE (m = 7)', () => {
    // Errors 1 … 59 mod 10 sum to 270 over 59 targets. Seasonal differences y[t] − y[t−7] are
    // 7 (t mod 10 ≥ 7) or −3: 18 sevens and 35 threes over t = 7 … 59 → scale 231 / 53.
    expect(accuracy.errors).toBe(59);
    expect(accuracy.mae).toBeCloseTo(270 / 59, 12);
    expect(accuracy.mase).toBeCloseTo(270 / 59 / (231 / 53), 12);
  });

  it('builds the next interval from the 10 % and 90 % quantiles of the latest errors', () => {
    // The last ten errors are 0 … 9: quantiles (type 7) 0.9 and 8.1.
    expect(accuracy.horizons[0]!.low).toBeCloseTo(0.9, 12);
    expect(accuracy.horizons[0]!.high).toBeCloseTo(8.1, 12);
  });

  it('checks coverage only with errors known at each origin', () => {
    // From origin 10 on, the known errors are always a full 0 … 9 → interval [0.9, 8.1]; the
    // errors of origins 10 … 58 are 1 … 9, 0, … ending at 9: 40 of 49 lie within.
    expect(accuracy.scored).toBe(49);
    expect(accuracy.coverage).toBeCloseTo(40 / 49, 12);
  });
});

describe('backtest on a series with a known weekly season and noise', () => {
  // 20 places on average, a weekday pattern (full midweek, emptier at the weekend) and normal
  // noise of 1.5 places, rounded to whole places as reported. Five independent series.
  const week = [2, 3, 3, 2, 0, -4, -6];
  const results = [11, 12, 13, 14, 15].map((seed) =>
    forecastOccupancy({ asOf: '2026-03-01', occupied: weeklySeries(365, { level: 20, week, noise: 1.5, seed }) }),
  );

  it('the 80 % interval holds the outcome on about 80 % of the days checked', () => {
    const coverages = results.map((result) => (result.status === 'ok' ? result.accuracy.coverage! : Number.NaN));
    for (const coverage of coverages) {
      expect(coverage).toBeGreaterThan(0.7);
      expect(coverage).toBeLessThan(0.9);
    }
    const mean = coverages.reduce((a, b) => a + b, 0) / coverages.length;
    expect(mean).toBeGreaterThan(0.75);
    expect(mean).toBeLessThan(0.85);
  });

  it('the chosen model beats the seasonal naive benchmark and learns the week', () => {
    for (const result of results) {
      if (result.status !== 'ok') throw new Error(`no forecast: ${result.reason}`);
      const naive = result.candidates.find((candidate) => candidate.model === 'seasonalNaive');
      expect(naive?.available && result.accuracy.mase).toBeLessThan(naive?.available ? naive.accuracy.mase : 0);
      // Noise of 1.5 places: a model that has learnt level and week errs by about 1.2 places
      // (the mean absolute value of the noise), far less than the weekday swing of 9 places.
      expect(result.accuracy.mae).toBeLessThan(1.6);
      // Day t has pattern position t mod 7; asOf is t = 364 (position 0), so forecast day h has
      // position h mod 7: days 5 and 6 ahead are the empty ones (−4, −6), days 1–3 the full ones.
      const byDay = result.days.map((day) => day.expected);
      expect(Math.max(byDay[4]!, byDay[5]!)).toBeLessThan(Math.min(byDay[0]!, byDay[1]!, byDay[2]!) - 4);
    }
  });

  it('the interval widens, or at least does not narrow much, with the horizon', () => {
    for (const result of results) {
      if (result.status !== 'ok') continue;
      const width = (day: { low: number; high: number }) => day.high - day.low;
      expect(width(result.days[13]!)).toBeGreaterThan(width(result.days[0]!) * 0.8);
    }
  });
});
