// A municipality's dated change to its short-term places: "10 nya korttidsplatser fr.o.m. 1 juni"
// adds ten, "15 platser ökas till 18 fr.o.m. 8 december" sets eighteen.
export const PLANNED_CAPACITY_MODES = ['add', 'set'] as const;
export type PlannedCapacityMode = (typeof PLANNED_CAPACITY_MODES)[number];

/** Days the forecast looks ahead by default, and at most. */
export const FORECAST_DEFAULT_DAYS = 14;
export const FORECAST_MAX_DAYS = 28;
/** How far ahead an early warning looks: the upper bound above capacity with surge within this many days. */
export const EARLY_WARNING_DAYS = 7;
/** Days of figures before asOf that the forecast answers with, to draw the forecast from where it starts. */
export const FORECAST_RECENT_DAYS = 28;
