import type { z } from 'zod';
import type { OrganizationKind } from '../domain/units.js';
import type { CapacityDay, EarlyWarning, OccupancyForecast, PlacesNeededDay } from '../rules/forecast/index.js';
import type { plannedCapacityChangeSchema } from '../schemas/forecast.js';

/** One version of a planned change to a short-term unit's places (derived from the shared schema). */
export type PlannedCapacityRow = z.output<typeof plannedCapacityChangeSchema>;

/** A planned change as the region's list answers it: with the municipality it belongs to. */
export type PlannedCapacityEntry = PlannedCapacityRow & { organizationCode: string };

/** A municipality's short-term places on the last day with figures on or before asOf (its units summed). */
export interface ForecastCurrent {
  /** The latest day any short-term unit of it reported; null when none ever did. */
  date: string | null;
  occupied: number | null;
  capacity: number;
  surgeCapacity: number;
}

/**
 * The forecast of one municipality's short-term places occupied (or of the region's total): the
 * forecast itself (each day `{ date, expected, low, high }` with the chosen model and its backtest,
 * or the reason there is none), and what it means against the places there will be.
 */
export type SeriesForecast = OccupancyForecast & {
  code: string;
  name: string;
  kind: OrganizationKind;
  current: ForecastCurrent;
  /**
   * The last FORECAST_RECENT_DAYS days the forecast was made from (units summed, a late unit with its
   * last figure; null on a day nothing was reported), and the places reported those days.
   */
  recent: { date: string; occupied: number | null; capacity: number | null }[];
  /** Places each forecast day, from the reported capacity and the planned changes known on asOf. */
  capacity: CapacityDay[];
  /** Places needed each forecast day (the upper bound in whole places); empty without a forecast. */
  needs: PlacesNeededDay[];
  /** The first day within a week that needs more places than there are with surge, or null. */
  warning: EarlyWarning | null;
};

export interface RegionForecast {
  region: string;
  /** The last day whose figures the forecast used. */
  asOf: string;
  /** Days forecast after asOf. */
  horizon: number;
  /** The region's seq when the figures were read. */
  seq: number;
  generatedAt: string;
  /** The region's total: the municipalities' series summed, then forecast. */
  total: SeriesForecast;
  municipalities: SeriesForecast[];
}
