// The exported tables, column by column: the Swedish heading an analyst reads in Excel, and how to
// get the value from a row. CSV and XLSX share them, so the two never disagree.
import { domainLabel, type Report, type StoredFlowRow, type UnitKind } from '@lagesbild/shared';

/** A report as exported: the stored report (report-row.ts) and where its unit belongs. */
export type ReportExportRow = Report & {
  organizationCode: string;
  organizationName: string;
  unitName: string;
  unitKind: UnitKind;
};

/** A municipality's flows as exported: the stored row (flow-row.ts) and the municipality's name. */
export type FlowExportRow = StoredFlowRow & { municipalityName: string };

export type Cell = string | number | null;
export interface Column<Row> {
  header: string;
  value: (row: Row) => Cell;
  /** Width in characters for the spreadsheet. */
  width: number;
  /** Text the spreadsheet must keep as typed (never a number, a date or a formula). */
  text: boolean;
}

const text = <Row>(header: string, width: number, value: (row: Row) => string | null): Column<Row> => ({
  header,
  width,
  value,
  text: true,
});
const number = <Row>(header: string, width: number, value: (row: Row) => number | null): Column<Row> => ({
  header,
  width,
  value,
  text: false,
});

export const REPORT_EXPORT_COLUMNS: Column<ReportExportRow>[] = [
  text('datum', 11, (r) => r.date),
  text('organisationskod', 8, (r) => r.organizationCode),
  text('organisation', 18, (r) => r.organizationName),
  text('enhets-id', 20, (r) => r.unitId),
  text('enhet', 26, (r) => r.unitName),
  text('typ', 16, (r) => domainLabel('unitKind', r.unitKind)),
  number('disponibla platser', 10, (r) => r.capacity),
  number('belagda platser', 10, (r) => r.occupied),
  number('lediga platser', 10, (r) => Math.max(0, r.capacity - r.occupied)),
  number('överbeläggning', 10, (r) => Math.max(0, r.occupied - r.capacity)),
  number('kan utökas till', 10, (r) => r.surgeCapacity),
  number('inskrivningar', 10, (r) => r.admissions),
  number('utskrivningar', 10, (r) => r.discharges),
  text('bemanning', 11, (r) => domainLabel('staffing', r.staffing)),
  number('sjukfrånvaro %', 10, (r) => r.sickLeavePct),
  number('patienter med covid-19', 10, (r) => r.covidPatients),
  number('stängda vårdplatser', 10, (r) => r.closedBeds),
  text('kommentar', 40, (r) => r.comment),
  number('version', 8, (r) => r.version),
  text('sparad', 24, (r) => r.updatedAt),
  text('sparad av', 16, (r) => r.updatedBy),
];

export const FLOW_EXPORT_COLUMNS: Column<FlowExportRow>[] = [
  text('datum', 11, (r) => r.date),
  text('kommunkod', 8, (r) => r.municipalityCode),
  text('kommun', 18, (r) => r.municipalityName),
  number('inneliggande', 10, (r) => r.inpatients),
  number('inskrivna', 10, (r) => r.admissions),
  number('utskrivna', 10, (r) => r.discharges),
  number('utskrivna hem', 10, (r) => r.dischargesHome),
  number('utskrivna till korttidsplats', 10, (r) => r.dischargesShortTerm),
  number('utskrivna till SÄBO', 10, (r) => r.dischargesNursingHome),
  number('utskrivna annat', 10, (r) => r.dischargesOther),
  number('utskrivningsklara', 10, (r) => r.readyForDischarge),
  number('återinskrivningar inom 30 dagar', 12, (r) => r.readmissions),
  number('version', 8, (r) => r.version),
  text('sparad', 24, (r) => r.updatedAt),
  text('sparad av', 16, (r) => r.updatedBy),
];
