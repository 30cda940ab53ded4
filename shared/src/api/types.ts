import type { z } from 'zod';
import type { OrganizationKind, Role, UnitKind } from '../domain/index.js';
import type { PlaceLoan } from './requests.js';
import type { Outlier } from '../rules/outliers.js';
import type { HistoryResolution } from '../rules/period.js';
import type { HolidayMark } from './holidays.js';
import type { OverdueOrganization } from '../rules/reporting.js';
import type { EscalationLevelState, EscalationSettingsValues } from '../schemas/escalation.js';
import type { flowRowValuesSchema, storedFlowRowSchema } from '../schemas/flows.js';
import type { dischargesByDestinationSchema, reportSchema } from '../schemas/report.js';

export interface UserInfo {
  username: string;
  role: Role;
  organizationCode: string;
  regionCode: string;
  displayName?: string;
}
export interface LoginResponse {
  user: UserInfo;
}

export interface RegionSummary {
  code: string;
  name: string;
}

export interface UnitSummary {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface OrganizationSummary {
  code: string;
  name: string;
  kind: OrganizationKind;
  population: number | null;
  /** Where its seat is (for "nearest first"), where known. */
  seat: Seat | null;
  units: UnitSummary[];
}

export type DischargesByDestination = z.output<typeof dischargesByDestinationSchema>;

/** One version of one unit's figures for one reporting day, as stored (derived from the shared schema). */
export type Report = z.output<typeof reportSchema>;

/** The answer to a report PUT: the stored report and the figures the reporter should double-check. */
export type SavedReport = Report & { outliers: Outlier[] };

/** One municipality's flows: the figures entered and the derived total of discharges. */
export type FlowRow = z.output<typeof flowRowValuesSchema>;

export type StoredFlowRow = z.output<typeof storedFlowRowSchema>;

export interface FlowsResponse {
  region: string;
  date: string;
  rows: StoredFlowRow[];
}

export interface SituationUnit extends UnitSummary {
  /** The report for the situation's date, or null when the unit has not reported that day. */
  report: Report | null;
  /** The latest report on or before the date, for prefilling and for the age of silence. */
  lastReport: Report | null;
  /**
   * When the day's figures were last saved or confirmed unchanged (an identical resubmission stores
   * no version but counts for a deadline); null where the unit has not reported that day.
   */
  confirmedAt?: string | null;
}

/** Where an organisation's seat (centralort) is, WGS 84 degrees: for "nearest first". */
export interface Seat {
  lat: number;
  lon: number;
}

export interface SituationOrganization {
  code: string;
  name: string;
  kind: OrganizationKind;
  population: number | null;
  /** Its seat; null where none is known (and in meeting snapshots made before seats were known). */
  seat?: Seat | null;
  /** When any of its units last reported (ISO timestamp), on or before the date; null if never. */
  lastReportedAt: string | null;
  units: SituationUnit[];
  /** The region's flows for this municipality on the date, null where none were reported. */
  flows: StoredFlowRow | null;
  /** The latest flows on or before the date, for the estimate that carries silent days forward. */
  lastFlows: StoredFlowRow | null;
}

export interface TotalsBlock {
  municipal: {
    capacity: number;
    occupied: number;
    /** Free places others may still ask for: each unit's free places less those it has promised. */
    free: number;
    surgeCapacity: number;
    overcrowding: number;
    /** Places promised to a borrower, not yet in use (already left out of `free`). */
    promised: number;
    /** Places lent between organisations (promised or in use), counted once. */
    onLoan: number;
  };
  hospital: { capacity: number; occupied: number; overcrowding: number; covidPatients: number; closedBeds: number };
  icu: { capacity: number; occupied: number; covidPatients: number };
  readyForDischarge: number;
  /** How the block was made: units reported today, carried forward (estimate only), or missing. */
  coverage: { units: number; reported: number; carriedForward: number; missing: number };
}

export interface SituationTotals {
  /** Only what was reported for the date. */
  reported: TotalsBlock;
  /** Reported, plus each silent unit's last report carried forward at most `carryForwardDays`. */
  estimated: TotalsBlock;
  carryForwardDays: number;
}

/** The region's reporting deadlines and who had missed the latest one when the situation was made. */
export interface ReportingStatus {
  /** The deadlines of each level ("10:00", Europe/Stockholm); the region's declared level picks the day's. */
  deadlinesByLevel: EscalationSettingsValues['deadlines'];
  /** The latest of the day's deadlines that had passed, or null. */
  deadline: string | null;
  /** Organisations with units that had not reported for it (partly reported ones included). */
  overdue: OverdueOrganization[];
}

export interface Situation {
  region: string;
  regionName: string;
  date: string;
  seq: number;
  generatedAt: string;
  totals: SituationTotals;
  organizations: SituationOrganization[];
  /**
   * Places lent between the region's organisations on the date (accepted or in use). Missing in
   * meeting snapshots made before loans existed.
   */
  loans?: PlaceLoan[];
  /** Declared levels of the region's organisations; one not listed is in normalläge. */
  levels: EscalationLevelState[];
  reporting: ReportingStatus;
}

/** One organisation's figures of one unit kind on one day (as the history's point helpers give them). */
export interface HistoryPoint {
  date: string;
  units: number;
  capacity: number;
  occupied: number;
  surgeCapacity: number;
  admissions: number;
  discharges: number;
  covidPatients: number;
  /** Hospital beds closed for lack of staff (0 where none were reported). */
  closedBeds: number;
}

export type HistoryValues<K extends string> = { [key in K]: (number | null)[] };

/**
 * Daily series of one organisation and unit kind, column by column. Every array is aligned with
 * `History.days`; null where no unit of that kind reported that day. Columns keep a year of the
 * largest region at ~1 MB instead of ~8 MB of repeated keys.
 */
export type HistorySeries = { organizationCode: string; unitKind: UnitKind } & HistoryValues<Exclude<keyof HistoryPoint, 'date'>>;

export type FlowValueKey = Exclude<keyof FlowRow, 'municipalityCode'>;

/** One municipality's flows, column by column, aligned with `History.days`. */
export type FlowHistorySeries = { municipalityCode: string } & HistoryValues<FlowValueKey>;

export interface History {
  region: string;
  from: string;
  to: string;
  /**
   * Day by day up to a year, week by week beyond (the shared `historyResolution`). A week's values
   * are the averages of its reported days.
   */
  resolution: HistoryResolution;
  /** The first day of each point (every day from `from` to `to`, or each week's Monday); the index into each series' columns. */
  days: string[];
  /** The red days of the period, for marking the time axis. */
  holidays: HolidayMark[];
  series: HistorySeries[];
  flows: FlowHistorySeries[];
  comments: { date: string; organizationCode: string; unitId: string; comment: string }[];
}

/**
 * The body of every error answer. `errors` names each bad field (400 only); a 409 carries what is
 * stored now: the report (report PUT) or the rows whose version was stale (flows PUT).
 */
export interface ApiErrorBody<Current = Report> {
  statusCode: number;
  message: string;
  errors?: Record<string, string[]>;
  codes?: Record<string, string[]>;
  current?: Current;
  /** 429 only: when to try again (also the Retry-After header). */
  retryAfterSeconds?: number;
}

/** A 409 to a flows PUT: the stored rows of the municipalities whose `expectedVersion` was stale. */
export type FlowsConflictBody = ApiErrorBody<StoredFlowRow[]>;
