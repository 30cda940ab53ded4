import { domainLabel, type Language } from './labels.js';
import type { Role } from './roles.js';

/**
 * THE registry of notice kinds: each kind's params, stored as JSON with the notice, and its text in
 * Swedish and English. The server stores `kind` + `params` (never a sentence), the client renders
 * them in the reader's language, and the server renders Swedish for mail. A feature adds its kinds
 * here (one line in NotificationParams, one entry in NOTIFICATION_TEXTS: the compiler holds the two
 * together) and names things in params as they should read (an organisation's name, not its code),
 * since a notice outlives renames.
 */
export interface NotificationParams {
  /** An administrator set, changed or removed (null) the recipient's e-mail address. */
  'account.emailChanged': { email: string | null };
  /** An administrator changed the recipient's role or organisation. */
  'account.roleChanged': { role: Role; organizationName: string };
  /** An administrator set a new password for the recipient. */
  'account.passwordSet': Record<string, never>;
  /** News of a request (avrop) and its offers for the organisations it concerns. */
  'request.opened': RequestNoticeParams;
  'request.cancelled': RequestNoticeParams;
  'request.closed': RequestNoticeParams;
  'request.expired': RequestNoticeParams;
  'offer.made': RequestNoticeParams;
  'offer.accepted': RequestNoticeParams;
  'offer.declined': RequestNoticeParams;
  'offer.withdrawn': RequestNoticeParams;
  'offer.delivered': RequestNoticeParams;
  'offer.returned': RequestNoticeParams;
  /** A meeting gave the recipient (or their organisation) an action: by a date or till the next meeting. */
  'meetings.actionAssigned': { what: string; meetingTitle: string; due: string | null; untilNextMeeting: boolean };
  /** The reporting deadline passed and these units of the recipient's organisation have not reported. */
  'reporting.reminder': { organizationName: string; deadline: string; date: string; missing: string[]; again?: boolean };
  /** Half an hour after the deadline: who in the region is still missing (to the chair and analysts). */
  'reporting.digest': { deadline: string; date: string; organizations: { name: string; partly: boolean }[] };
}

/**
 * News of a request (avrop) for the organisations it concerns. Names as they read; `subject` is
 * what the request or the offer is about in Swedish ("6 korttidsplatser"), as the minutes say it.
 */
export interface RequestNoticeParams {
  number: number;
  requester: string;
  offerer: string | null;
  subject: string;
}

/** Which kind of news a request change is. */
export const REQUEST_NOTICE_KINDS = [
  'request.opened',
  'request.cancelled',
  'request.closed',
  'request.expired',
  'offer.made',
  'offer.accepted',
  'offer.declined',
  'offer.withdrawn',
  'offer.delivered',
  'offer.returned',
] as const;
export type RequestNoticeKind = (typeof REQUEST_NOTICE_KINDS)[number];

export type NotificationKind = keyof NotificationParams;

type Texts<P> = { [L in Language]: (params: P) => string };

const role = (value: Role, language: Language) => domainLabel('roles', value, language).toLowerCase();

const actionWhen = (p: { due: string | null; untilNextMeeting: boolean }, by: string, next: string) =>
  p.due ? by.replace('%', p.due) : p.untilNextMeeting ? next : '';

