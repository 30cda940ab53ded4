import type { ReportValues } from '../schemas/report.js';

export const OUTLIER_FIELDS = [
  'capacity',
  'occupied',
  'surgeCapacity',
  'admissions',
  'discharges',
  'covidPatients',
  'closedBeds',
] as const;
export type OutlierField = (typeof OUTLIER_FIELDS)[number];

export interface Outlier {
  field: OutlierField;
  value: number;
  recentMin: number;
  recentMax: number;
}

// A value counts as far outside when it leaves the recent range by more than the range's own
// spread plus a floor, so small units (5 places) are not flagged for moving by 3.
const MIN_HISTORY = 3;
const ABSOLUTE_FLOOR = 5;
const RELATIVE_FLOOR = 0.5;

/**
 * Figures that jump far outside the unit's own recent range ("did you mean 14, not 140?").
 * They are accepted, but the reporter is asked to confirm.
 */
export function findOutliers(values: Partial<ReportValues>, recent: readonly Partial<ReportValues>[]): Outlier[] {
  const outliers: Outlier[] = [];
  for (const field of OUTLIER_FIELDS) {
    const value = values[field];
    if (typeof value !== 'number') continue;
    const history = recent.map((report) => report[field]).filter((v): v is number => typeof v === 'number');
    if (history.length < MIN_HISTORY) continue;
    const recentMin = Math.min(...history);
    const recentMax = Math.max(...history);
    const margin = Math.max(ABSOLUTE_FLOOR, recentMax - recentMin, recentMax * RELATIVE_FLOOR);
    if (value > recentMax + margin || value < recentMin - margin) {
      outliers.push({ field, value, recentMin, recentMax });
    }
  }
  return outliers;
}
