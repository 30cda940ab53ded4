import { occupancyPct, perTenThousand, type TotalsBlock } from '@lagesbild/shared';

export type KeyFigureId =
  | 'municipalOccupied'
  | 'municipalFree'
  | 'municipalOccupancy'
  | 'municipalSurge'
  | 'hospitalOccupied'
  | 'hospitalOvercrowding'
  | 'hospitalClosedBeds'
  | 'covid'
  | 'icuOccupied'
  | 'readyForDischarge';

export type KeyFigureGroup = 'municipal' | 'hospital' | 'discharge';

export interface KeyFigure {
  id: KeyFigureId;
  group: KeyFigureGroup;
  value: number | null;
  /** "of N" beside the value, where a capacity gives it meaning. */
  of: number | null;
  /** Change since yesterday, null when yesterday is unknown. */
  change: number | null;
  unit: 'count' | 'percent';
  /** Whether a rise is bad news, so the arrow's words can say "worse" or "better". */
  higherIsWorse: boolean;
}

export type Scale = 'absolute' | 'per10k';

interface RawFigure {
  id: KeyFigureId;
  group: KeyFigureGroup;
  value: (block: TotalsBlock) => number | null;
  of?: (block: TotalsBlock) => number;
  unit: 'count' | 'percent';
  higherIsWorse: boolean;
}

const FIGURES: readonly RawFigure[] = [
  {
    id: 'municipalOccupied',
    group: 'municipal',
    value: (b) => b.municipal.occupied,
    of: (b) => b.municipal.capacity,
    unit: 'count',
    higherIsWorse: true,
  },
  { id: 'municipalFree', group: 'municipal', value: (b) => b.municipal.free, unit: 'count', higherIsWorse: false },
  {
    id: 'municipalOccupancy',
    group: 'municipal',
    value: (b) => occupancyPct(b.municipal.capacity, b.municipal.occupied),
    unit: 'percent',
    higherIsWorse: true,
  },
  { id: 'municipalSurge', group: 'municipal', value: (b) => b.municipal.surgeCapacity, unit: 'count', higherIsWorse: false },
  {
    id: 'hospitalOccupied',
    group: 'hospital',
    value: (b) => b.hospital.occupied,
    of: (b) => b.hospital.capacity,
    unit: 'count',
    higherIsWorse: true,
  },
  { id: 'hospitalOvercrowding', group: 'hospital', value: (b) => b.hospital.overcrowding, unit: 'count', higherIsWorse: true },
  { id: 'hospitalClosedBeds', group: 'hospital', value: (b) => b.hospital.closedBeds, unit: 'count', higherIsWorse: true },
  {
    id: 'covid',
    group: 'hospital',
    value: (b) => b.hospital.covidPatients + b.icu.covidPatients,
    unit: 'count',
    higherIsWorse: true,
  },
  {
    id: 'icuOccupied',
    group: 'hospital',
    value: (b) => b.icu.occupied,
    of: (b) => b.icu.capacity,
    unit: 'count',
    higherIsWorse: true,
  },
  { id: 'readyForDischarge', group: 'discharge', value: (b) => b.readyForDischarge, unit: 'count', higherIsWorse: true },
];

/**
 * The overview's key figures with their change since yesterday. Per 10 000 inhabitants scales
 * counts by the region's population; percentages stay as they are.
 */
export function buildKeyFigures(
  today: TotalsBlock,
  yesterday: TotalsBlock | null,
  scale: Scale,
  population: number,
): KeyFigure[] {
  const scaled = (value: number | null, unit: 'count' | 'percent'): number | null => {
    if (value === null || unit === 'percent' || scale === 'absolute') return value;
    return perTenThousand(value, population);
  };
  return FIGURES.map((figure) => {
    const value = scaled(figure.value(today), figure.unit);
    const before = yesterday ? scaled(figure.value(yesterday), figure.unit) : null;
    return {
      id: figure.id,
      group: figure.group,
      value,
      of: figure.of ? scaled(figure.of(today), figure.unit) : null,
      change: value !== null && before !== null ? round1(value - before) : null,
      unit: figure.unit,
      higherIsWorse: figure.higherIsWorse,
    };
  });
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
