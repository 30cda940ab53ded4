import type { StoredPlanDay } from '@lagesbild/shared';
import { versionedTable, type DbRow } from '../database/versioned-table.js';

/**
 * The holiday staffing plans and their versions, defined once: every field of the shared
 * `StoredPlanDay` and its column, plus the region (stored for the region's reads, not answered).
 */
export const planTable = versionedTable<StoredPlanDay, 'regionCode'>({
  table: 'holiday_staffing',
  versionsTable: 'holiday_staffing_versions',
  key: ['municipalityCode', 'date'],
  columns: {
    municipalityCode: 'municipality_code',
    date: 'date',
    caseworkers: 'caseworkers',
    tryggHemgang: 'trygg_hemgang',
    phone: 'phone',
  },
  hidden: { regionCode: 'region_code' },
});

export type PlanDbRow = DbRow<StoredPlanDay>;
