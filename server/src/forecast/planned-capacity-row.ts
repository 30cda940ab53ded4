import type { PlannedCapacityRow } from '@lagesbild/shared';
import { versionedTable, type DbRow } from '../database/versioned-table.js';

/**
 * The planned changes to short-term units' places and their versions, defined once (the compiler
 * asks for every field of the shared `PlannedCapacityRow`), plus the region each belongs to, stored
 * for the region's queries but not answered.
 */
export const plannedCapacityTable = versionedTable<PlannedCapacityRow, 'regionCode'>({
  table: 'planned_capacity',
  versionsTable: 'planned_capacity_versions',
  key: ['unitId', 'date'],
  columns: {
    unitId: 'unit_id',
    date: 'date',
    mode: 'mode',
    places: 'places',
    note: 'note',
    withdrawn: 'withdrawn',
  },
  hidden: { regionCode: 'region_code' },
});

export type PlannedCapacityDbRow = DbRow<PlannedCapacityRow>;
