import {
  capacityPlan,
  CARRY_FORWARD_DAYS,
  earlyWarning,
  EARLY_WARNING_DAYS,
  FORECAST_RECENT_DAYS,
  placesNeeded,
  shiftDay,
  type CapacityDay,
  type DailyFigures,
  type ForecastCurrent,
  type OccupancyForecast,
  type OccupancyHistory,
  type OrganizationKind,
  type PlannedCapacityMode,
  type SeriesForecast,
} from '@lagesbild/shared';

// From the stored figures to the series each forecast is made on, and from a forecast to what it
// means against the places there will be. Pure, so the server and `npm run backtest` forecast the
// very same series.

/** One short-term unit's figures over the window (null where it did not report), and its latest report on or before asOf. */
export interface UnitFigures {
  id: string;
  organizationCode: string;
  /** Retired units count in the history they made, not in the places ahead. */
  retired: boolean;
  occupied: DailyFigures;
  /** Places reported, the same days. */
  capacity: DailyFigures;
  latest: { date: string; occupied: number; capacity: number; surgeCapacity: number } | null;
}

export interface MunicipalityFlows {
  readyForDischarge: DailyFigures;
  discharges: DailyFigures;
  dischargesShortTerm: DailyFigures;
}

export interface PlannedChange {
  unitId: string;
  date: string;
  mode: PlannedCapacityMode;
  places: number;
}

/** Everything a region's forecast is made from, as read for one asOf. */
export interface ForecastInputs {
  region: { code: string; name: string };
  asOf: string;
  /** Every day of the window, the last one asOf. */
  days: readonly string[];
  municipalities: readonly { code: string; name: string }[];
  units: readonly UnitFigures[];
  flows: ReadonlyMap<string, MunicipalityFlows>;
  /** The planned changes known at the end of asOf, withdrawn ones left out. */
  planned: readonly PlannedChange[];
}

/** One series to forecast, and what its forecast is compared with. */
export interface SeriesJob {
  code: string;
  name: string;
  kind: OrganizationKind;
  history: OccupancyHistory;
  current: ForecastCurrent;
  recent: SeriesForecast['recent'];
  /** Places on each forecast day. */
  capacity: (dates: readonly string[]) => CapacityDay[];
}

/**
 * A municipality's occupied places per day: its units summed. A day no unit reported is null (the
 * forecast decides what a silent day means); on a day only some reported, a silent unit counts
 * with its last figure of at most CARRY_FORWARD_DAYS before, as in the situation's estimate, so
 * one late unit does not make a dip.
 */
export function combineUnits(units: readonly DailyFigures[], length: number): (number | null)[] {
  const combined: (number | null)[] = [];
  for (let t = 0; t < length; t += 1) {
    let reported = false;
    let sum = 0;
    for (const values of units) {
      const value = values[t];
      if (value != null) {
        reported = true;
        sum += value;
        continue;
      }
      for (let back = 1; back <= CARRY_FORWARD_DAYS && t - back >= 0; back += 1) {
        const earlier = values[t - back];
        if (earlier != null) {
          sum += earlier;
          break;
        }
      }
    }
    combined.push(reported ? sum : null);
  }
  return combined;
}

/**
 * The region's total of several series: on each day something was reported, each series with its
 * own figure or, when silent, its last one. A silent municipality's places do not empty, so the
 * total keeps them rather than dropping by them.
 */
export function sumSeries(series: readonly DailyFigures[], length: number): (number | null)[] {
  const last: (number | null)[] = series.map(() => null);
  const total: (number | null)[] = [];
  for (let t = 0; t < length; t += 1) {
    let reported = false;
    let sum = 0;
    series.forEach((values, index) => {
      const value = values[t];
      if (value != null) {
        reported = true;
        last[index] = value;
      }
      sum += last[index] ?? 0;
    });
    total.push(reported ? sum : null);
  }
  return total;
}

/** The series of every municipality and the region's total, ready to forecast. */
export function seriesJobs(inputs: ForecastInputs): { total: SeriesJob; municipalities: SeriesJob[] } {
  const length = inputs.days.length;
  const municipalities = inputs.municipalities.map((municipality): SeriesJob => {
    const units = inputs.units.filter((unit) => unit.organizationCode === municipality.code);
    const occupied = combineUnits(
      units.map((unit) => unit.occupied),
      length,
    );
    const capacity = combineUnits(
      units.map((unit) => unit.capacity),
      length,
    );
    const flows = inputs.flows.get(municipality.code);
    return {
      code: municipality.code,
      name: municipality.name,
      kind: 'municipality',
      history: { asOf: inputs.asOf, occupied, ...(flows ? { flows } : {}) },
      current: currentOf(units, occupied, inputs.days),
      recent: recentOf(inputs.days, occupied, capacity),
      capacity: (dates) => plannedCapacity(inputs.asOf, units, inputs.planned, dates),
    };
  });
  const flowSeries = municipalities.flatMap((job) => (job.history.flows ? [job.history.flows] : []));
  const totalFlows =
    flowSeries.length > 0
      ? {
          readyForDischarge: sumSeries(
            flowSeries.map((flows) => flows.readyForDischarge),
            length,
          ),
          discharges: sumSeries(
            flowSeries.map((flows) => flows.discharges),
            length,
          ),
          dischargesShortTerm: sumSeries(
            flowSeries.map((flows) => flows.dischargesShortTerm),
            length,
          ),
        }
      : null;
  const totalOccupied = sumSeries(
    municipalities.map((job) => job.history.occupied),
    length,
  );
  const total: SeriesJob = {
    code: inputs.region.code,
    name: inputs.region.name,
    kind: 'region',
    history: { asOf: inputs.asOf, occupied: totalOccupied, ...(totalFlows ? { flows: totalFlows } : {}) },
    current: sumCurrent(municipalities.map((job) => job.current)),
    recent: recentOf(
      inputs.days,
      totalOccupied,
      sumSeries(
        municipalities.map((job) => job.recent.map((day) => day.capacity)),
        FORECAST_RECENT_DAYS,
      ),
    ),
    capacity: (dates) =>
      sumCapacity(
        municipalities.map((job) => job.capacity(dates)),
        dates,
      ),
  };
  return { total, municipalities };
}

