import { describe, expect, it } from 'vitest';
import type { HelpRequest, PlacesLine, RequestLine, RequestOffer } from '../api/requests.js';
import { OFFER_STATUSES, type OfferStatus } from '../domain/requests.js';
import {
  coverageStatus,
  lineQuantities,
  lineSubject,
  loanDecisionText,
  offerActions,
  offerTransitionConflict,
  periodEndOf,
  requestActions,
  swedishPeriod,
  type OfferAction,
  type RequestActor,
} from './requests.js';

const offer = (
  status: OfferStatus,
  quantity: number,
  acceptedQuantity: number | null = null,
  organizationCode = '2080',
): RequestOffer => ({
  id: `${status}-${quantity}`,
  requestId: 'r',
  lineId: 'l',
  organizationCode,
  unitId: null,
  quantity,
  acceptedQuantity,
  status,
  comment: null,
  declineReason: null,
  createdAt: '',
  createdBy: '',
  decidedAt: null,
  decidedBy: null,
  decidedInMeeting: null,
  deliveredAt: null,
  returnedAt: null,
  updatedAt: '',
});

function placesLine(asked: number, offers: RequestOffer[]): PlacesLine {
  return {
    id: 'l',
    position: 1,
    kind: 'places',
    unitKind: 'short_term',
    from: '2026-12-01',
    to: '2026-12-08',
    quantities: lineQuantities(asked, offers),
    offers,
  };
}

function request(lines: RequestLine[], status: HelpRequest['status'] = 'open'): HelpRequest {
  return {
    id: 'r',
    number: 1,
    region: '20',
    requesterCode: '2084',
    status,
    reason: '',
    urgency: 'normal',
    neededBy: '2026-12-01',
    periodEnd: '2026-12-08',
    createdAt: '',
    createdBy: '',
    openedAt: '',
    endedAt: null,
    endedBy: null,
    updatedAt: '',
    version: 1,
    lines,
  };
}

const actor = (organizationCode: string, coordinator = false): RequestActor => ({
  organizationCode,
  regionCode: '20',
  coordinator,
});

describe('request rules', () => {
  it('derives a line’s quantities from its offers', () => {
    const offers = [
      offer('offered', 2),
      offer('accepted', 4, 3),
      offer('delivered', 1, 1),
      offer('returned', 2, 2),
      offer('declined', 5),
    ];
    expect(lineQuantities(8, offers)).toEqual({ asked: 8, offered: 2, accepted: 6, delivered: 3, returned: 2, open: 2 });
    expect(lineQuantities(3, [offer('accepted', 5, 5)]).open).toBe(0);
  });

  it('gives an active request its status from what its lines have accepted', () => {
    expect(coverageStatus([placesLine(6, [offer('offered', 6)])])).toBe('open');
    expect(coverageStatus([placesLine(6, [offer('accepted', 4, 4)])])).toBe('partly_covered');
    expect(coverageStatus([placesLine(6, [offer('accepted', 6, 6)]), placesLine(1, [])])).toBe('partly_covered');
    expect(coverageStatus([placesLine(6, [offer('accepted', 4, 4), offer('delivered', 2, 2)])])).toBe('covered');
  });

  it('allows each offer action only from the statuses of the workflow', () => {
    const legal: Record<OfferAction, OfferStatus[]> = {
      accept: ['offered'],
      decline: ['offered'],
      withdraw: ['offered'],
      deliver: ['accepted'],
      return: ['delivered'],
    };
    for (const [action, from] of Object.entries(legal) as [OfferAction, OfferStatus[]][]) {
      for (const status of OFFER_STATUSES) {
        expect(offerTransitionConflict(action, status) === null, `${action} from ${status}`).toBe(from.includes(status));
      }
    }
  });

  it('offers the requester accept and decline on places, the offerer withdraw, either side delivery', () => {
    const pending = offer('offered', 2);
    const line = placesLine(6, [pending]);
    const open = request([line]);
    expect(offerActions(actor('2084'), open, line, pending)).toEqual(['accept', 'decline']);
    expect(offerActions(actor('2080'), open, line, pending)).toEqual(['withdraw']);
    expect(offerActions(actor('20', true), open, line, pending)).toEqual([]);
    const accepted = offer('accepted', 2, 2);
    const acceptedLine = placesLine(6, [accepted]);
    expect(offerActions(actor('2080'), request([acceptedLine]), acceptedLine, accepted)).toEqual(['deliver']);
    expect(offerActions(actor('2084'), request([acceptedLine], 'closed'), acceptedLine, accepted)).toEqual(['deliver']);
    // A closed request takes no decisions, though what was lent still comes back.
    expect(offerActions(actor('2084'), request([line], 'closed'), line, pending)).toEqual([]);
  });

  it('lets only the organisation that asked cancel or close, and not cancel what was delivered', () => {
    const delivered = placesLine(2, [offer('delivered', 2, 2)]);
    expect(requestActions(actor('2084'), request([placesLine(2, [])]))).toEqual(['cancel', 'close']);
    expect(requestActions(actor('2084'), request([delivered], 'covered'))).toEqual(['close']);
    expect(requestActions(actor('2084'), request([placesLine(2, [])], 'draft'))).toEqual(['edit', 'open', 'cancel']);
    expect(requestActions(actor('2080'), request([placesLine(2, [])]))).toEqual([]);
  });

  it('writes decisions and subjects as the minutes say them', () => {
    const line = placesLine(6, []);
    expect(lineSubject(line)).toBe('6 korttidsplatser');
    expect(lineSubject(line, 1)).toBe('1 korttidsplats');
    expect(loanDecisionText(line, 4, 'Falun', 'Avesta')).toBe(
      'att Falun lånar ut 4 korttidsplatser till Avesta 1–8 december 2026',
    );
    expect(swedishPeriod('2026-11-28', '2026-12-05')).toBe('28 november–5 december 2026');
    expect(swedishPeriod('2026-12-30', '2027-01-03')).toBe('30 december 2026–3 januari 2027');
    expect(lineSubject({ ...line, kind: 'staff', staffRole: 'assistant_nurse' }, 2)).toBe('2 undersköterskor');
    expect(
      periodEndOf([
        { kind: 'places', to: '2026-12-08' },
        { kind: 'equipment', until: '2026-12-20' },
      ]),
    ).toBe('2026-12-20');
  });
});
