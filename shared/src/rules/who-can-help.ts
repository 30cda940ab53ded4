import type { PlaceLoan } from '../api/requests.js';
import type { Seat, Situation } from '../api/types.js';
import type { PlaceUnitKind } from '../domain/requests.js';
import type { Staffing } from '../domain/units.js';
import { worstStaffing } from './pressure.js';
import { freeToOthers, promisedByUnit } from './totals.js';

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Straight-line (great-circle) distance between two seats, in kilometres. */
export function distanceKm(a: Seat, b: Seat): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Helper {
  code: string;
  name: string;
  /** Free places of the kind asked for, from today's reports, less what is already promised. */
  free: number;
  /** The worst staffing of its reporting units of that kind. */
  staffing: Staffing | null;
  /** From the requester's seat, rounded to whole kilometres; null where a seat is unknown. */
  distanceKm: number | null;
}

/**
 * Who can help with places now: the other municipalities whose units of that kind reported free
 * places today (a silent one is not guessed at), nearest first by straight-line distance between
 * the seats, more free places first at equal distance.
 */
export function whoCanHelp(
  situation: Pick<Situation, 'date' | 'organizations' | 'loans'>,
  requesterCode: string,
  unitKind: PlaceUnitKind = 'short_term',
): Helper[] {
  const requester = situation.organizations.find((organization) => organization.code === requesterCode);
  const promised = promisedByUnit(situation.loans ?? ([] as PlaceLoan[]));
  const helpers: Helper[] = [];
  for (const organization of situation.organizations) {
    if (organization.code === requesterCode || organization.kind !== 'municipality') continue;
    const reports = organization.units
      .filter((unit) => unit.kind === unitKind && unit.report?.date === situation.date)
      .map((unit) => ({ unit, report: unit.report! }));
    const free = reports.reduce((sum, { unit, report }) => sum + freeToOthers(report, promised.get(unit.id) ?? 0), 0);
    if (free <= 0) continue;
    const from = requester?.seat;
    const to = organization.seat;
    helpers.push({
      code: organization.code,
      name: organization.name,
      free,
      staffing: worstStaffing(reports.map(({ report }) => report.staffing)),
      distanceKm: from && to ? Math.round(distanceKm(from, to)) : null,
    });
  }
  const far = Number.POSITIVE_INFINITY;
  return helpers.sort(
    (a, b) => (a.distanceKm ?? far) - (b.distanceKm ?? far) || b.free - a.free || a.name.localeCompare(b.name, 'sv'),
  );
}
