import {
  daysBetween,
  holidaysBetween,
  isMunicipalUnitKind,
  seededRandom,
  shiftDay,
  yearsBefore,
  type FlowRowValuesInput,
  type ReportValuesInput,
  type Staffing,
  type UnitKind,
} from '@lagesbild/shared';
import { DEFAULT_PROFILE, DEMO_COMMENTS, SILENT_MUNICIPALITIES, UNIT_PROFILES, type UnitProfile } from './demo-profiles.js';
import { hashSeed } from './seeded-random.js';

/** Five years of history, so holidays can be compared with the same holidays of earlier years. */
export const DEMO_YEARS = 5;
/** Readmissions are a newer figure: the demo has them for the last two years only (older days read null). */
export const DEMO_READMISSION_DAYS = 730;

export interface DemoUnit {
  id: string;
  kind: UnitKind;
  organizationCode: string;
  regionCode: string;
}

/** A day of a unit's figures, as the shared schema takes them (an optional figure may be left out). */
export type DemoReport = ReportValuesInput & { unitId: string; date: string; updatedBy: string };

/** A day of a municipality's flows: the entered figures (the total of discharges is derived). */
export type DemoFlow = Omit<FlowRowValuesInput, 'discharges'> & { regionCode: string; date: string };

/** One day of the demo calendar, with what every unit and municipality shares on it. */
export interface DemoDay {
  date: string;
  /** Days before today (0 = today). */
  offset: number;
  /** Winter rise: about +12 % in mid-January, -12 % in mid-July. */
  season: number;
  admissions: number;
  discharges: number;
}

/**
 * The demo's days, oldest first, five years up to `today`, each with its season and its rhythm:
 * fewer discharges at weekends and far fewer on red days and between them (jul och nyår, påsk,
 * midsommar), more on the working day before a long holiday, fewer in high summer. Computed once
 * and shared by every unit, so five years of the two regions generate in a few hundred milliseconds.
 */
export function demoCalendar(today: string): DemoDay[] {
  const from = shiftDay(yearsBefore(today, DEMO_YEARS), 1);
  const red = new Set(holidaysBetween(from, shiftDay(today, 7)).map((holiday) => holiday.date));
  const count = daysBetween(from, today) + 1;
  const start = Date.parse(`${from}T12:00:00Z`);
  const days: DemoDay[] = [];
  for (let index = 0; index < count; index += 1) {
    const at = new Date(start + index * 86_400_000);
    const date = at.toISOString().slice(0, 10);
    const weekday = at.getUTCDay();
    const month = at.getUTCMonth() + 1;
    const dayOfMonth = at.getUTCDate();
    const dayOfYear = Math.floor((at.getTime() - Date.UTC(at.getUTCFullYear(), 0, 0)) / 86_400_000);
    const weekend = weekday === 0 || weekday === 6;
    const holiday = red.has(date);
    const tomorrowOff = red.has(new Date(at.getTime() + 86_400_000).toISOString().slice(0, 10)) || weekday === 5;
    // Between the red days of jul och nyår, and in the weeks around midsommar, fewer staff and fewer discharges.
    const christmasWeeks = (month === 12 && dayOfMonth >= 23) || (month === 1 && dayOfMonth <= 6);
    const highSummer = month === 7;
    let discharges = holiday ? 0.3 : weekend ? 0.5 : tomorrowOff ? 1.25 : 1;
    if (christmasWeeks && !holiday) discharges *= 0.7;
    if (highSummer) discharges *= 0.85;
    days.push({
      date,
      offset: count - 1 - index,
      season: 1 + 0.12 * Math.cos((2 * Math.PI * (dayOfYear - 15)) / 365),
      admissions: weekend ? 0.75 : holiday ? 0.8 : 1,
      discharges,
    });
  }
  return days;
}

function capacityOn(profile: UnitProfile, day: string, today: string): number {
  if (profile.capacityFrom && day < profile.capacityFrom.date) return profile.capacity;
  if (profile.capacityFrom) return profile.capacityFrom.capacity;
  if (profile.capacityRaisedDaysAgo && day < shiftDay(today, -profile.capacityRaisedDaysAgo.days)) {
    return profile.capacityRaisedDaysAgo.before;
  }
  return profile.capacity;
}

/**
 * Closed beds: the profile's figure, rising from about half of it to all of it over the last four
 * weeks (nurses could not be recruited), with a day-to-day wobble. Derived from a hash of the day,
 * not from the unit's random stream, so every other demo figure stays what it was.
 */
function closedBedsOn(unit: DemoUnit, profile: UnitProfile, day: string, offset: number): number | null {
  if (!profile.closedBeds) return null;
  const ramp = offset >= 28 ? 0.5 : 1 - (0.5 * offset) / 28;
  const wobble = 0.85 + 0.3 * ((hashSeed(`closed-${unit.id}-${day}`) % 1000) / 1000);
  return Math.round(profile.closedBeds * ramp * wobble);
}

function reporterOf(unit: DemoUnit, usernames: ReadonlyMap<string, string>): string {
  return usernames.get(unit.organizationCode) ?? 'demo';
}