/** The forecast, its places per day, the places needed and the early warning, as the API answers them. */
export function seriesForecast(job: SeriesJob, forecast: OccupancyForecast, horizon: number): SeriesForecast {
  const dates = Array.from({ length: horizon }, (_, index) => shiftDay(forecast.asOf, index + 1));
  const capacity = job.capacity(dates);
  const needs = forecast.status === 'ok' ? placesNeeded(forecast.days, capacity) : [];
  return {
    ...forecast,
    code: job.code,
    name: job.name,
    kind: job.kind,
    current: job.current,
    recent: job.recent,
    capacity,
    needs,
    warning: earlyWarning(forecast.asOf, needs, EARLY_WARNING_DAYS),
  };
}

/** The last FORECAST_RECENT_DAYS days of series aligned at their end. */
function recentOf(
  days: readonly string[],
  occupied: readonly (number | null)[],
  capacity: readonly (number | null)[],
): SeriesForecast['recent'] {
  const from = (values: readonly unknown[]) => values.length - Math.min(FORECAST_RECENT_DAYS, days.length);
  return days.slice(from(days)).map((date, index) => ({
    date,
    occupied: occupied[from(occupied) + index] ?? null,
    capacity: capacity[from(capacity) + index] ?? null,
  }));
}

function currentOf(
  units: readonly UnitFigures[],
  occupied: readonly (number | null)[],
  days: readonly string[],
): ForecastCurrent {
  let lastDay = -1;
  for (let t = occupied.length - 1; t >= 0; t -= 1) {
    if (occupied[t] != null) {
      lastDay = t;
      break;
    }
  }
  const active = units.filter((unit) => !unit.retired && unit.latest);
  const latestDate = active.reduce<string | null>((latest, unit) => {
    const date = unit.latest?.date ?? null;
    return date !== null && (latest === null || date > latest) ? date : latest;
  }, null);
  return {
    date: lastDay >= 0 ? (days[lastDay] ?? null) : latestDate,
    occupied: lastDay >= 0 ? (occupied[lastDay] ?? null) : null,
    capacity: active.reduce((sum, unit) => sum + (unit.latest?.capacity ?? 0), 0),
    surgeCapacity: active.reduce((sum, unit) => sum + (unit.latest?.surgeCapacity ?? 0), 0),
  };
}

function sumCurrent(currents: readonly ForecastCurrent[]): ForecastCurrent {
  const dates = currents.flatMap((current) => (current.date ? [current.date] : []));
  const occupied = currents.flatMap((current) => (current.occupied != null ? [current.occupied] : []));
  return {
    date: dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : null,
    occupied: occupied.length > 0 ? occupied.reduce((a, b) => a + b, 0) : null,
    capacity: currents.reduce((sum, current) => sum + current.capacity, 0),
    surgeCapacity: currents.reduce((sum, current) => sum + current.surgeCapacity, 0),
  };
}

/**
 * Each active unit's places ahead: from its latest report, the planned changes dated after that
 * report (those on or before it are in the figures already), summed over the municipality.
 */
function plannedCapacity(
  asOf: string,
  units: readonly UnitFigures[],
  planned: readonly PlannedChange[],
  dates: readonly string[],
): CapacityDay[] {
  const plans = units
    .filter((unit) => !unit.retired)
    .map((unit) =>
      capacityPlan(
        unit.latest?.date ?? asOf,
        unit.latest
          ? { capacity: unit.latest.capacity, surgeCapacity: unit.latest.surgeCapacity }
          : { capacity: 0, surgeCapacity: null },
        planned.filter((change) => change.unitId === unit.id),
        dates,
      ),
    );
  return sumCapacity(plans, dates);
}

function sumCapacity(plans: readonly CapacityDay[][], dates: readonly string[]): CapacityDay[] {
  return dates.map((date, index) => ({
    date,
    capacity: plans.reduce((sum, plan) => sum + (plan[index]?.capacity ?? 0), 0),
    surgeCapacity: plans.reduce((sum, plan) => sum + (plan[index]?.surgeCapacity ?? 0), 0),
  }));
}