export const NOTIFICATION_TEXTS: { [K in NotificationKind]: Texts<NotificationParams[K]> } = {
  'account.emailChanged': {
    sv: ({ email }) =>
      email ? `En administratör har ändrat din e-postadress till ${email}.` : 'En administratör har tagit bort din e-postadress.',
    en: ({ email }) =>
      email ? `An administrator changed your e-mail address to ${email}.` : 'An administrator removed your e-mail address.',
  },
  'account.roleChanged': {
    sv: (p) => `En administratör har ändrat din behörighet: du är nu ${role(p.role, 'sv')} för ${p.organizationName}.`,
    en: (p) => `An administrator changed your access: you are now ${role(p.role, 'en')} for ${p.organizationName}.`,
  },
  'account.passwordSet': {
    sv: () => 'En administratör har gett dig ett nytt lösenord. Var det inte väntat, kontakta din administratör.',
    en: () => 'An administrator set a new password for you. If you did not expect it, contact your administrator.',
  },
  'request.opened': {
    sv: (p) => `Nytt avrop från ${p.requester}: ${p.subject}.`,
    en: (p) => `New request from ${p.requester}: ${p.subject}.`,
  },
  'request.cancelled': {
    sv: (p) => `Avrop ${p.number} från ${p.requester} är återkallat.`,
    en: (p) => `Request ${p.number} from ${p.requester} was cancelled.`,
  },
  'request.closed': {
    sv: (p) => `Avrop ${p.number} från ${p.requester} är avslutat.`,
    en: (p) => `Request ${p.number} from ${p.requester} was closed.`,
  },
  'request.expired': {
    sv: (p) => `Avrop ${p.number} från ${p.requester} har gått ut.`,
    en: (p) => `Request ${p.number} from ${p.requester} has expired.`,
  },
  'offer.made': {
    sv: (p) => `${p.offerer} erbjuder ${p.subject} på avrop ${p.number} från ${p.requester}.`,
    en: (p) => `${p.offerer} offers ${p.subject} on request ${p.number} from ${p.requester}.`,
  },
  'offer.accepted': {
    sv: (p) => `${p.offerer}s erbjudande på avrop ${p.number} från ${p.requester} (${p.subject}) är antaget.`,
    en: (p) => `${p.offerer}’s offer on request ${p.number} from ${p.requester} (${p.subject}) was accepted.`,
  },
  'offer.declined': {
    sv: (p) => `${p.offerer}s erbjudande på avrop ${p.number} från ${p.requester} avböjdes.`,
    en: (p) => `${p.offerer}’s offer on request ${p.number} from ${p.requester} was declined.`,
  },
  'offer.withdrawn': {
    sv: (p) => `${p.offerer} tog tillbaka sitt erbjudande på avrop ${p.number}.`,
    en: (p) => `${p.offerer} withdrew its offer on request ${p.number}.`,
  },
  'offer.delivered': {
    sv: (p) => `Avrop ${p.number}: ${p.subject} från ${p.offerer} är levererade.`,
    en: (p) => `Request ${p.number}: ${p.subject} from ${p.offerer} delivered.`,
  },
  'offer.returned': {
    sv: (p) => `Avrop ${p.number}: ${p.subject} från ${p.offerer} är återlämnade.`,
    en: (p) => `Request ${p.number}: ${p.subject} from ${p.offerer} returned.`,
  },
  'meetings.actionAssigned': {
    sv: (p) => `Ny åtgärd från ${p.meetingTitle}: ${p.what}${actionWhen(p, ' (senast %)', ' (till nästa möte)')}.`,
    en: (p) => `New action from ${p.meetingTitle}: ${p.what}${actionWhen(p, ' (by %)', ' (until the next meeting)')}.`,
  },
  'reporting.reminder': {
    sv: (p) =>
      `${p.again ? 'Påminnelse igen: ' : ''}${p.organizationName} har inte rapporterat till tidsgränsen ${p.deadline}. Saknas: ${p.missing.join(', ')}.`,
    en: (p) =>
      `${p.again ? 'Reminder again: ' : ''}${p.organizationName} has not reported by the ${p.deadline} deadline. Missing: ${p.missing.join(', ')}.`,
  },
  'reporting.digest': {
    sv: (p) => `Saknas fortfarande efter tidsgränsen ${p.deadline}: ${names(p.organizations, 'delvis')}.`,
    en: (p) => `Still missing after the ${p.deadline} deadline: ${names(p.organizations, 'partly')}.`,
  },
};

const names = (organizations: { name: string; partly: boolean }[], partly: string) =>
  organizations.map((org) => (org.partly ? `${org.name} (${partly})` : org.name)).join(', ');

const UNKNOWN: Texts<unknown> = { sv: () => 'Ny avisering.', en: () => 'New notification.' };

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && Object.hasOwn(NOTIFICATION_TEXTS, value);
}

/**
 * A stored notice as a sentence in `language`. A kind this build does not know (a newer server) or
 * params it cannot read (an older notice) still reads as a notice, never as an error.
 */
export function notificationText(notice: { kind: string; params: unknown }, language: Language = 'sv'): string {
  const texts = isNotificationKind(notice.kind) ? (NOTIFICATION_TEXTS[notice.kind] as Texts<unknown>) : UNKNOWN;
  try {
    return texts[language](notice.params ?? {});
  } catch {
    return UNKNOWN[language](undefined);
  }
}
