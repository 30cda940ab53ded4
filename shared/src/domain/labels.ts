import type { LineKind, OfferStatus, RequestStatus, StaffRole, Urgency } from './requests.js';
import type { ActionStatus, AgendaItemType, AttendanceStatus, DecisionFigure } from './meetings.js';
import type { SuggestionStatus } from '../api/escalation.js';
import type { CommonMeasure, EscalationLevel } from './escalation.js';
import type { Role } from './roles.js';
import type { PlannedCapacityMode } from './forecast.js';
import type { OrganizationKind, Staffing, UnitKind } from './units.js';

export type Language = 'sv' | 'en';
export interface Label {
  sv: string;
  en: string;
}

/**
 * The words for the glossary's values, once, in both languages: the client folds them into its
 * translations (client/src/lib/i18n.ts, under the same group names, e.g. `staffing.strained`) and
 * the server writes them into documents it sends out (exports, minutes). Capitalised, as a label
 * stands alone in a table cell or a form.
 *
 * A new group (escalation levels, request statuses, …) is one entry here, typed against its union
 * so a value without a label fails to compile.
 */
export const DOMAIN_LABELS = {
  staffing: {
    normal: { sv: 'Normal', en: 'Normal' },
    strained: { sv: 'Ansträngd', en: 'Strained' },
    critical: { sv: 'Kritisk', en: 'Critical' },
  },
  unitKind: {
    short_term: { sv: 'Korttidsplatser', en: 'Short-term places' },
    palliative: { sv: 'Palliativa platser', en: 'Palliative places' },
    nursing_home_reserve: { sv: 'SÄBO, reservplatser', en: 'Nursing home, reserve places' },
    hospital: { sv: 'Vårdavdelning', en: 'Hospital ward' },
    icu: { sv: 'IVA', en: 'ICU' },
  },
  organizationKind: {
    municipality: { sv: 'Kommun', en: 'Municipality' },
    region: { sv: 'Region', en: 'Region' },
  },
  roles: {
    reporter: { sv: 'Rapportör', en: 'Reporter' },
    analyst: { sv: 'Analytiker', en: 'Analyst' },
    chair: { sv: 'Ordförande', en: 'Chair' },
    admin: { sv: 'Administratör', en: 'Administrator' },
  },
  requestStatus: {
    draft: { sv: 'Utkast', en: 'Draft' },
    open: { sv: 'Öppen', en: 'Open' },
    partly_covered: { sv: 'Delvis täckt', en: 'Partly covered' },
    covered: { sv: 'Täckt', en: 'Covered' },
    closed: { sv: 'Avslutad', en: 'Closed' },
    cancelled: { sv: 'Återkallad', en: 'Cancelled' },
    expired: { sv: 'Utgången', en: 'Expired' },
  },
  offerStatus: {
    offered: { sv: 'Erbjuden', en: 'Offered' },
    accepted: { sv: 'Antagen', en: 'Accepted' },
    declined: { sv: 'Avböjd', en: 'Declined' },
    withdrawn: { sv: 'Återtagen', en: 'Withdrawn' },
    cancelled: { sv: 'Upphävd', en: 'Cancelled' },
    delivered: { sv: 'Levererad', en: 'Delivered' },
    returned: { sv: 'Återlämnad', en: 'Returned' },
  },
  lineKind: {
    places: { sv: 'Platser', en: 'Places' },
    staff: { sv: 'Personal', en: 'Staff' },
    equipment: { sv: 'Utrustning', en: 'Equipment' },
  },
  staffRole: {
    nurse: { sv: 'Sjuksköterska', en: 'Nurse' },
    assistant_nurse: { sv: 'Undersköterska', en: 'Assistant nurse' },
    physician: { sv: 'Läkare', en: 'Physician' },
    physiotherapist: { sv: 'Fysioterapeut', en: 'Physiotherapist' },
    occupational_therapist: { sv: 'Arbetsterapeut', en: 'Occupational therapist' },
  },
  urgency: {
    normal: { sv: 'Normal', en: 'Normal' },
    urgent: { sv: 'Brådskande', en: 'Urgent' },
    acute: { sv: 'Akut', en: 'Acute' },
  },
  agendaItemType: {
    information: { sv: 'Information', en: 'Information' },
    decision: { sv: 'Beslut', en: 'Decision' },
    dialog: { sv: 'Dialog', en: 'Dialogue' },
    situation: { sv: 'Lägesbild', en: 'Situation' },
  },
  actionStatus: {
    open: { sv: 'Öppen', en: 'Open' },
    done: { sv: 'Klar', en: 'Done' },
    struck: { sv: 'Struken', en: 'Struck' },
  },
  attendanceStatus: {
    present: { sv: 'Närvarande', en: 'Present' },
    absent: { sv: 'Frånvarande', en: 'Absent' },
  },
  decisionFigure: {
    places: { sv: 'Platser, belagda av disponibla', en: 'Places, occupied of available' },
    readyForDischarge: { sv: 'Utskrivningsklara', en: 'Ready for discharge' },
    staffing: { sv: 'Bemanning', en: 'Staffing' },
  },
  plannedCapacityMode: {
    add: { sv: 'Utökas med', en: 'Increase by' },
    set: { sv: 'Ändras till', en: 'Change to' },
  },
  escalationLevel: {
    normal: { sv: 'Normalläge', en: 'Normal operations' },
    reinforced: { sv: 'Förstärkningsläge', en: 'Reinforced operations' },
    staff: { sv: 'Stabsläge', en: 'Crisis management (staff mode)' },
    disaster: { sv: 'Katastrofläge', en: 'Major incident' },
  },
  escalationMeasure: {
    electiveSurgeryStopped: { sv: 'Elektiv kirurgi stoppad', en: 'Elective surgery stopped' },
    extraBedsOpened: { sv: 'Extra vårdplatser öppnade', en: 'Extra beds opened' },
    agencyStaff: { sv: 'Inhyrd personal', en: 'Agency staff' },
    staffRecalled: { sv: 'Personal inkallad', en: 'Staff called in' },
    leaveCancelled: { sv: 'Ledigheter indragna', en: 'Leave cancelled' },
    patientsTransferred: { sv: 'Patienter flyttade till annan vårdgivare', en: 'Patients transferred elsewhere' },
  },
  suggestionStatus: {
    open: { sv: 'Väntar på beslut', en: 'Awaiting a decision' },
    confirmed: { sv: 'Bekräftat', en: 'Confirmed' },
    dismissed: { sv: 'Avfärdat', en: 'Dismissed' },
    superseded: { sv: 'Inaktuellt', en: 'No longer relevant' },
  },
} as const satisfies {
  staffing: Record<Staffing, Label>;
  unitKind: Record<UnitKind, Label>;
  organizationKind: Record<OrganizationKind, Label>;
  roles: Record<Role, Label>;
  requestStatus: Record<RequestStatus, Label>;
  offerStatus: Record<OfferStatus, Label>;
  lineKind: Record<LineKind, Label>;
  staffRole: Record<StaffRole, Label>;
  urgency: Record<Urgency, Label>;
  agendaItemType: Record<AgendaItemType, Label>;
  actionStatus: Record<ActionStatus, Label>;
  attendanceStatus: Record<AttendanceStatus, Label>;
  decisionFigure: Record<DecisionFigure, Label>;
  plannedCapacityMode: Record<PlannedCapacityMode, Label>;
  escalationLevel: Record<EscalationLevel, Label>;
  escalationMeasure: Record<CommonMeasure, Label>;
  suggestionStatus: Record<SuggestionStatus, Label>;
};

export type LabelGroup = keyof typeof DOMAIN_LABELS;
export type LabelValue<G extends LabelGroup> = keyof (typeof DOMAIN_LABELS)[G] & string;

/** The label of a known value; an unknown one (an old row, a newer server) is shown as it is. */
export function domainLabel<G extends LabelGroup>(group: G, value: string, language: Language = 'sv'): string {
  const labels = DOMAIN_LABELS[group] as Record<string, Label>;
  return Object.hasOwn(labels, value) ? (labels[value] as Label)[language] : value;
}

/** Every group as `{ group: { value: text } }` in one language, for the client's i18n resources. */
export function domainLabelResources(language: Language): Record<LabelGroup, Record<string, string>> {
  const entries = Object.entries(DOMAIN_LABELS).map(([group, labels]) => [
    group,
    Object.fromEntries(Object.entries(labels as Record<string, Label>).map(([value, label]) => [value, label[language]])),
  ]);
  return Object.fromEntries(entries) as Record<LabelGroup, Record<string, string>>;
}
