import type { LineKind, OfferStatus, PlaceUnitKind, RequestStatus, StaffRole, Urgency } from '../domain/requests.js';

/** One organisation's offer against one line of a request. */
export interface RequestOffer {
  id: string;
  requestId: string;
  lineId: string;
  /** Who offers. */
  organizationCode: string;
  /** Places: the offering organisation's unit they are at; null for staff and equipment. */
  unitId: string | null;
  /** How many were offered. */
  quantity: number;
  /** How many were accepted (all, or part, of `quantity`); null until accepted. */
  acceptedQuantity: number | null;
  status: OfferStatus;
  comment: string | null;
  declineReason: string | null;
  createdAt: string;
  createdBy: string;
  /** Accepted or declined: when and by whom. */
  decidedAt: string | null;
  decidedBy: string | null;
  /** The meeting whose decision accepted it, if it was accepted as a meeting decision. */
  decidedInMeeting: string | null;
  deliveredAt: string | null;
  returnedAt: string | null;
  updatedAt: string;
}

/**
 * What a line asked for and how far it got, derived from its offers: `offered` counts offers still
 * waiting for a decision, `accepted` everything accepted (delivered and returned included),
 * `open` what is still needed (asked − accepted).
 */
export interface LineQuantities {
  asked: number;
  offered: number;
  accepted: number;
  delivered: number;
  returned: number;
  open: number;
}

interface LineBase {
  id: string;
  /** 1, 2, … in the order the requester wrote them. */
  position: number;
  kind: LineKind;
  quantities: LineQuantities;
  offers: RequestOffer[];
}

export interface PlacesLine extends LineBase {
  kind: 'places';
  unitKind: PlaceUnitKind;
  from: string;
  to: string;
}

export interface StaffLine extends LineBase {
  kind: 'staff';
  staffRole: StaffRole;
  from: string;
  to: string;
}

export interface EquipmentLine extends LineBase {
  kind: 'equipment';
  itemTypeId: string;
  itemName: string;
  /** Returned by this day. */
  until: string;
}

export type RequestLine = PlacesLine | StaffLine | EquipmentLine;

/** A request (avrop) with its lines and every offer made against them. */
export interface HelpRequest {
  id: string;
  /** Its number, for saying "avrop 12" in a meeting. */
  number: number;
  region: string;
  /** The organisation that asks. */
  requesterCode: string;
  status: RequestStatus;
  reason: string;
  urgency: Urgency;
  neededBy: string;
  /** The last day any line covers: the request expires after it. */
  periodEnd: string;
  createdAt: string;
  createdBy: string;
  openedAt: string | null;
  /** Closed, cancelled or expired: when and by whom (`system` for an expiry). */
  endedAt: string | null;
  endedBy: string | null;
  updatedAt: string;
  /** Grows by one with every change to the request or its offers. */
  version: number;
  lines: RequestLine[];
}

/** The requests of a region, and whether the caller decides staff and equipment lines. */
export interface RequestList {
  region: string;
  /** The caller is (or stands in for) the region's coordinator. */
  coordinator: boolean;
  requests: HelpRequest[];
}

/**
 * Places lent from one organisation to another: an accepted (promised) or delivered (in use)
 * places offer whose period covers the day. Shown on both sides and counted once in the totals.
 */
export interface PlaceLoan {
  offerId: string;
  requestId: string;
  requestNumber: number;
  lenderCode: string;
  /** The lender's unit the places are at. */
  unitId: string;
  borrowerCode: string;
  unitKind: PlaceUnitKind;
  places: number;
  /** accepted: promised, not yet in use; delivered: in use. */
  status: 'accepted' | 'delivered';
  from: string;
  to: string;
}

/** One item type of the region's equipment inventory. */
export interface EquipmentItem {
  id: string;
  region: string;
  name: string;
  /** How many the region has. */
  total: number;
  /** Promised or out on loan (accepted or delivered, not returned). */
  lent: number;
  available: number;
  updatedAt: string;
}

/** A lot of equipment lent to an organisation: where it is and when it is due back. */
export interface EquipmentLot {
  offerId: string;
  requestId: string;
  requestNumber: number;
  itemTypeId: string;
  itemName: string;
  borrowerCode: string;
  quantity: number;
  /** accepted: promised, on its way; delivered: at the borrower. */
  status: 'accepted' | 'delivered';
  due: string;
  /** Past its due day and not returned. */
  overdue: boolean;
}

export interface EquipmentInventory {
  region: string;
  /** The day `overdue` is judged by. */
  date: string;
  /** The caller may change item types and counts (coordinator or administrator). */
  editable: boolean;
  items: EquipmentItem[];
  lots: EquipmentLot[];
}
