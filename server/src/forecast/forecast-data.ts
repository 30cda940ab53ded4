import { FORECAST_DEFAULTS, reportingDayTime, shiftDay, type PlannedCapacityMode } from '@lagesbild/shared';
import type { EntityManager } from 'typeorm';
import type { ForecastInputs, MunicipalityFlows, PlannedChange, UnitFigures } from './forecast-series.js';

type Queryable = Pick<EntityManager, 'query'>;

/** Days of history a forecast reads: the most the forecast rules use. */
export const FORECAST_WINDOW_DAYS = FORECAST_DEFAULTS.maxHistoryDays;

/** A series as PostgreSQL gives it: its dates and a JSON array per column, in date order. */
interface Columns {
  dates: string[];
}

/** Spreads sparse (date, value) columns over the window's days, null where there is nothing. */
function aligner(days: readonly string[]) {
  const index = new Map(days.map((day, position) => [day, position]));
  return (dates: readonly string[], values: readonly (number | null)[]): (number | null)[] => {
    const aligned = new Array<number | null>(days.length).fill(null);
    dates.forEach((date, position) => {
      const at = index.get(date);
      if (at !== undefined) aligned[at] = values[position] ?? null;
    });
    return aligned;
  };
}

/**
 * Everything a region's forecast as of `asOf` is made from, read with `db` (run it in one
 * REPEATABLE READ snapshot to match a seq): the short-term units' figures for the days up to asOf
 * only, the region's flows for its municipalities, and the planned changes as they stood at the
 * end of asOf (a change made or withdrawn later does not alter a forecast made as of that day).
 */
export async function readForecastInputs(
  db: Queryable,
  region: { code: string; name: string },
  asOf: string,
): Promise<ForecastInputs> {
  const from = shiftDay(asOf, -(FORECAST_WINDOW_DAYS - 1));
  const days: string[] = [];
  for (let day = from; day <= asOf; day = shiftDay(day, 1)) days.push(day);
  const align = aligner(days);
  const endOfAsOf = reportingDayTime(shiftDay(asOf, 1), 0);

  const [municipalities, unitRows, flowRows, plannedRows] = await Promise.all([
    db.query<{ code: string; name: string }[]>(
      `SELECT code, name FROM organizations WHERE region_code = $1 AND kind = 'municipality' ORDER BY sort_order, name`,
      [region.code],
    ),
    // Per short-term unit: its figures over the window as columns, and its latest report on or before asOf.
    db.query<
      (Columns & {
        id: string;
        organizationCode: string;
        retired: boolean;
        occupied: number[] | null;
        capacity: number[] | null;
        latest: UnitFigures['latest'];
      })[]
    >(
      `SELECT u.id, u.organization_code AS "organizationCode", u.retired_at IS NOT NULL AS retired, w.dates, w.occupied, w.capacity,
              (SELECT json_build_object('date', l.date, 'occupied', l.occupied, 'capacity', l.capacity,
                                        'surgeCapacity', coalesce(l.surge_capacity, l.capacity))
                 FROM reports l WHERE l.unit_id = u.id AND l.date <= $3 ORDER BY l.date DESC LIMIT 1) AS latest
         FROM units u JOIN organizations o ON o.code = u.organization_code
         CROSS JOIN LATERAL (
           SELECT json_agg(r.date ORDER BY r.date) AS dates, json_agg(r.occupied ORDER BY r.date) AS occupied,
                  json_agg(r.capacity ORDER BY r.date) AS capacity
             FROM reports r WHERE r.unit_id = u.id AND r.date BETWEEN $2 AND $3
         ) w
        WHERE o.region_code = $1 AND o.kind = 'municipality' AND u.kind = 'short_term'
        ORDER BY u.organization_code, u.sort_order, u.id`,
      [region.code, from, asOf],
    ),
    db.query<
      (Columns & {
        municipalityCode: string;
        readyForDischarge: number[];
        discharges: number[];
        dischargesShortTerm: number[];
      })[]
    >(
      `SELECT municipality_code AS "municipalityCode", json_agg(date ORDER BY date) AS dates,
              json_agg(ready_for_discharge ORDER BY date) AS "readyForDischarge",
              json_agg(discharges ORDER BY date) AS discharges,
              json_agg(discharges_short_term ORDER BY date) AS "dischargesShortTerm"
         FROM flows WHERE region_code = $1 AND date BETWEEN $2 AND $3
        GROUP BY municipality_code`,
      [region.code, from, asOf],
    ),
    // Each change's latest version saved before asOf ended.
    db.query<{ unitId: string; date: string; mode: PlannedCapacityMode; places: number; withdrawn: boolean }[]>(
      `SELECT DISTINCT ON (unit_id, date) unit_id AS "unitId", date, mode, places, withdrawn
         FROM planned_capacity_versions WHERE region_code = $1 AND created_at < $2
        ORDER BY unit_id, date, version DESC`,
      [region.code, endOfAsOf],
    ),
  ]);

  const units: UnitFigures[] = unitRows.map((row) => ({
    id: row.id,
    organizationCode: row.organizationCode,
    retired: row.retired,
    occupied: align(row.dates ?? [], row.occupied ?? []),
    capacity: align(row.dates ?? [], row.capacity ?? []),
    latest: row.latest,
  }));
  const flows = new Map<string, MunicipalityFlows>(
    flowRows.map((row) => [
      row.municipalityCode,
      {
        readyForDischarge: align(row.dates, row.readyForDischarge),
        discharges: align(row.dates, row.discharges),
        dischargesShortTerm: align(row.dates, row.dischargesShortTerm),
      },
    ]),
  );
  const planned: PlannedChange[] = plannedRows
    .filter((row) => !row.withdrawn)
    .map(({ unitId, date, mode, places }) => ({ unitId, date, mode, places }));
  return { region, asOf, days, municipalities, units, flows, planned };
}

/** Whether the region has any figures (reports or flows) on or before `day`. */
export async function hasFiguresBy(db: Queryable, regionCode: string, day: string): Promise<boolean> {
  const rows = await db.query<{ found: boolean }[]>(
    `SELECT EXISTS (
       SELECT 1 FROM units u JOIN organizations o ON o.code = u.organization_code
        WHERE o.region_code = $1 AND EXISTS (SELECT 1 FROM reports r WHERE r.unit_id = u.id AND r.date <= $2)
     ) OR EXISTS (SELECT 1 FROM flows WHERE region_code = $1 AND date <= $2) AS found`,
    [regionCode, day],
  );
  return rows[0]?.found ?? false;
}
