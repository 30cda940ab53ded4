import { describe, expect, it } from 'vitest';
import type { OriginForecasts } from './backtest.js';
import { flowRun, holtWintersRun, seasonalNaiveRun } from './models.js';
import { flowDrivenSeries } from './testing/synthetic.js';

const firstOrigin = 30;
const horizon = 14;
const row = (forecasts: OriginForecasts, origin: number) =>
  Array.from(
    forecasts.values.subarray((origin - forecasts.firstOrigin) * horizon, (origin - forecasts.firstOrigin + 1) * horizon),
  );

describe('backtest forecasts use nothing after their origin', () => {
  const original = flowDrivenSeries(200, 4);
  const origin = 120;
  // Everything after the origin replaced by other figures.
  const changed = Object.fromEntries(
    Object.entries(original).map(([key, values]) => [key, values.map((value, t) => (t > origin ? value * 3 + 7 : value))]),
  ) as typeof original;

  it.each([
    ['seasonal naive', (series: typeof original) => seasonalNaiveRun(series.occupied, firstOrigin, horizon).backtest],
    [
      'Holt-Winters with trend',
      (series: typeof original) => holtWintersRun(series.occupied, firstOrigin, horizon, true).backtest,
    ],
    [
      'Holt-Winters without trend',
      (series: typeof original) => holtWintersRun(series.occupied, firstOrigin, horizon, false).backtest,
    ],
    [
      'flow model',
      (series: typeof original) => {
        const run = flowRun(series, firstOrigin, horizon);
        if (!run.ok) throw new Error(run.reason);
        return run.backtest;
      },
    ],
  ])('%s', (_name, backtest) => {
    const before = backtest(original);
    const after = backtest(changed);
    expect(row(after, origin)).toEqual(row(before, origin));
    expect(row(after, origin - 20)).toEqual(row(before, origin - 20));
    // And the change is seen from the next origin on: the check would notice a model that ignores data.
    expect(row(after, origin + 1)).not.toEqual(row(before, origin + 1));
  });
});
