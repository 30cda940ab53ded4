import { levelRank, type EscalationLevel, type SuggestibleLevel } from '../domain/escalation.js';
import type { EscalationSettingsValues } from '../schemas/escalation.js';
import { occupancyPct } from './capacity.js';
import { shiftDay } from './dates.js';

/** The region's figures the triggers look at. */
export interface TriggerFigures {
  /** The reporting day the figures are for. */
  date: string;
  /** The region's hospital beds per day (what was reported that day), any order; days without reports left out. */
  hospitalDays: readonly { date: string; capacity: number; occupied: number }[];
  /** Today's överbeläggningar in the region's hospitals. */
  overcrowding: number;
  /** Municipalities whose places are critical today (full, or critical staffing). */
  criticalMunicipalities: readonly { code: string; name: string }[];
}

/** A trigger that fired, with the figures behind it (shown to the chair, kept in the log). */
export type FiredTrigger =
  | { trigger: 'occupancy'; level: SuggestibleLevel; abovePct: number; days: { date: string; occupancyPct: number }[] }
  | { trigger: 'overcrowding'; level: SuggestibleLevel; above: number; overcrowding: number }
  | {
      trigger: 'criticalMunicipalities';
      level: SuggestibleLevel;
      atLeast: number;
      municipalities: { code: string; name: string }[];
    };

export interface TriggeredSuggestion {
  /** The highest level any fired trigger names; never katastrofläge. */
  level: SuggestibleLevel;
  fired: FiredTrigger[];
}

/**
 * The hospital occupancy of each of the last `days` days, newest first, when every one of them is
 * above `abovePct`. "Two days running" ends today, or yesterday while today has no hospital figures.
 */
function occupancyRun(figures: TriggerFigures, abovePct: number, days: number): { date: string; occupancyPct: number }[] | null {
  const byDate = new Map(figures.hospitalDays.map((day) => [day.date, day]));
  const end = byDate.has(figures.date) ? figures.date : shiftDay(figures.date, -1);
  const run: { date: string; occupancyPct: number }[] = [];
  for (let offset = 0; offset < days; offset += 1) {
    const date = shiftDay(end, -offset);
    const day = byDate.get(date);
    const pct = day ? occupancyPct(day.capacity, day.occupied) : null;
    if (pct === null || pct <= abovePct) return null;
    run.push({ date, occupancyPct: pct });
  }
  return run;
}

/**
 * Which of the region's triggers fire on these figures, and the level they suggest. Nothing is
 * suggested at or below the level already declared: a suggestion only ever asks to go up.
 */
export function evaluateTriggers(
  triggers: EscalationSettingsValues['triggers'],
  figures: TriggerFigures,
  current: EscalationLevel,
): TriggeredSuggestion | null {
  const fired: FiredTrigger[] = [];
  const { occupancy, overcrowding, criticalMunicipalities } = triggers;
  if (occupancy.enabled) {
    const days = occupancyRun(figures, occupancy.abovePct, occupancy.days);
    if (days) fired.push({ trigger: 'occupancy', level: occupancy.level, abovePct: occupancy.abovePct, days });
  }
  if (overcrowding.enabled && figures.overcrowding > overcrowding.above) {
    fired.push({
      trigger: 'overcrowding',
      level: overcrowding.level,
      above: overcrowding.above,
      overcrowding: figures.overcrowding,
    });
  }
  if (criticalMunicipalities.enabled && figures.criticalMunicipalities.length >= criticalMunicipalities.atLeast) {
    fired.push({
      trigger: 'criticalMunicipalities',
      level: criticalMunicipalities.level,
      atLeast: criticalMunicipalities.atLeast,
      municipalities: [...figures.criticalMunicipalities],
    });
  }
  const above = fired.filter((trigger) => levelRank(trigger.level) > levelRank(current));
  if (above.length === 0) return null;
  const level = above.some((trigger) => trigger.level === 'staff') ? 'staff' : 'reinforced';
  return { level, fired: above };
}
