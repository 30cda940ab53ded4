/**
 * Declared levels of preparedness, lowest first: normalläge, förstärkningsläge, stabsläge,
 * katastrofläge. The region and each municipality declare their own.
 */
export const ESCALATION_LEVELS = ['normal', 'reinforced', 'staff', 'disaster'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** The levels a trigger may suggest: never katastrofläge, which is declared by people alone. */
export const SUGGESTIBLE_LEVELS = ['reinforced', 'staff'] as const satisfies readonly EscalationLevel[];
export type SuggestibleLevel = (typeof SUGGESTIBLE_LEVELS)[number];

/** Measures common enough to tick rather than type (the minutes' "elektiv kirurgi stoppad", …). */
export const COMMON_MEASURES = [
  'electiveSurgeryStopped',
  'extraBedsOpened',
  'agencyStaff',
  'staffRecalled',
  'leaveCancelled',
  'patientsTransferred',
] as const;
export type CommonMeasure = (typeof COMMON_MEASURES)[number];

export function levelRank(level: EscalationLevel): number {
  return ESCALATION_LEVELS.indexOf(level);
}

/** True from stabsläge up: deadlines may come twice a day, the chair is offered a meeting cadence. */
export function isHeightenedLevel(level: EscalationLevel): boolean {
  return levelRank(level) >= levelRank('staff');
}
