import {
  domainLabel,
  type AgendaContent,
  type AgendaItem,
  type FollowUpAction,
  type Meeting,
  type MeetingAction,
  type NetworkMember,
  type SituationOrganization,
} from '@lagesbild/shared';
import { num, organizationFigures } from './snapshot-figures.js';

// The minutes in the networks' own form, as a plain structure that the Markdown and the Word
// renderers both draw, so the two documents cannot say different things.

export type MinutesBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][]; numeric?: boolean[] }
  | { kind: 'entries'; entries: { label: string; text: string }[] };

export interface MinutesItem {
  /** "§ 183 Föregående minnesanteckningar", or "2. Lägesbild" where the network does not number. */
  heading: string;
  type: string;
  presenter: string | null;
  proposal: string | null;
  text: string | null;
  links: { label: string; url: string }[];
  blocks: MinutesBlock[];
  decisions: string[];
}

export interface AttendanceLine {
  name: string;
  /** "Falun, förvaltningschef" */
  detail: string | null;
  present: boolean;
  /** "ersätts av Eva Ek" */
  note: string | null;
}

export interface MinutesModel {
  title: string;
  regionName: string;
  networkName: string | null;
  /** "torsdag 10 december 2026, kl. 13.00–15.00 (v. 50)" */
  when: string;
  place: string | null;
  open: boolean;
  frozen: string;
  attendance: AttendanceLine[];
  guests: string[];
  /** "LSVO beslutar" */
  decisionPhrase: string;
  items: MinutesItem[];
  actionsHeader: string[];
  actions: string[][];
  /** Who the minutes are sent to. */
  distribution: string[];
  closedAt: string | null;
}

