import type { UnitKind } from './units.js';

// Avrop: a request for places, staff or equipment from other organisations in the region.

/** What a line asks for. */
export const LINE_KINDS = ['places', 'staff', 'equipment'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/**
 * A request's workflow: drafted, then open to offers; partly or wholly covered by accepted offers
 * (derived from the lines); closed when done, or cancelled, or expired when its period ended.
 */
export const REQUEST_STATUSES = ['draft', 'open', 'partly_covered', 'covered', 'closed', 'cancelled', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses in which a request still takes offers and decisions. */
export const ACTIVE_REQUEST_STATUSES: readonly RequestStatus[] = ['open', 'partly_covered', 'covered'];
/** Statuses after which nothing about the request itself changes any more. */
export const FINAL_REQUEST_STATUSES: readonly RequestStatus[] = ['closed', 'cancelled', 'expired'];

/**
 * An offer against one line: offered, then accepted, declined or withdrawn; an accepted one is
 * delivered and then returned (places and staff go back, equipment comes back). `cancelled`: the
 * request was cancelled, closed or expired before the offer was accepted or delivered.
 */
export const OFFER_STATUSES = ['offered', 'accepted', 'declined', 'withdrawn', 'cancelled', 'delivered', 'returned'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Offers that hold something promised or lent: counted as accepted against the line. */
export const ACCEPTED_OFFER_STATUSES: readonly OfferStatus[] = ['accepted', 'delivered', 'returned'];

export const URGENCIES = ['normal', 'urgent', 'acute'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Staff a request may ask for (the minutes name sjuksköterska, undersköterska, läkare). */
export const STAFF_ROLES = ['nurse', 'assistant_nurse', 'physician', 'physiotherapist', 'occupational_therapist'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The unit kinds a places line may ask for: the municipalities' places after hospital. */
export const PLACE_UNIT_KINDS = ['short_term', 'palliative', 'nursing_home_reserve'] as const satisfies readonly UnitKind[];
export type PlaceUnitKind = (typeof PLACE_UNIT_KINDS)[number];

/** The whole numbers a line or offer may ask for or give. */
export const MAX_REQUEST_QUANTITY = 1000;
/** Lines in one request. */
export const MAX_REQUEST_LINES = 20;
/** The longest period a line may cover, both ends included. */
export const MAX_REQUEST_DAYS = 366;
