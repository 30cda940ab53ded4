import type { StoredFlowRow } from '@lagesbild/shared';
import { versionedTable, type DbRow } from '../database/versioned-table.js';

/**
 * The flows table and its versions, defined once: every field of the shared `StoredFlowRow` (the
 * compiler asks for each) and its column, plus the region each row belongs to, which is stored for
 * the region's queries but not answered.
 */
export const flowTable = versionedTable<StoredFlowRow, 'regionCode'>({
  table: 'flows',
  versionsTable: 'flow_versions',
  key: ['municipalityCode', 'date'],
  columns: {
    municipalityCode: 'municipality_code',
    date: 'date',
    inpatients: 'inpatients',
    admissions: 'admissions',
    discharges: 'discharges',
    dischargesHome: 'discharges_home',
    dischargesShortTerm: 'discharges_short_term',
    dischargesNursingHome: 'discharges_nursing_home',
    dischargesOther: 'discharges_other',
    readyForDischarge: 'ready_for_discharge',
    readmissions: 'readmissions',
  },
  hidden: { regionCode: 'region_code' },
});

export type FlowDbRow = DbRow<StoredFlowRow>;
