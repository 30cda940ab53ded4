import { z } from 'zod';
import { isoDate, shortText } from './fields.js';

export const createMeetingSchema = z.strictObject(
  {
    title: z
      .string({ error: 'validation.name' })
      .trim()
      .min(1, { error: 'validation.name' })
      .max(200, { error: 'validation.name' }),
    date: isoDate().optional(),
    participants: z.array(z.string().min(1).max(20)).min(1, { error: 'validation.rowsRequired' }).max(400).optional(),
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

export const meetingDecisionSchema = z.strictObject(
  { text: shortText(2000).min(1, { error: 'validation.required' }) },
  { error: 'validation.unknownField' },
);
export type MeetingDecisionInput = z.infer<typeof meetingDecisionSchema>;

export const meetingActionSchema = z.strictObject(
  {
    who: z
      .string({ error: 'validation.required' })
      .trim()
      .min(1, { error: 'validation.required' })
      .max(200, { error: 'validation.text' }),
    what: shortText(2000).min(1, { error: 'validation.required' }),
    due: isoDate().nullish(),
  },
  { error: 'validation.unknownField' },
);
export type MeetingActionInput = z.infer<typeof meetingActionSchema>;

export const meetingParticipantsSchema = z.strictObject(
  { participants: z.array(z.string().min(1).max(20)).min(1, { error: 'validation.rowsRequired' }).max(400) },
  { error: 'validation.unknownField' },
);
export type MeetingParticipantsInput = z.infer<typeof meetingParticipantsSchema>;
