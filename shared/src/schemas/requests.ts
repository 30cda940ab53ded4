import { z } from 'zod';
import { MAX_REQUEST_LINES, MAX_REQUEST_QUANTITY, PLACE_UNIT_KINDS, STAFF_ROLES, URGENCIES } from '../domain/requests.js';
import { periodProblem } from '../rules/period.js';
import { count, isoDate, shortText } from './fields.js';

// Avrop: what a request, an offer and a decision carry. The request form and the server validate
// with these; quantities, periods, kinds and items are checked here, what depends on the stored
// state (an item of the region's inventory, what is still open) in the service.

const requiredOr = (key: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? 'validation.required' : key;

/** A whole number from 1 to 1000: places, people or items. */
export const quantity = () =>
  z
    .number({ error: requiredOr('validation.quantity') })
    .int({ error: 'validation.quantity' })
    .min(1, { error: 'validation.quantity' })
    .max(MAX_REQUEST_QUANTITY, { error: 'validation.quantity' });

/** Ids are uuids; anything else names nothing (the service answers 404 or a 400 for the field). */
const id = () => z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(100);

const text = (max: number) => shortText(max).min(1, { error: 'validation.required' });
const optionalText = (max: number) =>
  shortText(max)
    .nullish()
    .transform((value) => value || null);

/** from..to, both included, not ending before it starts (the one period rule). */
function checkPeriod(line: { from: string; to: string }, ctx: z.RefinementCtx): void {
  const problem = periodProblem(line.from, line.to);
  if (problem) ctx.addIssue({ code: 'custom', path: ['from'], message: problem });
}

export const placesLineSchema = z
  .strictObject(
    {
      kind: z.literal('places'),
      quantity: quantity(),
      unitKind: z.enum(PLACE_UNIT_KINDS, { error: 'validation.invalid' }).default('short_term'),
      from: isoDate(),
      to: isoDate(),
    },
    { error: 'validation.unknownField' },
  )
  .superRefine(checkPeriod);

export const staffLineSchema = z
  .strictObject(
    {
      kind: z.literal('staff'),
      quantity: quantity(),
      staffRole: z.enum(STAFF_ROLES, { error: requiredOr('validation.staffRole') }),
      from: isoDate(),
      to: isoDate(),
    },
    { error: 'validation.unknownField' },
  )
  .superRefine(checkPeriod);

export const equipmentLineSchema = z.strictObject(
  {
    kind: z.literal('equipment'),
    quantity: quantity(),
    itemTypeId: id(),
    until: isoDate(),
  },
  { error: 'validation.unknownField' },
);

export const requestLineSchema = z.discriminatedUnion('kind', [placesLineSchema, staffLineSchema, equipmentLineSchema], {
  error: 'validation.lineKind',
});
export type RequestLineInput = z.infer<typeof requestLineSchema>;

/** A new request (or a draft's new content). `draft`: keep it to oneself until it is opened. */
export const requestInputSchema = z.strictObject(
  {
    reason: text(1000),
    urgency: z.enum(URGENCIES, { error: 'validation.invalid' }).default('normal'),
    neededBy: isoDate(),
    lines: z
      .array(requestLineSchema, { error: 'validation.rowsRequired' })
      .min(1, { error: 'validation.rowsRequired' })
      .max(MAX_REQUEST_LINES, { error: 'validation.tooManyLines' }),
    draft: z.boolean({ error: 'validation.invalid' }).optional(),
  },
  { error: 'validation.unknownField' },
);
export type RequestInput = z.infer<typeof requestInputSchema>;
/** What the form holds before defaults are applied. */
export type RequestFormInput = z.input<typeof requestInputSchema>;

/** An offer against one line of a request; places come from one of the offering organisation's units. */
export const offerInputSchema = z.strictObject(
  {
    lineId: id(),
    quantity: quantity(),
    unitId: id().optional(),
    comment: optionalText(1000),
  },
  { error: 'validation.unknownField' },
);
export type OfferInput = z.infer<typeof offerInputSchema>;

/** Accepting an offer, in full or (quantity) in part. */
export const acceptOfferSchema = z.strictObject({ quantity: quantity().optional() }, { error: 'validation.unknownField' });
export type AcceptOfferInput = z.infer<typeof acceptOfferSchema>;

export const declineOfferSchema = z.strictObject({ reason: optionalText(1000) }, { error: 'validation.unknownField' });
export type DeclineOfferInput = z.infer<typeof declineOfferSchema>;

/** The chair records "att Falun lånar ut 4 platser till Avesta" and so accepts the offer. */
export const offerDecisionSchema = z.strictObject(
  { offerId: id(), quantity: quantity().optional() },
  { error: 'validation.unknownField' },
);
export type OfferDecisionInput = z.infer<typeof offerDecisionSchema>;

export const requestListQuerySchema = z.object({
  status: z.enum(['active', 'all'], { error: 'validation.invalid' }).optional(),
});
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;

const itemName = () =>
  z.string({ error: 'validation.name' }).trim().min(1, { error: 'validation.name' }).max(100, { error: 'validation.name' });

/** An item type of the region's equipment inventory and how many the region has. */
export const equipmentItemInputSchema = z.strictObject(
  { name: itemName(), total: count() },
  { error: 'validation.unknownField' },
);
export type EquipmentItemInput = z.infer<typeof equipmentItemInputSchema>;

export const equipmentItemUpdateSchema = z.strictObject(
  { name: itemName().optional(), total: count().optional() },
  { error: 'validation.unknownField' },
);
export type EquipmentItemUpdate = z.infer<typeof equipmentItemUpdateSchema>;
