import type { HelpRequest, LineQuantities, RequestLine, RequestOffer } from '../api/requests.js';
import {
  ACCEPTED_OFFER_STATUSES,
  ACTIVE_REQUEST_STATUSES,
  type LineKind,
  type OfferStatus,
  type RequestStatus,
} from '../domain/requests.js';
import type { ValidationMessageKey } from '../schemas/messages.js';
import { isRegionOrganization } from './meetings.js';

// The avrop workflow as pure rules: which transitions exist, from which statuses, and who may
// take them. The server enforces them (a 409 naming the reason for an illegal one); the client
// offers exactly the buttons they allow.

export type OfferAction = 'accept' | 'decline' | 'withdraw' | 'deliver' | 'return';
export type RequestAction = 'edit' | 'open' | 'cancel' | 'close';

interface Transition<S extends string> {
  from: readonly S[];
  /** The 409's message when the current status is not one of `from`. */
  conflict: ValidationMessageKey;
}

export const OFFER_TRANSITIONS: { [A in OfferAction]: Transition<OfferStatus> & { to: OfferStatus } } = {
  accept: { from: ['offered'], to: 'accepted', conflict: 'validation.offerNotPending' },
  decline: { from: ['offered'], to: 'declined', conflict: 'validation.offerNotPending' },
  withdraw: { from: ['offered'], to: 'withdrawn', conflict: 'validation.offerNotPending' },
  deliver: { from: ['accepted'], to: 'delivered', conflict: 'validation.offerNotAccepted' },
  return: { from: ['delivered'], to: 'returned', conflict: 'validation.offerNotDelivered' },
};

export const REQUEST_TRANSITIONS: { [A in RequestAction]: Transition<RequestStatus> } = {
  edit: { from: ['draft'], conflict: 'validation.requestNotDraft' },
  open: { from: ['draft'], conflict: 'validation.requestNotDraft' },
  cancel: { from: ['draft', 'open', 'partly_covered', 'covered'], conflict: 'validation.requestNotActive' },
  close: { from: ['open', 'partly_covered', 'covered'], conflict: 'validation.requestNotActive' },
};

/** Decisions and offers are taken only while the request is open to them. */
export function takesOffers(status: RequestStatus): boolean {
  return ACTIVE_REQUEST_STATUSES.includes(status);
}

/** The 409's reason for `action` on an offer in `status`, or null when the transition exists. */
export function offerTransitionConflict(action: OfferAction, status: OfferStatus): ValidationMessageKey | null {
  const transition = OFFER_TRANSITIONS[action];
  return transition.from.includes(status) ? null : transition.conflict;
}

export function requestTransitionConflict(action: RequestAction, status: RequestStatus): ValidationMessageKey | null {
  const transition = REQUEST_TRANSITIONS[action];
  return transition.from.includes(status) ? null : transition.conflict;
}

const counted = (offer: Pick<RequestOffer, 'status'>, statuses: readonly OfferStatus[]) => statuses.includes(offer.status);
const acceptedOf = (offer: Pick<RequestOffer, 'acceptedQuantity' | 'quantity'>) => offer.acceptedQuantity ?? offer.quantity;

/** A line's derived quantities from its offers. */
export function lineQuantities(
  asked: number,
  offers: readonly Pick<RequestOffer, 'status' | 'quantity' | 'acceptedQuantity'>[],
): LineQuantities {
  const sum = (statuses: readonly OfferStatus[], of: (offer: (typeof offers)[number]) => number) =>
    offers.filter((offer) => counted(offer, statuses)).reduce((total, offer) => total + of(offer), 0);
  const accepted = sum(ACCEPTED_OFFER_STATUSES, acceptedOf);
  return {
    asked,
    offered: sum(['offered'], (offer) => offer.quantity),
    accepted,
    delivered: sum(['delivered', 'returned'], acceptedOf),
    returned: sum(['returned'], acceptedOf),
    open: Math.max(0, asked - accepted),
  };
}

/** Where an active request stands by its lines: nothing, part or all of what it asked accepted. */
export function coverageStatus(lines: readonly { quantities: Pick<LineQuantities, 'asked' | 'accepted'> }[]): RequestStatus {
  const accepted = lines.reduce((sum, line) => sum + Math.min(line.quantities.accepted, line.quantities.asked), 0);
  if (accepted === 0) return 'open';
  return lines.every((line) => line.quantities.accepted >= line.quantities.asked) ? 'covered' : 'partly_covered';
}

/** The last day a request's lines cover; it expires after it. */
export function periodEndOf(
  lines: readonly ({ kind: 'equipment'; until: string } | { kind: 'places' | 'staff'; to: string })[],
): string {
  return lines.map((line) => (line.kind === 'equipment' ? line.until : line.to)).reduce((a, b) => (a > b ? a : b));
}

/** Who acts: a member of an organisation of a region, and whether they act as the region's coordinator. */
export interface RequestActor {
  organizationCode: string;
  regionCode: string;
  /** The region's coordinator (named by an administrator, or an analyst where none is named). */
  coordinator: boolean;
}

/** Places: the organisation that asked decides. Staff and equipment: the region's coordinator. */
export function decidesLine(
  actor: RequestActor,
  request: Pick<HelpRequest, 'requesterCode' | 'region'>,
  kind: LineKind,
): boolean {
  if (actor.regionCode !== request.region) return false;
  return kind === 'places' ? actor.organizationCode === request.requesterCode : actor.coordinator;
}

/**
 * Any other organisation of the region may offer places and staff; equipment comes from the
 * region's inventory, so only the region offers it.
 */
