import { describe, expect, it } from 'vitest';
import { addFlowPeriodSums, EMPTY_FLOW_PERIOD_SUMS, flowStatistics, weekdayPattern } from './flow-statistics.js';

describe('days ready for discharge and readmissions', () => {
  // Three days of a municipality of 20 000 inhabitants: ready for discharge 4, 6 and 5 patients;
  // readmissions reported on two of the days.
  const november = {
    days: 3,
    discharges: 30,
    readmissions: 3,
    dischargesWithReadmissions: 20,
    readmissionDays: 2,
    readyPatientDays: 4 + 6 + 5,
  };

  it('sums patient-days as ready for discharge and gives the average per day', () => {
    const statistics = flowStatistics(november, 20_000);
    expect(statistics.readyPatientDays).toBe(15);
    expect(statistics.readyAverage).toBe(5);
    expect(statistics.readyPatientDaysPer10k).toBe(7.5);
  });

  it('gives readmissions as a rate of the discharges of the days that reported them', () => {
    const statistics = flowStatistics(november, 20_000);
    expect(statistics.readmissionRatePct).toBe(15);
    expect(statistics.readmissionsPer10k).toBe(1.5);
  });

  it('adds months into a period, and says nothing where nothing was reported', () => {
    const december = { ...EMPTY_FLOW_PERIOD_SUMS, days: 2, discharges: 10, readyPatientDays: 9 };
    const period = flowStatistics(addFlowPeriodSums(november, december), 20_000);
    expect(period.readyPatientDays).toBe(24);
    expect(period.readyAverage).toBe(4.8);
    expect(period.readmissionRatePct).toBe(15);
    expect(flowStatistics(december, 20_000).readmissionRatePct).toBeNull();
    expect(flowStatistics(EMPTY_FLOW_PERIOD_SUMS, 20_000)).toMatchObject({ readyAverage: null, readyPatientDaysPer10k: null });
    expect(flowStatistics(november, null).readyPatientDaysPer10k).toBeNull();
  });
});

describe('weekdayPattern', () => {
  it('averages per weekday with weekends and red days marked, against an ordinary weekday', () => {
    const pattern = weekdayPattern([
      { category: 1, days: 2, discharges: 20, readyForDischarge: 10 },
      { category: 5, days: 2, discharges: 30, readyForDischarge: 8 },
      { category: 6, days: 2, discharges: 6, readyForDischarge: 12 },
      { category: 0, days: 1, discharges: 2, readyForDischarge: 7 },
    ]);
    expect(pattern.map((day) => day.category)).toEqual([1, 2, 3, 4, 5, 6, 7, 0]);
    const [monday, tuesday, , , friday, saturday, sunday, red] = pattern;
    expect(monday).toMatchObject({
      dischargesPerDay: 10,
      readyPerDay: 5,
      weekend: false,
      holiday: false,
      dischargesPctOfWeekday: 80,
    });
    expect(tuesday).toMatchObject({ days: 0, dischargesPerDay: null, dischargesPctOfWeekday: null });
    expect(friday).toMatchObject({ dischargesPerDay: 15, dischargesPctOfWeekday: 120 });
    expect(saturday).toMatchObject({ dischargesPerDay: 3, weekend: true, dischargesPctOfWeekday: 24 });
    expect(sunday?.weekend).toBe(true);
    expect(red).toMatchObject({ holiday: true, weekend: false, dischargesPerDay: 2, readyPerDay: 7, dischargesPctOfWeekday: 16 });
  });
});
