import type { StoredFlowRow } from '@lagesbild/shared';

export interface FlowDbRow {
  municipality_code: string;
  date: string;
  version: number;
  inpatients: number;
  admissions: number;
  discharges: number;
  discharges_home: number;
  discharges_short_term: number;
  discharges_nursing_home: number;
  discharges_other: number;
  ready_for_discharge: number;
  updated_at: Date;
  updated_by: string;
}

export const FLOW_COLUMNS = `municipality_code, date, version, inpatients, admissions, discharges, discharges_home,
  discharges_short_term, discharges_nursing_home, discharges_other, ready_for_discharge, updated_at, updated_by`;

export function toFlowRow(row: FlowDbRow): StoredFlowRow {
  return {
    municipalityCode: row.municipality_code,
    date: row.date,
    version: row.version,
    inpatients: row.inpatients,
    admissions: row.admissions,
    discharges: row.discharges,
    dischargesHome: row.discharges_home,
    dischargesShortTerm: row.discharges_short_term,
    dischargesNursingHome: row.discharges_nursing_home,
    dischargesOther: row.discharges_other,
    readyForDischarge: row.ready_for_discharge,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}
