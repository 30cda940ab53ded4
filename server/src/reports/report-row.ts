import type { Report } from '@lagesbild/shared';
import { versionedTable, type DbRow } from '../database/versioned-table.js';

/**
 * The reports table and its versions, defined once: every field of the shared `Report` (the
 * compiler asks for each) and its column. Services select, write and map rows only through this.
 */
export const reportTable = versionedTable<Report>({
  table: 'reports',
  versionsTable: 'report_versions',
  key: ['unitId', 'date'],
  columns: {
    unitId: 'unit_id',
    date: 'date',
    capacity: 'capacity',
    occupied: 'occupied',
    surgeCapacity: 'surge_capacity',
    admissions: 'admissions',
    discharges: 'discharges',
    dischargesByDestination: 'discharges_by_destination',
    staffing: 'staffing',
    sickLeavePct: 'sick_leave_pct',
    covidPatients: 'covid_patients',
    closedBeds: 'closed_beds',
    comment: 'comment',
  },
});

export type ReportDbRow = DbRow<Report>;
