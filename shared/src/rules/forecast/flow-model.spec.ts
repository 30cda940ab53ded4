import { describe, expect, it } from 'vitest';
import { estimateFlowParameters, type FlowHistory, flowForecast, type FlowParameters } from './flow-model.js';

const days = 70;
const steady = (overrides: Partial<FlowHistory> = {}): FlowHistory => ({
  occupied: Array.from({ length: days }, () => 20),
  readyForDischarge: Array.from({ length: days }, () => 5),
  discharges: Array.from({ length: days }, () => 10),
  dischargesShortTerm: Array.from({ length: days }, () => 2),
  ...overrides,
});

function parametersOf(history: FlowHistory): FlowParameters {
  const estimate = estimateFlowParameters(history, days - 1);
  if (!estimate.ok) throw new Error(estimate.reason);
  return estimate.parameters;
}

describe('flow model, by hand', () => {
  it('estimates length of stay by Little’s law, the short-term share and discharges per ready patient', () => {
    // Over 56 days: occupancy 20, 2 arrivals a day → L = 20 / 2 = 10 days; share 2 / 10;
    // 10 discharges a day from 5 ready the day before → 2 per ready patient.
    const estimate = estimateFlowParameters(steady(), days - 1);
    expect(estimate).toEqual({
      ok: true,
      parameters: {
        lengthOfStay: 10,
        shortTermShare: 0.2,
        dischargesPerReady: [2, 2, 2, 2, 2, 2, 2],
        meanDischarges: [10, 10, 10, 10, 10, 10, 10],
      },
    });
  });

  it('in balance, ready × rate × share × L stays where it is', () => {
    const history = steady();
    const parameters = parametersOf(history);
    // 20 × (1 − 1/10) + 0.2 × 2 × 5 = 18 + 2 = 20, every day.
    expect(flowForecast(history, days - 1, parameters, 5)).toEqual([20, 20, 20, 20, 20]);
  });

  it('more patients waiting today fill places tomorrow, then the stays drain them', () => {
    const history = steady();
    const parameters = parametersOf(history);
    const surge = { ...history, readyForDischarge: [...history.readyForDischarge.slice(0, -1), 10] };
    // Day 1: 20 × 0.9 + 0.2 × 2 × 10 = 22. The ready count ahead is last week's (5):
    // day 2: 22 × 0.9 + 2 = 21.8; day 3: 21.8 × 0.9 + 2 = 21.62.
    const forecast = flowForecast(surge, days - 1, parameters, 3);
    expect(forecast[0]).toBeCloseTo(22, 10);
    expect(forecast[1]).toBeCloseTo(21.8, 10);
    expect(forecast[2]).toBeCloseTo(21.62, 10);
  });

  it('follows the weekday rhythm of discharges', () => {
    // No discharges on one weekday position: that day adds nobody to short-term care.
    const discharges = Array.from({ length: days }, (_, t) => (t % 7 === 6 ? 0 : 10));
    const dischargesShortTerm = discharges.map((d) => d / 5);
    const history = steady({ discharges, dischargesShortTerm });
    const parameters = parametersOf(history);
    expect(parameters.dischargesPerReady[6]).toBe(0);
    // Day index 69 is position 6; the forecast's sixth day (index 75) is position 5, its seventh position 6.
    const forecast = flowForecast(history, days - 1, parameters, 7);
    expect(forecast[6]!).toBeLessThan(forecast[5]!);
  });

  it('cannot estimate without discharges to short-term care, nor from too few days', () => {
    expect(estimateFlowParameters(steady({ dischargesShortTerm: Array.from({ length: days }, () => 0) }), days - 1)).toEqual({
      ok: false,
      reason: 'noShortTermDischarges',
    });
    // Day 0 has no day before it: four weeks need origin 28 or later.
    expect(estimateFlowParameters(steady(), 27)).toEqual({ ok: false, reason: 'tooShort' });
    expect(estimateFlowParameters(steady(), 28).ok).toBe(true);
  });
});