export function mayOfferOn(actor: RequestActor, request: Pick<HelpRequest, 'requesterCode' | 'region'>, kind: LineKind): boolean {
  if (actor.regionCode !== request.region || actor.organizationCode === request.requesterCode) return false;
  return kind === 'equipment' ? isRegionOrganization(actor) : true;
}

/** Delivered and returned are said by either side: the one that gives, the one that gets, or the coordinator. */
function takesPart(actor: RequestActor, request: Pick<HelpRequest, 'requesterCode'>, line: RequestLine, offer: RequestOffer) {
  return (
    actor.organizationCode === offer.organizationCode ||
    actor.organizationCode === request.requesterCode ||
    (line.kind !== 'places' && actor.coordinator)
  );
}

/** May `actor` take `action` on this offer (whether its status allows it is another question). */
export function mayActOnOffer(
  actor: RequestActor,
  action: OfferAction,
  request: Pick<HelpRequest, 'requesterCode' | 'region'>,
  line: RequestLine,
  offer: RequestOffer,
): boolean {
  if (actor.regionCode !== request.region) return false;
  switch (action) {
    case 'accept':
    case 'decline':
      return decidesLine(actor, request, line.kind);
    case 'withdraw':
      return actor.organizationCode === offer.organizationCode;
    case 'deliver':
    case 'return':
      return takesPart(actor, request, line, offer);
    default: {
      const unreachable: never = action;
      throw new Error(`unknown action ${String(unreachable)}`);
    }
  }
}

/** The actions on an offer that `actor` may take now: the buttons to show. */
export function offerActions(actor: RequestActor, request: HelpRequest, line: RequestLine, offer: RequestOffer): OfferAction[] {
  const actions = Object.keys(OFFER_TRANSITIONS) as OfferAction[];
  return actions.filter((action) => {
    if (offerTransitionConflict(action, offer.status)) return false;
    // Deciding needs an open request and room on the line; delivery and return follow a loan to its end.
    if ((action === 'accept' || action === 'decline') && !takesOffers(request.status)) return false;
    if (action === 'accept' && line.quantities.open === 0) return false;
    return mayActOnOffer(actor, action, request, line, offer);
  });
}

/** Only the organisation that asked changes its request. */
export function mayChangeRequest(
  actor: Pick<RequestActor, 'organizationCode' | 'regionCode'>,
  request: Pick<HelpRequest, 'requesterCode' | 'region'>,
): boolean {
  return actor.regionCode === request.region && actor.organizationCode === request.requesterCode;
}

export function requestActions(actor: RequestActor, request: HelpRequest): RequestAction[] {
  if (!mayChangeRequest(actor, request)) return [];
  const actions = Object.keys(REQUEST_TRANSITIONS) as RequestAction[];
  return actions.filter((action) => {
    if (requestTransitionConflict(action, request.status)) return false;
    return action !== 'cancel' || !hasDeliveries(request);
  });
}

/** Something already delivered cannot be undone by a cancel: the request is closed instead. */
export function hasDeliveries(request: Pick<HelpRequest, 'lines'>): boolean {
  return request.lines.some((line) => line.offers.some((offer) => offer.status === 'delivered' || offer.status === 'returned'));
}

/** What is being asked, in Swedish, as minutes and notices say it: "6 korttidsplatser", "2 sjuksköterskor". */
export function lineSubject(line: RequestLine, quantity: number = line.quantities.asked): string {
  switch (line.kind) {
    case 'places':
      return `${quantity} ${PLACE_WORDS[line.unitKind][quantity === 1 ? 0 : 1]}`;
    case 'staff':
      return `${quantity} ${STAFF_WORDS[line.staffRole][quantity === 1 ? 0 : 1]}`;
    case 'equipment':
      return `${quantity} st ${line.itemName.toLocaleLowerCase('sv-SE')}`;
    default: {
      const unreachable: never = line;
      throw new Error(`unknown line ${JSON.stringify(unreachable)}`);
    }
  }
}

const PLACE_WORDS = {
  short_term: ['korttidsplats', 'korttidsplatser'],
  palliative: ['palliativ plats', 'palliativa platser'],
  nursing_home_reserve: ['SÄBO-plats', 'SÄBO-platser'],
} as const;
const STAFF_WORDS = {
  nurse: ['sjuksköterska', 'sjuksköterskor'],
  assistant_nurse: ['undersköterska', 'undersköterskor'],
  physician: ['läkare', 'läkare'],
  physiotherapist: ['fysioterapeut', 'fysioterapeuter'],
  occupational_therapist: ['arbetsterapeut', 'arbetsterapeuter'],
} as const;

const dayMonth = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** "1–8 december 2026", "28 november–5 december 2026", "30 december 2026–3 januari 2027", as minutes write it. */
export function swedishPeriod(from: string, to: string): string {
  if (from === to) return dayMonthYear.format(asDate(from));
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8))}–${dayMonthYear.format(asDate(to))}`;
  const start = from.slice(0, 4) === to.slice(0, 4) ? dayMonth.format(asDate(from)) : dayMonthYear.format(asDate(from));
  return `${start}–${dayMonthYear.format(asDate(to))}`;
}

/** "att Falun lånar ut 4 korttidsplatser till Avesta 1–8 december 2026": a meeting decision that accepts the offer. */
export function loanDecisionText(line: RequestLine, quantity: number, lender: string, borrower: string): string {
  const period =
    line.kind === 'equipment' ? `till och med ${dayMonthYear.format(asDate(line.until))}` : swedishPeriod(line.from, line.to);
  return `att ${lender} lånar ut ${lineSubject(line, quantity)} till ${borrower} ${period}`;
}

/** Accepted, delivered or returned: counted against its line. */
export function isAcceptedOffer(offer: Pick<RequestOffer, 'status'>): boolean {
  return ACCEPTED_OFFER_STATUSES.includes(offer.status);
}
