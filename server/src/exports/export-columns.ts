// The exported tables, column by column: the Swedish heading an analyst reads in Excel, and how to
// get the value from a row. CSV and XLSX share them, so the two never disagree.

export interface ReportExportRow {
  date: string;
  organization_code: string;
  organization_name: string;
  unit_id: string;
  unit_name: string;
  unit_kind: string;
  capacity: number;
  occupied: number;
  surge_capacity: number | null;
  admissions: number;
  discharges: number;
  staffing: string;
  sick_leave_pct: number | null;
  covid_patients: number | null;
  comment: string | null;
  version: number;
  updated_at: Date;
  updated_by: string;
}

export interface FlowExportRow {
  date: string;
  municipality_code: string;
  municipality_name: string;
  inpatients: number;
  admissions: number;
  discharges: number;
  discharges_home: number;
  discharges_short_term: number;
  discharges_nursing_home: number;
  discharges_other: number;
  ready_for_discharge: number;
  version: number;
  updated_at: Date;
  updated_by: string;
}

export type Cell = string | number | null;
export interface Column<Row> {
  header: string;
  value: (row: Row) => Cell;
  /** Width in characters for the spreadsheet. */
  width: number;
}

const STAFFING: Record<string, string> = { normal: 'normal', strained: 'ansträngd', critical: 'kritisk' };
const UNIT_KIND: Record<string, string> = {
  short_term: 'korttidsplatser',
  palliative: 'palliativa platser',
  nursing_home_reserve: 'SÄBO-reserv',
  hospital: 'vårdplatser',
  icu: 'IVA',
};

export const REPORT_EXPORT_COLUMNS: Column<ReportExportRow>[] = [
  { header: 'datum', value: (r) => r.date, width: 11 },
  { header: 'organisationskod', value: (r) => r.organization_code, width: 8 },
  { header: 'organisation', value: (r) => r.organization_name, width: 18 },
  { header: 'enhets-id', value: (r) => r.unit_id, width: 20 },
  { header: 'enhet', value: (r) => r.unit_name, width: 26 },
  { header: 'typ', value: (r) => UNIT_KIND[r.unit_kind] ?? r.unit_kind, width: 16 },
  { header: 'disponibla platser', value: (r) => r.capacity, width: 10 },
  { header: 'belagda platser', value: (r) => r.occupied, width: 10 },
  { header: 'lediga platser', value: (r) => Math.max(0, r.capacity - r.occupied), width: 10 },
  { header: 'överbeläggning', value: (r) => Math.max(0, r.occupied - r.capacity), width: 10 },
  { header: 'kan utökas till', value: (r) => r.surge_capacity, width: 10 },
  { header: 'inskrivningar', value: (r) => r.admissions, width: 10 },
  { header: 'utskrivningar', value: (r) => r.discharges, width: 10 },
  { header: 'bemanning', value: (r) => STAFFING[r.staffing] ?? r.staffing, width: 11 },
  { header: 'sjukfrånvaro %', value: (r) => r.sick_leave_pct, width: 10 },
  { header: 'patienter med covid-19', value: (r) => r.covid_patients, width: 10 },
  { header: 'kommentar', value: (r) => r.comment, width: 40 },
  { header: 'version', value: (r) => r.version, width: 8 },
  { header: 'sparad', value: (r) => r.updated_at.toISOString(), width: 24 },
  { header: 'sparad av', value: (r) => r.updated_by, width: 16 },
];

export const FLOW_EXPORT_COLUMNS: Column<FlowExportRow>[] = [
  { header: 'datum', value: (r) => r.date, width: 11 },
  { header: 'kommunkod', value: (r) => r.municipality_code, width: 8 },
  { header: 'kommun', value: (r) => r.municipality_name, width: 18 },
  { header: 'inneliggande', value: (r) => r.inpatients, width: 10 },
  { header: 'inskrivna', value: (r) => r.admissions, width: 10 },
  { header: 'utskrivna', value: (r) => r.discharges, width: 10 },
  { header: 'utskrivna hem', value: (r) => r.discharges_home, width: 10 },
  { header: 'utskrivna till korttidsplats', value: (r) => r.discharges_short_term, width: 10 },
  { header: 'utskrivna till SÄBO', value: (r) => r.discharges_nursing_home, width: 10 },
  { header: 'utskrivna annat', value: (r) => r.discharges_other, width: 10 },
  { header: 'utskrivningsklara', value: (r) => r.ready_for_discharge, width: 10 },
  { header: 'version', value: (r) => r.version, width: 8 },
  { header: 'sparad', value: (r) => r.updated_at.toISOString(), width: 24 },
  { header: 'sparad av', value: (r) => r.updated_by, width: 16 },
];