const dateLong = new Intl.DateTimeFormat('sv-SE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateShort = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeSv = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

export const longDay = (date: string): string => dateLong.format(new Date(`${date}T12:00:00Z`));
const shortDay = (date: string): string => dateShort.format(new Date(`${date}T12:00:00Z`));
const clock = (time: string): string => time.replace(':', '.');
const pct = (value: number | null): string => (value === null ? '–' : `${num(value)} %`);

/** One line of typed text, for a heading or a table cell. */
export const oneLine = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export const SITUATION_HEADER = [
  'Organisation',
  'Platser',
  'Belagda',
  'Lediga',
  'Beläggning',
  'Överbeläggning',
  'Bemanning',
  'Sjukfrånvaro',
  'Utskrivningsklara',
];
export const SITUATION_NUMERIC = [false, true, true, true, true, true, false, true, true];

export function participantsOf(meeting: Meeting): SituationOrganization[] {
  const byCode = new Map(meeting.snapshot.organizations.map((organization) => [organization.code, organization]));
  return meeting.participants.map((code) => byCode.get(code)).filter((o): o is SituationOrganization => o !== undefined);
}

/** The frozen figures per organisation, as table rows (numbers Swedish, "–" where none). */
export function situationRows(participants: SituationOrganization[]): (string | number | null | undefined)[][] {
  return participants.map((organization) => {
    const f = organizationFigures(organization);
    const ready = organization.flows?.readyForDischarge;
    if (!f) return [organization.name, 'ej rapporterat', '', '', '', '', '', '', ready];
    const name = f.complete ? organization.name : `${organization.name} (delvis)`;
    return [name, f.capacity, f.occupied, f.free, pct(f.occupancy), f.over, f.staffing, pct(f.sickLeave), ready];
  });
}

export function totalsText(meeting: Meeting): string {
  const totals = meeting.snapshot.totals.reported;
  return (
    `Totalt kommunala platser: ${num(totals.municipal.capacity)}, belagda ${num(totals.municipal.occupied)}, lediga ${num(totals.municipal.free)}. ` +
    `Sjukhus: ${num(totals.hospital.capacity)} vårdplatser, ${num(totals.hospital.occupied)} belagda, överbeläggning ${num(totals.hospital.overcrowding)}, covid ${num(totals.hospital.covidPatients)}. ` +
    `IVA: ${num(totals.icu.occupied)} av ${num(totals.icu.capacity)}. Utskrivningsklara: ${num(totals.readyForDischarge)}.`
  );
}

const cellText = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '–' : typeof value === 'number' ? num(value) : oneLine(value);

interface Names {
  organization: (code: string | null) => string | null;
  member: (id: string | null) => NetworkMember | undefined;
}

function statusText(action: Pick<MeetingAction, 'state'>): string {
  const { state } = action;
  const label = domainLabel('actionStatus', state.status);
  if (!state.changedAt) return label;
  const where = state.changedInMeetingDate;
  const when = where ? `vid mötet ${shortDay(where)}` : dateTimeSv.format(new Date(state.changedAt));
  return `${label} (${when}, ${state.changedBy ?? ''})`;
}

const dueText = (action: { due: string | null; untilNextMeeting: boolean }): string =>
  action.untilNextMeeting ? 'Till nästa möte' : action.due ? shortDay(action.due) : '–';

/** What each kind of item adds to the minutes: the server's half of the agenda's extension point. */
type ContentBlocks = (meeting: Meeting, item: AgendaItem, names: Names) => MinutesBlock[];

const CONTENT_BLOCKS: Record<AgendaContent, ContentBlocks> = {
  text: () => [],
  // The plan itself lives in Lägesbild (and its workbook); the minutes say it was shown.
  holiday_plan: () => [{ kind: 'paragraph', text: 'Länets bemanning under helgerna visades ur Lägesbild (Helgplanering).' }],
  situation: (meeting) => {
    const participants = participantsOf(meeting);
    const notes = participants.flatMap((organization) => {
      const note = meeting.notes.find((n) => n.organizationCode === organization.code && n.text.trim());
      return note ? [{ label: organization.name, text: note.text.trim() }] : [];
    });
    return [
      { kind: 'paragraph', text: `Siffrorna är frysta ${dateTimeSv.format(new Date(meeting.snapshotAt))}.` },
      {
        kind: 'table',
        header: SITUATION_HEADER,
        rows: situationRows(participants).map((row) => row.map(cellText)),
        numeric: SITUATION_NUMERIC,
      },
      { kind: 'paragraph', text: totalsText(meeting) },
      ...(notes.length > 0 ? [{ kind: 'entries' as const, entries: notes }] : []),
    ];
  },
  previous_minutes: (meeting) =>
    meeting.previousMeeting
      ? [
          {
            kind: 'paragraph',
            text: `Minnesanteckningar från ${oneLine(meeting.previousMeeting.title)} ${longDay(meeting.previousMeeting.date)}.`,
          },
        ]
      : [{ kind: 'paragraph', text: 'Nätverket har inget tidigare möte i Lägesbild.' }],
  follow_up: (meeting, _item, names) =>
    meeting.followUp.length === 0
      ? [{ kind: 'paragraph', text: 'Inga öppna åtgärder från tidigare möten.' }]
      : [
          {
            kind: 'table',
            header: ['Från mötet', 'Ansvarig', 'Åtgärd', 'Senast', 'Status'],
            rows: meeting.followUp.map((action: FollowUpAction) => [
              shortDay(action.meetingDate),
              cellText(ownerText(action, names)),
              cellText(action.what),
              `${dueText(action)}${action.overdue && action.state.status === 'open' ? ' (försenad)' : ''}`,
              statusText(action),
            ]),
          },
        ],
};

export function ownerText(action: Pick<MeetingAction, 'who' | 'ownerMemberId' | 'ownerOrganizationCode'>, names: Names): string {
  const member = names.member(action.ownerMemberId);
  const organization = names.organization(action.ownerOrganizationCode ?? member?.organizationCode ?? null);
  if (member) return organization ? `${member.name} (${organization})` : member.name;
  return action.who || organization || '';
}

function itemHeading(item: AgendaItem, numbered: boolean): string {
  return numbered ? `§ ${item.number} ${oneLine(item.title)}` : `${item.number}. ${oneLine(item.title)}`;
}

function attendanceLines(meeting: Meeting, names: Names): AttendanceLine[] {
  const members = meeting.network?.members ?? [];
  return meeting.attendance.members.flatMap((entry) => {
    const member = members.find((m) => m.id === entry.memberId);
    if (!member) return [];
    const organization = names.organization(member.organizationCode);
    const substitute = entry.substituteId ? members.find((m) => m.id === entry.substituteId) : undefined;
    return [
      {
        name: member.name,
        detail: [organization, member.role].filter(Boolean).join(', ') || null,
        present: entry.status === 'present',
        note: member.deputyFor ? 'ersättare' : substitute ? `ersätts av ${substitute.name}` : null,
      },
    ];
  });
}

export function minutesModel(meeting: Meeting, regionName: string): MinutesModel {
  const organizations = new Map(meeting.snapshot.organizations.map((o) => [o.code, o.name]));
  const members = meeting.network?.members ?? [];
  const names: Names = {
    organization: (code) => (code ? (organizations.get(code) ?? code) : null),
    member: (id) => (id ? members.find((m) => m.id === id) : undefined),
  };
  const numbered = meeting.firstParagraph !== null;
  const items: MinutesItem[] = meeting.agenda.map((item) => ({
    heading: itemHeading(item, numbered),
    type: domainLabel('agendaItemType', item.type),
    presenter: item.presenter,
    proposal: item.proposal,
    text: item.text,
    links: item.links.map((link) => ({ label: link.label ?? link.url, url: link.url })),
    blocks: CONTENT_BLOCKS[item.content](meeting, item, names),
    decisions: meeting.decisions
      .filter((decision) => decision.agendaItemId === item.id)
      .map((decision) => (decision.figure ? `${decision.text} (${decision.figure.text})` : decision.text)),
  }));
  const itemOf = new Map(meeting.agenda.map((item) => [item.id, numbered ? `§ ${item.number}` : `${item.number}.`]));
  const time = meeting.startTime ? `, kl. ${clock(meeting.startTime)}${meeting.endTime ? `–${clock(meeting.endTime)}` : ''}` : '';
  const recipients = [
    ...members.filter((m) => m.email).map((m) => (m.deputyFor ? `${m.name} (ersättare)` : m.name)),
    ...(meeting.network?.extraRecipients ?? []),
  ];
  return {
    title: meeting.title,
    regionName,
    networkName: meeting.network?.name ?? null,
    when: `${longDay(meeting.date)}${time}`,
    place: [meeting.place, meeting.link].filter(Boolean).join(', ') || null,
    open: meeting.status === 'open',
    frozen: dateTimeSv.format(new Date(meeting.snapshotAt)),
    attendance: attendanceLines(meeting, names),
    guests: meeting.attendance.guests.map((guest) => [guest.name, guest.organization, guest.role].filter(Boolean).join(', ')),
    decisionPhrase: meeting.network?.decisionPhrase ?? `${regionName} och kommunerna beslutar`,
    items,
    actionsHeader: ['Punkt', 'Ansvarig', 'Åtgärd', 'Senast', 'Status'],
    actions: meeting.actions.map((action) => [
      action.agendaItemId ? (itemOf.get(action.agendaItemId) ?? '–') : '–',
      cellText(ownerText(action, names)),
      cellText(action.what),
      dueText(action),
      statusText(action),
    ]),
    distribution: recipients,
    closedAt: meeting.closedAt ? dateTimeSv.format(new Date(meeting.closedAt)) : null,
  };
}
