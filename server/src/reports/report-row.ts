import type { DischargesByDestination, Report, Staffing } from '@lagesbild/shared';

export interface ReportRow {
  unit_id: string;
  date: string;
  version: number;
  capacity: number;
  occupied: number;
  surge_capacity: number | null;
  admissions: number;
  discharges: number;
  discharges_by_destination: DischargesByDestination | null;
  staffing: Staffing;
  sick_leave_pct: number | null;
  covid_patients: number | null;
  comment: string | null;
  updated_at: Date;
  updated_by: string;
}

export const REPORT_COLUMNS = `unit_id, date, version, capacity, occupied, surge_capacity, admissions, discharges,
  discharges_by_destination, staffing, sick_leave_pct, covid_patients, comment, updated_at, updated_by`;

export function toReport(row: ReportRow): Report {
  return {
    unitId: row.unit_id,
    date: row.date,
    version: row.version,
    capacity: row.capacity,
    occupied: row.occupied,
    surgeCapacity: row.surge_capacity,
    admissions: row.admissions,
    discharges: row.discharges,
    dischargesByDestination: row.discharges_by_destination,
    staffing: row.staffing,
    sickLeavePct: row.sick_leave_pct,
    covidPatients: row.covid_patients,
    comment: row.comment,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}
