import {
  holidayName,
  isMunicipalUnitKind,
  seededRandom,
  shiftDay,
  type FlowRowValuesInput,
  type ReportValuesInput,
  type Staffing,
  type UnitKind,
} from '@lagesbild/shared';
import { DEFAULT_PROFILE, DEMO_COMMENTS, SILENT_MUNICIPALITIES, UNIT_PROFILES, type UnitProfile } from './demo-profiles.js';
import { hashSeed } from './seeded-random.js';

export const DEMO_DAYS = 180;

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

/** Winter rise: about +12 % in mid-January, -12 % in mid-July. */
function seasonFactor(day: string): number {
  const date = new Date(`${day}T12:00:00Z`);
  const start = Date.UTC(date.getUTCFullYear(), 0, 0);
  const dayOfYear = Math.floor((date.getTime() - start) / 86_400_000);
  return 1 + 0.12 * Math.cos((2 * Math.PI * (dayOfYear - 15)) / 365);
}

/** Fewer discharges at weekends and on public holidays; admissions dip less. */
function rhythm(day: string): { admissions: number; discharges: number } {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const holiday = holidayName(day) !== undefined;
  return {
    admissions: weekend ? 0.75 : holiday ? 0.8 : 1,
    discharges: holiday ? 0.35 : weekend ? 0.5 : weekday === 5 ? 1.25 : 1,
  };
}

function capacityOn(profile: UnitProfile, day: string, today: string): number {
  if (profile.capacityFrom && day < profile.capacityFrom.date) return profile.capacity;
  if (profile.capacityFrom) return profile.capacityFrom.capacity;
  if (profile.capacityRaisedDaysAgo && day < shiftDay(today, -profile.capacityRaisedDaysAgo.days)) {
    return profile.capacityRaisedDaysAgo.before;
  }
  return profile.capacity;
}

function reporterOf(unit: DemoUnit, usernames: ReadonlyMap<string, string>): string {
  return usernames.get(unit.organizationCode) ?? 'demo';
}

/** 180 days of figures for one unit, ending today, deterministic for a given unit and today. */
export function demoReports(unit: DemoUnit, today: string, usernames: ReadonlyMap<string, string>): DemoReport[] {
  const profile = UNIT_PROFILES[unit.id] ?? DEFAULT_PROFILE[unit.kind];
  const random = seededRandom(hashSeed(unit.id));
  const silentDays = isMunicipalUnitKind(unit.kind) ? (SILENT_MUNICIPALITIES[unit.organizationCode] ?? 0) : 0;
  const reports: DemoReport[] = [];
  let occupancy = profile.occupancy;
  for (let offset = DEMO_DAYS - 1; offset >= 0; offset -= 1) {
    const day = shiftDay(today, -offset);
    const noise = random();
    // A slow random walk around the profile, pulled back towards it, so charts look lived-in.
    occupancy += (profile.occupancy - occupancy) * 0.15 + (random() - 0.5) * 0.06;
    if (offset < silentDays) continue;
    const capacity = capacityOn(profile, day, today);
    const season = seasonFactor(day);
    const occupied = Math.max(0, Math.round(capacity * occupancy * (0.94 + 0.06 * season)));
    const flow = rhythm(day);
    const turnover = unit.kind === 'hospital' ? 0.2 : unit.kind === 'icu' ? 0.25 : 0.12;
    const admissions = Math.max(0, Math.round(capacity * turnover * flow.admissions * season * (0.7 + 0.6 * random())));
    const discharges = Math.max(0, Math.round(capacity * turnover * flow.discharges * (0.7 + 0.6 * random())));
    const load = capacity > 0 ? occupied / capacity : 0;
    const sickLeavePct = profile.sickLeavePct ?? Math.round((5 + 6 * season * random()) * 10) / 10;
    const staffing: Staffing =
      load > 1.03 || sickLeavePct > 20 ? (noise > 0.7 ? 'critical' : 'strained') : noise > 0.93 ? 'strained' : 'normal';
    const isHospital = unit.kind === 'hospital';
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
      comment: random() < 0.04 ? (DEMO_COMMENTS[Math.floor(random() * DEMO_COMMENTS.length)] ?? null) : null,
      updatedBy: reporterOf(unit, usernames),
    });
  }
  return reports;
}

/** The region's per-municipality flows for the same 180 days. */
export function demoFlows(municipality: { code: string; regionCode: string; population: number }, today: string): DemoFlow[] {
  const random = seededRandom(hashSeed(`flows-${municipality.code}`));
  const scale = municipality.population / 10_000;
  // Avesta is short of places: more patients wait for the municipality there.
  const waiting = municipality.code === '2084' ? 2.2 : 0.7;
  const flows: DemoFlow[] = [];
  for (let offset = DEMO_DAYS - 1; offset >= 0; offset -= 1) {
    const day = shiftDay(today, -offset);
    const season = seasonFactor(day);
    const flow = rhythm(day);
    const discharges = Math.round(scale * 1.4 * flow.discharges * (0.7 + 0.6 * random()));
    const home = Math.round(discharges * 0.6);
    const shortTerm = Math.round(discharges * 0.22);
    const nursingHome = Math.round(discharges * 0.08);
    flows.push({
      municipalityCode: municipality.code,
      regionCode: municipality.regionCode,
      date: day,
      inpatients: Math.round(scale * 9 * season * (0.9 + 0.2 * random())),
      admissions: Math.round(scale * 1.5 * flow.admissions * season * (0.7 + 0.6 * random())),
      dischargesHome: home,
      dischargesShortTerm: shortTerm,
      dischargesNursingHome: nursingHome,
      dischargesOther: Math.max(0, discharges - home - shortTerm - nursingHome),
      readyForDischarge: Math.round(scale * waiting * season * (0.6 + 0.8 * random())),
    });
  }
  return flows;
}
