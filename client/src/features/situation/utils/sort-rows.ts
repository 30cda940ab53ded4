import type { MunicipalityRow, PressureLevel } from './municipality-rows';

export type SortKey = 'pressure' | 'name' | 'occupancy' | 'free' | 'staffing' | 'readyForDischarge' | 'lastReport';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortState = { key: 'pressure', direction: 'descending' };

// A silent municipality ranks above a calm one: not knowing is itself a reason to ask first.
const LEVEL_RANK: Record<PressureLevel, number> = { critical: 3, strained: 2, 'not-reported': 1, normal: 0 };
const STAFFING_RANK = { normal: 0, strained: 1, critical: 2 } as const;

/** Higher means more pressure: level, then fuller, then fewer free places, then more waiting. */
export function comparePressure(a: MunicipalityRow, b: MunicipalityRow): number {
  return (
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    (a.occupancyPct ?? -1) - (b.occupancyPct ?? -1) ||
    b.free - a.free ||
    (a.readyForDischarge ?? 0) - (b.readyForDischarge ?? 0) ||
    b.name.localeCompare(a.name, 'sv')
  );
}

// Missing values sort last whichever way the column is turned.
function compareNullable(a: number | null, b: number | null): number | null {
  if (a === null && b === null) return 0;
  if (a === null) return null;
  if (b === null) return null;
  return a - b;
}

function valueOf(row: MunicipalityRow, key: Exclude<SortKey, 'pressure' | 'name'>): number | null {
  switch (key) {
    case 'occupancy':
      return row.occupancyPct;
    case 'free':
      return row.reportedUnits ? row.free : null;
    case 'staffing':
      return row.staffing ? STAFFING_RANK[row.staffing] : null;
    case 'readyForDischarge':
      return row.readyForDischarge;
    case 'lastReport':
      return row.lastReportedAt ? Date.parse(row.lastReportedAt) : null;
    default: {
      const unreachable: never = key;
      throw new Error(`unknown sort key ${String(unreachable)}`);
    }
  }
}

export function sortRows(rows: readonly MunicipalityRow[], sort: SortState): MunicipalityRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'pressure') return sign * comparePressure(a, b);
    if (sort.key === 'name') return sign * a.name.localeCompare(b.name, 'sv');
    const va = valueOf(a, sort.key);
    const vb = valueOf(b, sort.key);
    const compared = compareNullable(va, vb);
    if (compared === null) return va === null ? 1 : -1;
    return sign * compared || a.name.localeCompare(b.name, 'sv');
  });
}

/** Clicking the sorted column turns it; a new column starts with what matters most first. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  const ascendingFirst: SortKey[] = ['name', 'free', 'lastReport'];
  return { key, direction: ascendingFirst.includes(key) ? 'ascending' : 'descending' };
}
