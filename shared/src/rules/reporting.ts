import type { Situation, SituationUnit } from '../api/types.js';
import type { EscalationLevel } from '../domain/escalation.js';
import type { EscalationLevelState, EscalationSettingsValues } from '../schemas/escalation.js';
import { reportingDay, reportingDayTime } from './dates.js';

/** Half an hour after a deadline the chair and the analysts get one digest of who is still missing. */
export const DIGEST_DELAY_MINUTES = 30;

/** "10:00" → 600. */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** 600 → "10:00". */
export function timeOfDay(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** An organisation's declared level; one that never declared any is in normalläge. */
export function levelOf(
  levels: readonly Pick<EscalationLevelState, 'organizationCode' | 'level'>[],
  code: string,
): EscalationLevel {
  return levels.find((entry) => entry.organizationCode === code)?.level ?? 'normal';
}

/** The day's reporting deadlines at a level, in order. */
export function deadlinesAt(deadlines: EscalationSettingsValues['deadlines'], level: EscalationLevel): readonly string[] {
  return deadlines[level];
}

export interface ReportingWindow {
  /** The latest deadline of the day that has passed, or null (before the first, or another day). */
  deadline: string | null;
  /** Reports must be saved (or confirmed) at or after this instant to count for it: the deadline before, null for the day's first. */
  since: Date | null;
  /** The next deadline of the day, or null. */
  next: string | null;
}

/**
 * Where `now` stands among the day's deadlines. Only today has deadlines that can pass: a past
 * day is history, never overdue. With two deadlines, the second asks for figures saved (or
 * confirmed unchanged) after the first.
 */
export function reportingWindow(date: string, deadlines: readonly string[], now: Date): ReportingWindow {
  if (date !== reportingDay(now)) return { deadline: null, since: null, next: null };
  const instants = deadlines.map((time) => reportingDayTime(date, minutesOfDay(time)));
  const passed = instants.filter((instant) => instant.getTime() <= now.getTime()).length;
  return {
    deadline: passed > 0 ? (deadlines[passed - 1] ?? null) : null,
    since: passed > 1 ? (instants[passed - 2] ?? null) : null,
    next: deadlines[passed] ?? null,
  };
}

/** A unit counts as reported for the window when its day's figures were saved or confirmed within it. */
export function reportedInWindow(unit: Pick<SituationUnit, 'report' | 'confirmedAt'>, since: Date | null): boolean {
  if (!unit.report) return false;
  if (!since) return true;
  const latest = unit.confirmedAt && unit.confirmedAt > unit.report.updatedAt ? unit.confirmedAt : unit.report.updatedAt;
  return Date.parse(latest) >= since.getTime();
}

/**
 * Whether figures confirmed unchanged at `at` count for anything: only when one of the day's
 * deadlines that opens a later window (all but the last) passed since they were last saved or
 * confirmed (`previous`). Otherwise every window sees them as reported (or not) either way, and
 * nothing is stored or told.
 */
export function confirmationCounts(date: string, deadlines: readonly string[], previous: Date, at: Date): boolean {
  return deadlines
    .slice(0, -1)
    .map((time) => reportingDayTime(date, minutesOfDay(time)).getTime())
    .some((instant) => previous.getTime() < instant && instant <= at.getTime());
}

export interface OverdueOrganization {
  code: string;
  name: string;
  /** How many units it reports for. */
  units: number;
  /** The units that have not reported for the deadline. */
  missing: { id: string; name: string }[];
  /** Some units have reported, some have not. */
  partly: boolean;
}

export interface OverdueStatus {
  deadline: string | null;
  organizations: OverdueOrganization[];
}

/**
 * Who is overdue at `now`: every organisation with a unit that has not reported since the window
 * opened, once a deadline has passed. The one rule behind the situation, the reminders, the digest,
 * exports and minutes; the client runs it too, so the picture turns overdue at the deadline itself.
 */
export function overdueAt(
  situation: Pick<Situation, 'date' | 'organizations'>,
  deadlines: readonly string[],
  now: Date,
): OverdueStatus {
  const window = reportingWindow(situation.date, deadlines, now);
  if (!window.deadline) return { deadline: null, organizations: [] };
  const organizations: OverdueOrganization[] = [];
  for (const organization of situation.organizations) {
    if (organization.units.length === 0) continue;
    const missing = organization.units.filter((unit) => !reportedInWindow(unit, window.since));
    if (missing.length === 0) continue;
    organizations.push({
      code: organization.code,
      name: organization.name,
      units: organization.units.length,
      missing: missing.map((unit) => ({ id: unit.id, name: unit.name })),
      partly: missing.length < organization.units.length,
    });
  }
  return { deadline: window.deadline, organizations };
}

/** The situation's own deadlines: those of the region's declared level. */
export function situationDeadlines(situation: Pick<Situation, 'region' | 'levels' | 'reporting'>): readonly string[] {
  return deadlinesAt(situation.reporting.deadlinesByLevel, levelOf(situation.levels, situation.region));
}

/**
 * The meeting cadence offered to the chair from stabsläge: a situation meeting after each of the
 * day's deadlines, when the digest has said who is missing.
 */
export function meetingCadence(deadlines: readonly string[]): string[] {
  return deadlines.map((time) => timeOfDay(minutesOfDay(time) + DIGEST_DELAY_MINUTES));
}
