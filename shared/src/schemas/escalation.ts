import { z } from 'zod';
import { COMMON_MEASURES, ESCALATION_LEVELS, SUGGESTIBLE_LEVELS } from '../domain/escalation.js';
import { expectedVersion, MAX_COUNT, shortText, versionStamp } from './fields.js';

const text = (max: number) =>
  shortText(max)
    .nullish()
    .transform((value) => value || null);

/** Common measures ticked, each once. */
const measuresField = () =>
  z
    .array(z.enum(COMMON_MEASURES, { error: 'validation.measure' }), { error: 'validation.measure' })
    .max(COMMON_MEASURES.length, { error: 'validation.measure' })
    .refine((measures) => new Set(measures).size === measures.length, { error: 'validation.measure' })
    .default([]);

/**
 * A declared level: normalläge needs no reason, every other level does (the banner says why).
 * The common measures are ticked, anything else is typed in `otherMeasures`.
 */
export const declareLevelSchema = z
  .strictObject(
    {
      level: z.enum(ESCALATION_LEVELS, {
        error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.escalationLevel'),
      }),
      reason: text(500),
      measures: measuresField(),
      otherMeasures: text(1000),
      expectedVersion: expectedVersion(),
    },
    { error: 'validation.unknownField' },
  )
  .superRefine((value, ctx) => {
    if (value.level !== 'normal' && !value.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.reasonRequired' });
    }
  });
export type DeclareLevelInput = z.output<typeof declareLevelSchema>;
/** What a form or client may send (measures may be left out). */
export type DeclareLevelBody = z.input<typeof declareLevelSchema>;

/** An organisation's declared level as stored and answered; every version is kept. */
export const escalationLevelSchema = z.object({
  organizationCode: z.string(),
  level: z.enum(ESCALATION_LEVELS),
  reason: z.string().nullable(),
  measures: z.array(z.enum(COMMON_MEASURES)),
  otherMeasures: z.string().nullable(),
  /** When this level began (ISO): kept when only the reason or measures change. */
  since: z.string(),
  ...versionStamp,
});
export type EscalationLevelState = z.output<typeof escalationLevelSchema>;

// "10:00": a time of day on the county's clock.
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const deadlineTime = () => z.string({ error: 'validation.time' }).regex(TIME, { error: 'validation.time' });

/** One or two deadlines a day, in order, for one level. */
const deadlineTimes = () =>
  z
    .array(deadlineTime(), { error: 'validation.deadlineCount' })
    .min(1, { error: 'validation.deadlineCount' })
    .max(2, { error: 'validation.deadlineCount' })
    .refine((times) => times.every((time, index) => index === 0 || time > times[index - 1]!), {
      error: 'validation.deadlineOrder',
    });

const suggestedLevel = () => z.enum(SUGGESTIBLE_LEVELS, { error: 'validation.suggestedLevel' });
const threshold = (min: number, max: number) =>
  z
    .number({ error: 'validation.threshold' })
    .min(min, { error: 'validation.threshold' })
    .max(max, { error: 'validation.threshold' });
const wholeThreshold = (min: number, max: number) => threshold(min, max).int({ error: 'validation.threshold' });

/**
 * A region's reporting deadlines per level and the triggers that suggest a level to its chair.
 * Set by the region's administrator; the region's declared level picks today's deadlines.
 */
export const escalationSettingsValuesSchema = z.strictObject(
  {
    deadlines: z.strictObject(
      {
        normal: deadlineTimes(),
        reinforced: deadlineTimes(),
        staff: deadlineTimes(),
        disaster: deadlineTimes(),
      },
      { error: 'validation.unknownField' },
    ),
    triggers: z.strictObject(
      {
        /** The region's hospital occupancy above `abovePct` on each of the last `days` days. */
        occupancy: z.strictObject(
          { enabled: z.boolean(), abovePct: threshold(50, 300), days: wholeThreshold(1, 14), level: suggestedLevel() },
          { error: 'validation.unknownField' },
        ),
        /** Today's överbeläggningar in the region's hospitals above a number. */
        overcrowding: z.strictObject(
          { enabled: z.boolean(), above: wholeThreshold(0, MAX_COUNT), level: suggestedLevel() },
          { error: 'validation.unknownField' },
        ),
        /** At least this many municipalities critical today. */
        criticalMunicipalities: z.strictObject(
          { enabled: z.boolean(), atLeast: wholeThreshold(1, 400), level: suggestedLevel() },
          { error: 'validation.unknownField' },
        ),
      },
      { error: 'validation.unknownField' },
    ),
  },
  { error: 'validation.unknownField' },
);
export type EscalationSettingsValues = z.output<typeof escalationSettingsValuesSchema>;
export type TriggerName = keyof EscalationSettingsValues['triggers'];

export const escalationSettingsInputSchema = escalationSettingsValuesSchema.extend({ expectedVersion: expectedVersion() });
export type EscalationSettingsInput = z.output<typeof escalationSettingsInputSchema>;

/** What a region without settings of its own uses: 10:00 every day, twice a day from stabsläge. */
export const DEFAULT_ESCALATION_SETTINGS: EscalationSettingsValues = {
  deadlines: { normal: ['10:00'], reinforced: ['10:00'], staff: ['10:00', '15:00'], disaster: ['10:00', '15:00'] },
  triggers: {
    occupancy: { enabled: true, abovePct: 100, days: 2, level: 'reinforced' },
    overcrowding: { enabled: true, above: 30, level: 'staff' },
    criticalMunicipalities: { enabled: true, atLeast: 3, level: 'reinforced' },
  },
};

export const dismissSuggestionSchema = z.strictObject({ note: text(500) }, { error: 'validation.unknownField' });
export type DismissSuggestionInput = z.output<typeof dismissSuggestionSchema>;

/** Confirming a suggestion declares its level: the chair gives the reason and measures. */
export const confirmSuggestionSchema = z.strictObject(
  {
    reason: shortText(500).min(1, { error: 'validation.reasonRequired' }),
    measures: measuresField(),
    otherMeasures: text(1000),
  },
  { error: 'validation.unknownField' },
);
export type ConfirmSuggestionInput = z.output<typeof confirmSuggestionSchema>;
