import { z } from 'zod';
import { ACTION_STATUSES, AGENDA_CONTENTS, AGENDA_ITEM_TYPES, ATTENDANCE_STATUSES } from '../domain/meetings.js';
import { isoDate, shortText } from './fields.js';
import { emailAddress } from './account.js';

// Networks (meeting series such as LSVO), their members and calendar, and what a network meeting
// adds to a situation meeting: the agenda, attendance, and actions that come back.

const strict = { error: 'validation.unknownField' } as const;

/** Required text of at most `max` characters, trimmed; `key` names what is missing or too long. */
const requiredText = (max: number, key: string) =>
  z.string({ error: key }).trim().min(1, { error: key }).max(max, { error: key });

/** Optional text: left out, null or blank is stored (and answered) as null. */
const optionalText = (max: number) =>
  shortText(max)
    .nullish()
    .transform((value) => (value ? value : null));

/** A stored row's id as the API gives it; anything else is a 400 naming the field, never a 500. */
export const rowId = (key = 'validation.invalid') => z.uuid({ error: key });

/** A member's or recipient's address, compared without case (one member per address in a network). */
const memberEmail = () => emailAddress().transform((value) => value.toLowerCase());

/** A web link that can be opened from a calendar or the minutes: http(s) only. */
export const webLink = () =>
  z
    .string({ error: 'validation.link' })
    .trim()
    .max(1000, { error: 'validation.link' })
    .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, { error: 'validation.link' });

const clockTime = () => z.string({ error: 'validation.time' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });

export const networkSchema = z.strictObject(
  {
    name: requiredText(100, 'validation.name'),
    /** How the minutes introduce the network's decisions: "LSVO beslutar", "Länschefsnätverket beslutade". */
    decisionPhrase: requiredText(100, 'validation.decisionPhrase'),
    description: optionalText(1000),
    /** The § number the next meeting's agenda starts at; null for a network that does not number. */
    nextParagraph: z
      .number({ error: 'validation.paragraph' })
      .int({ error: 'validation.paragraph' })
      .min(1, { error: 'validation.paragraph' })
      .max(100_000, { error: 'validation.paragraph' })
      .nullish()
      .transform((value) => value ?? null),
    /** Addresses the minutes go to besides the members' own (a registrar, a shared inbox). */
    extraRecipients: z
      .array(memberEmail())
      .max(50, { error: 'validation.tooMany' })
      .optional()
      .transform((value) => [...new Set(value ?? [])]),
  },
  strict,
);
export type NetworkInput = z.input<typeof networkSchema>;
export type NetworkValues = z.output<typeof networkSchema>;

export const networkMemberSchema = z.strictObject(
  {
    name: requiredText(200, 'validation.memberName'),
    organizationCode: z
      .string()
      .max(20, { error: 'validation.unknownOrganization' })
      .nullish()
      .transform((v) => v ?? null),
    role: optionalText(200),
    email: memberEmail()
      .nullish()
      .or(z.literal('').transform(() => null))
      .transform((value) => value ?? null),
    /** The member's account in Lägesbild, where they have one: their open actions show on their start page. */
    username: z
      .string()
      .max(64, { error: 'validation.unknownUser' })
      .nullish()
      .transform((v) => (v ? v : null)),
    /** Set for a deputy (ersättare): the member they stand in for. */
    deputyFor: rowId('validation.notNetworkMember')
      .nullish()
      .transform((value) => value ?? null),
  },
  strict,
);
export type NetworkMemberInput = z.input<typeof networkMemberSchema>;
export type NetworkMemberValues = z.output<typeof networkMemberSchema>;

export const calendarEntrySchema = z
  .strictObject(
    {
      date: isoDate(),
      startTime: clockTime(),
      endTime: clockTime()
        .nullish()
        .transform((value) => value ?? null),
      place: optionalText(200),
      link: webLink()
        .nullish()
        .or(z.literal('').transform(() => null))
        .transform((value) => value ?? null),
      title: optionalText(200),
    },
    strict,
  )
  .superRefine((entry, context) => {
    if (entry.endTime !== null && entry.endTime <= entry.startTime)
      context.addIssue({ code: 'custom', message: 'validation.endBeforeStart', path: ['endTime'] });
  });
export type CalendarEntryInput = z.input<typeof calendarEntrySchema>;
export type CalendarEntryValues = z.output<typeof calendarEntrySchema>;

const agendaLink = z.strictObject({ label: optionalText(200), url: webLink() }, strict);

export const agendaItemSchema = z.strictObject(
  {
    type: z.enum(AGENDA_ITEM_TYPES, { error: 'validation.agendaItemType' }),
    content: z.enum(AGENDA_CONTENTS, { error: 'validation.agendaContent' }).default('text'),
    title: requiredText(200, 'validation.title'),
    /** Föredragande: who presents the item. */
    presenter: optionalText(200),
    /** Förslag till beslut, in the "att …" form. */
    proposal: optionalText(2000),
    text: optionalText(8000),
    links: z.array(agendaLink).max(20, { error: 'validation.tooMany' }).default([]),
  },
  strict,
);
export type AgendaItemInput = z.input<typeof agendaItemSchema>;
export type AgendaItemValues = z.output<typeof agendaItemSchema>;

export const agendaOrderSchema = z.strictObject(
  { itemIds: z.array(rowId('validation.agendaOrder')).min(1, { error: 'validation.agendaOrder' }).max(200) },
  strict,
);
export type AgendaOrderInput = z.infer<typeof agendaOrderSchema>;

export const currentItemSchema = z.strictObject({ itemId: rowId('validation.unknownAgendaItem').nullable() }, strict);
export type CurrentItemInput = z.infer<typeof currentItemSchema>;

export const attendanceSchema = z.strictObject(
  {
    members: z
      .array(
        z.strictObject(
          {
            memberId: rowId('validation.notNetworkMember'),
            status: z.enum(ATTENDANCE_STATUSES, { error: 'validation.attendance' }),
            /** A deputy standing in for an absent member. */
            substituteId: rowId('validation.notDeputy')
              .nullish()
              .transform((value) => value ?? null),
          },
          strict,
        ),
      )
      .max(200),
    guests: z
      .array(
        z.strictObject(
          { name: requiredText(200, 'validation.memberName'), organization: optionalText(200), role: optionalText(200) },
          strict,
        ),
      )
      .max(100)
      .default([]),
  },
  strict,
);
export type AttendanceInput = z.input<typeof attendanceSchema>;
export type AttendanceValues = z.output<typeof attendanceSchema>;

export const actionStatusSchema = z.strictObject(
  { status: z.enum(ACTION_STATUSES, { error: 'validation.actionStatus' }) },
  strict,
);
export type ActionStatusInput = z.infer<typeof actionStatusSchema>;

export const meetingSearchSchema = z.strictObject({ q: requiredText(200, 'validation.searchText') }, strict);
export type MeetingSearchInput = z.infer<typeof meetingSearchSchema>;
