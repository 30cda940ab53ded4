/** Patients above staffed capacity; never negative. */
export function overcrowding(capacity: number, occupied: number): number {
  return Math.max(0, occupied - capacity);
}

export function freePlaces(capacity: number, occupied: number): number {
  return Math.max(0, capacity - occupied);
}

/** Occupancy in percent, or null when there is no capacity to relate to. */
export function occupancyPct(capacity: number, occupied: number): number | null {
  if (capacity <= 0) return null;
  return Math.round((occupied / capacity) * 1000) / 10;
}

export function perTenThousand(value: number, population: number): number | null {
  if (population <= 0) return null;
  return Math.round((value / population) * 10000 * 10) / 10;
}