/** Five years of figures for one unit, ending today, deterministic for a given unit and today. */
export function demoReports(
  unit: DemoUnit,
  today: string,
  usernames: ReadonlyMap<string, string>,
  calendar: readonly DemoDay[] = demoCalendar(today),
): DemoReport[] {
  const profile = UNIT_PROFILES[unit.id] ?? DEFAULT_PROFILE[unit.kind];
  const random = seededRandom(hashSeed(unit.id));
  const silentDays = isMunicipalUnitKind(unit.kind) ? (SILENT_MUNICIPALITIES[unit.organizationCode] ?? 0) : 0;
  const isHospital = unit.kind === 'hospital';
  const turnover = isHospital ? 0.2 : unit.kind === 'icu' ? 0.25 : 0.12;
  const reporter = reporterOf(unit, usernames);
  const reports: DemoReport[] = [];
  let occupancy = profile.occupancy;
  for (const { date: day, offset, season, ...flow } of calendar) {
    const noise = random();
    // A slow random walk around the profile, pulled back towards it, so charts look lived-in.
    occupancy += (profile.occupancy - occupancy) * 0.15 + (random() - 0.5) * 0.06;
    if (offset < silentDays) continue;
    const capacity = capacityOn(profile, day, today);
    const occupied = Math.max(0, Math.round(capacity * occupancy * (0.94 + 0.06 * season)));
    const admissions = Math.max(0, Math.round(capacity * turnover * flow.admissions * season * (0.7 + 0.6 * random())));
    const discharges = Math.max(0, Math.round(capacity * turnover * flow.discharges * (0.7 + 0.6 * random())));
    const load = capacity > 0 ? occupied / capacity : 0;
    const sickLeavePct = profile.sickLeavePct ?? Math.round((5 + 6 * season * random()) * 10) / 10;
    const staffing: Staffing =
      load > 1.03 || sickLeavePct > 20 ? (noise > 0.7 ? 'critical' : 'strained') : noise > 0.93 ? 'strained' : 'normal';
    const home = isHospital ? Math.round(discharges * 0.62) : 0;
    const shortTerm = isHospital ? Math.round(discharges * 0.2) : 0;
    const nursingHome = isHospital ? Math.round(discharges * 0.1) : 0;
    reports.push({
      unitId: unit.id,
      date: day,
      capacity,
      occupied,
      surgeCapacity: profile.surgeCapacity ?? (isMunicipalUnitKind(unit.kind) ? capacity + Math.round(capacity * 0.15) : null),
      admissions,
      discharges,
      dischargesByDestination: isHospital
        ? { home, shortTerm, nursingHome, other: discharges - home - shortTerm - nursingHome }
        : null,
      staffing,
      sickLeavePct,
      covidPatients: profile.covidShare ? Math.round(occupied * profile.covidShare * season * random() * 1.5) : null,
      closedBeds: closedBedsOn(unit, profile, day, offset),
      comment: random() < 0.04 ? (DEMO_COMMENTS[Math.floor(random() * DEMO_COMMENTS.length)] ?? null) : null,
      updatedBy: reporter,
    });
  }
  return reports;
}

/** The region's per-municipality flows for the same five years. */
export function demoFlows(
  municipality: { code: string; regionCode: string; population: number },
  today: string,
  calendar: readonly DemoDay[] = demoCalendar(today),
): DemoFlow[] {
  const random = seededRandom(hashSeed(`flows-${municipality.code}`));
  const scale = municipality.population / 10_000;
  // Avesta is short of places: more patients wait for the municipality there.
  const waiting = municipality.code === '2084' ? 2.2 : 0.7;
  // Readmission rates differ between municipalities (about 9–17 % of admissions), so comparisons show something.
  const readmissionShare = 0.09 + (hashSeed(`readmissions-${municipality.code}`) % 80) / 1000;
  const flows: DemoFlow[] = [];
  for (const { date: day, offset, season, ...flow } of calendar) {
    const discharges = Math.round(scale * 1.4 * flow.discharges * (0.7 + 0.6 * random()));
    const home = Math.round(discharges * 0.6);
    const shortTerm = Math.round(discharges * 0.22);
    const nursingHome = Math.round(discharges * 0.08);
    const admissions = Math.round(scale * 1.5 * flow.admissions * season * (0.7 + 0.6 * random()));
    const readmissions = Math.min(admissions, Math.round(admissions * readmissionShare * (0.4 + 1.2 * random())));
    flows.push({
      municipalityCode: municipality.code,
      regionCode: municipality.regionCode,
      date: day,
      inpatients: Math.round(scale * 9 * season * (0.9 + 0.2 * random())),
      admissions,
      dischargesHome: home,
      dischargesShortTerm: shortTerm,
      dischargesNursingHome: nursingHome,
      dischargesOther: Math.max(0, discharges - home - shortTerm - nursingHome),
      readyForDischarge: Math.round(scale * waiting * season * (0.6 + 0.8 * random())),
      readmissions: offset < DEMO_READMISSION_DAYS ? readmissions : null,
    });
  }
  return flows;
}
