import { z } from 'zod';
import { DECISION_FIGURES } from '../domain/meetings.js';
import { isoDate, shortText } from './fields.js';
import { rowId } from './networks.js';

const optionalId = (key: string) =>
  rowId(key)
    .nullish()
    .transform((value) => value ?? null);

export const createMeetingSchema = z.strictObject(
  {
    title: z
      .string({ error: 'validation.name' })
      .trim()
      .min(1, { error: 'validation.name' })
      .max(200, { error: 'validation.name' }),
    date: isoDate().optional(),
    participants: z.array(z.string().min(1).max(20)).min(1, { error: 'validation.rowsRequired' }).max(400).optional(),
    /** A meeting of a network (LSVO, …): it gets an agenda, attendance and the follow-up of actions. */
    networkId: rowId('validation.unknownNetwork').optional(),
    /** The calendar entry it holds: its time and place go into the minutes. */
    calendarEntryId: rowId('validation.unknownCalendarEntry').optional(),
  },
  { error: 'validation.unknownField' },
);
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

export const meetingStepSchema = z.strictObject(
  {
    step: z
      .number({ error: 'validation.invalid' })
      .int({ error: 'validation.invalid' })
      .min(0, { error: 'validation.invalid' })
      .nullable(),
  },
  { error: 'validation.unknownField' },
);
export type MeetingStepInput = z.infer<typeof meetingStepSchema>;

export const meetingNoteSchema = z.strictObject({ text: shortText(4000) }, { error: 'validation.unknownField' });
export type MeetingNoteInput = z.infer<typeof meetingNoteSchema>;

export const meetingDecisionSchema = z
  .strictObject(
    {
      text: shortText(2000).min(1, { error: 'validation.required' }),
      /** The agenda item it was taken under (required in a network's meeting). */
      agendaItemId: optionalId('validation.unknownAgendaItem').optional(),
      /** The organisation it concerns, and optionally a figure of it from the frozen snapshot. */
      organizationCode: z
        .string({ error: 'validation.unknownOrganization' })
        .max(20, { error: 'validation.unknownOrganization' })
        .nullish()
        .transform((value) => value ?? null),
      figure: z
        .enum(DECISION_FIGURES, { error: 'validation.decisionFigure' })
        .nullish()
        .transform((value) => value ?? null),
    },
    { error: 'validation.unknownField' },
  )
  .superRefine((decision, context) => {
    if (decision.figure !== null && decision.organizationCode === null)
      context.addIssue({ code: 'custom', message: 'validation.figureNeedsOrganization', path: ['organizationCode'] });
  });
export type MeetingDecisionInput = z.input<typeof meetingDecisionSchema>;
export type MeetingDecisionValues = z.output<typeof meetingDecisionSchema>;

export const meetingActionSchema = z
  .strictObject(
    {
      /** Who, as written; may be left out when an owner (organisation or member) is chosen. */
      who: z
        .string({ error: 'validation.required' })
        .trim()
        .max(200, { error: 'validation.text' })
        .nullish()
        .transform((value) => (value ? value : null)),
      what: shortText(2000).min(1, { error: 'validation.required' }),
      due: isoDate().nullish(),
      /** "Till nästa möte": due at the network's next meeting rather than on a date. */
      untilNextMeeting: z.boolean({ error: 'validation.invalid' }).optional(),
      agendaItemId: optionalId('validation.unknownAgendaItem').optional(),
      ownerOrganizationCode: z
        .string({ error: 'validation.unknownOrganization' })
        .max(20, { error: 'validation.unknownOrganization' })
        .nullish()
        .transform((value) => value ?? null),
      ownerMemberId: optionalId('validation.notNetworkMember').optional(),
    },
    { error: 'validation.unknownField' },
  )
  .superRefine((action, context) => {
    if (!action.who && !action.ownerOrganizationCode && !action.ownerMemberId)
      context.addIssue({ code: 'custom', message: 'validation.required', path: ['who'] });
    if (action.untilNextMeeting && action.due)
      context.addIssue({ code: 'custom', message: 'validation.dueOrNextMeeting', path: ['due'] });
  });
export type MeetingActionInput = z.input<typeof meetingActionSchema>;
export type MeetingActionValues = z.output<typeof meetingActionSchema>;

export const meetingParticipantsSchema = z.strictObject(
  { participants: z.array(z.string().min(1).max(20)).min(1, { error: 'validation.rowsRequired' }).max(400) },
  { error: 'validation.unknownField' },
);
export type MeetingParticipantsInput = z.infer<typeof meetingParticipantsSchema>;
