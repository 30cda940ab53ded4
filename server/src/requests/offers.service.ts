import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  loanDecisionText,
  mayActOnOffer,
  mayOfferOn,
  offerTransitionConflict,
  OFFER_TRANSITIONS,
  takesOffers,
  type HelpRequest,
  type Meeting,
  type OfferAction,
  type OfferDecisionInput,
  type OfferInput,
  type RequestLine,
  type RequestNoticeKind,
  type RequestOffer,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { assertCanSteerMeetings } from '../common/scope.js';
import { fieldConflict, fieldError } from '../common/validation.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { requestActor } from './coordinators.js';
import { availableItems } from './equipment-stock.js';
import type { AppliedChange } from './request-transactions.js';
import { RequestTransactions } from './request-transactions.js';

const NOTICE: { [A in OfferAction]: RequestNoticeKind } = {
  accept: 'offer.accepted',
  decline: 'offer.declined',
  withdraw: 'offer.withdrawn',
  deliver: 'offer.delivered',
  return: 'offer.returned',
};

/** The decision an accept carries: how many, and whether a meeting took it. */
interface Acceptance {
  quantity?: number | undefined;
  meetingId?: string;
}

/** Offers against a request's lines and every step after: accepted or declined, delivered, returned. */
@Injectable()
export class OffersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: RequestTransactions,
    private readonly meetings: MeetingsService,
  ) {}

  /** An offer from the caller's organisation against one line, at most what the line still needs. */
  offer(caller: Caller, requestId: string, input: OfferInput): Promise<HelpRequest> {
    return this.transactions.change(caller, requestId, async (manager, request) => {
      if (request.status === 'draft' && request.requesterCode !== caller.organizationCode) {
        throw new NotFoundException('Avropet finns inte.');
      }
      const line = request.lines.find((candidate) => candidate.id === input.lineId);
      if (!line) throw fieldError('lineId', 'validation.unknownLine');
      if (request.requesterCode === caller.organizationCode) throw fieldConflict('requestId', 'validation.ownRequest');
      if (!mayOfferOn(await requestActor(manager, caller), request, line.kind)) {
        throw new ForbiddenException('Utrustning lånas ut ur regionens förråd och erbjuds av regionen.');
      }
      if (!takesOffers(request.status)) throw fieldConflict('status', 'validation.requestNotOpen');
      if (input.quantity > line.quantities.open) throw fieldConflict('quantity', 'validation.offerTooLarge');
      if (line.kind === 'equipment' && input.quantity > (await availableItems(manager, line.itemTypeId))) {
        throw fieldConflict('quantity', 'validation.notAvailable');
      }
      const unitId = await this.offeringUnit(manager, caller, line, input.unitId);
      const rows = await manager.query<{ id: string }[]>(
        `INSERT INTO request_offers (request_id, line_id, organization_code, unit_id, quantity, status, comment, created_by)
         VALUES ($1, $2, $3, $4, $5, 'offered', $6, $7) RETURNING id`,
        [request.id, line.id, caller.organizationCode, unitId, input.quantity, input.comment, caller.username],
      );
      return { action: 'offer.create', offerId: rows[0]!.id, organizationCode: caller.organizationCode, notice: 'offer.made' };
    });
  }

  /** One step of an offer's workflow, by whoever the rules let take it. */
  async act(caller: Caller, offerId: string, action: OfferAction, detail: { quantity?: number; reason?: string | null } = {}) {
    const requestId = await this.requestOf(offerId);
    if (!requestId) throw new NotFoundException('Erbjudandet finns inte.');
    return this.transactions.change(caller, requestId, async (manager, request) => {
      const { line, offer } = find(request, offerId);
      if (!mayActOnOffer(await requestActor(manager, caller), action, request, line, offer)) {
        throw new ForbiddenException(FORBIDDEN[action]);
      }
      this.assertLegal(action, request, offer);
      if (action === 'accept') return this.accept(manager, caller, request, line, offer, { quantity: detail.quantity });
      await manager.query(
        `UPDATE request_offers SET status = $2, updated_at = now(),
                decided_at = CASE WHEN $3 THEN now() ELSE decided_at END,
                decided_by = CASE WHEN $3 THEN $4 ELSE decided_by END,
                decline_reason = CASE WHEN $3 THEN $5 ELSE decline_reason END,
                delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE delivered_at END,
                returned_at = CASE WHEN $2 = 'returned' THEN now() ELSE returned_at END
          WHERE id = $1`,
        [offer.id, OFFER_TRANSITIONS[action].to, action === 'decline', caller.username, detail.reason ?? null],
      );
      return this.applied(action, offer);
    });
  }

  /**
   * The chair records "att Falun lånar ut 4 platser till Avesta" in a meeting, which accepts the
   * offer: the decision and the acceptance are one transaction, so neither stands without the other.
   */
  async decideInMeeting(
    caller: Caller,
    meetingId: string,
    input: OfferDecisionInput,
  ): Promise<{ meeting: Meeting; request: HelpRequest }> {
    const requestId = await this.requestOf(input.offerId);
    if (!requestId) throw fieldError('offerId', 'validation.unknownOffer');
    let publishMeeting: (() => Promise<Meeting>) | undefined;
    let meeting: Meeting | undefined;
    const request = await this.transactions.change(caller, requestId, async (manager, current) => {
      assertCanSteerMeetings(caller, current.region);
      const { line, offer } = find(current, input.offerId);
      this.assertLegal('accept', current, offer);
      const quantity = this.acceptedQuantity(line, offer, input.quantity);
      const names = await this.names(manager, [offer.organizationCode, current.requesterCode]);
      const text = loanDecisionText(line, quantity, names.get(offer.organizationCode)!, names.get(current.requesterCode)!);
      // The meeting first: an unknown or closed meeting refuses before anything is accepted.
      publishMeeting = await this.meetings.addDecisionWithin(manager, caller, meetingId, text);
      const applied = await this.accept(manager, caller, current, line, offer, { quantity, meetingId });
      return {
        ...applied,
        afterCommit: async () => {
          meeting = await publishMeeting?.();
        },
      };
    });
    return { meeting: meeting!, request };
  }

  private assertLegal(action: OfferAction, request: HelpRequest, offer: RequestOffer): void {
    const conflict = offerTransitionConflict(action, offer.status);
    if (conflict) throw fieldConflict('status', conflict);
    if ((action === 'accept' || action === 'decline') && !takesOffers(request.status)) {
      throw fieldConflict('status', 'validation.requestNotOpen');
    }
  }

  /** How many an accept takes: all that was offered, or fewer; never more than the line still needs. */
  private acceptedQuantity(line: RequestLine, offer: RequestOffer, asked: number | undefined): number {
    const quantity = asked ?? Math.min(offer.quantity, line.quantities.open);
    if (quantity > offer.quantity) throw fieldError('quantity', 'validation.moreThanOffered');
    if (quantity > line.quantities.open || quantity === 0) throw fieldConflict('quantity', 'validation.offerTooLarge');
    return quantity;
  }

  // Under the request's lock (RequestTransactions), so the line's open quantity read here is the
  // one every other accept of this request sees after us.
  private async accept(
    manager: EntityManager,
    caller: Caller,
    request: HelpRequest,
    line: RequestLine,
    offer: RequestOffer,
    acceptance: Acceptance,
  ): Promise<AppliedChange> {
    const quantity = this.acceptedQuantity(line, offer, acceptance.quantity);
    if (line.kind === 'equipment' && quantity > (await availableItems(manager, line.itemTypeId, true))) {
      throw fieldConflict('quantity', 'validation.notAvailable');
    }
    await manager.query(
      `UPDATE request_offers SET status = 'accepted', accepted_quantity = $2, decided_at = now(), decided_by = $3,
              decided_in_meeting = $4::uuid, updated_at = now()
        WHERE id = $1`,
      [offer.id, quantity, caller.username, acceptance.meetingId ?? null],
    );
    return { ...this.applied('accept', offer), after: { quantity, meetingId: acceptance.meetingId ?? null } };
  }

  private applied(action: OfferAction, offer: RequestOffer): AppliedChange {
    return {
      action: `offer.${action}`,
      offerId: offer.id,
      organizationCode: offer.organizationCode,
      before: { status: offer.status },
      notice: NOTICE[action],
    };
  }

  /** Places come from one of the offering organisation's own units of the kind asked for. */
  private async offeringUnit(
    manager: EntityManager,
    caller: Caller,
    line: RequestLine,
    unitId: string | undefined,
  ): Promise<string | null> {
    if (line.kind !== 'places') {
      if (unitId !== undefined) throw fieldError('unitId', 'validation.unknownUnit');
      return null;
    }
    const units = await manager.query<{ id: string }[]>(
      `SELECT id FROM units WHERE organization_code = $1 AND kind = $2 AND retired_at IS NULL ORDER BY sort_order, name`,
      [caller.organizationCode, line.unitKind],
    );
    const chosen = unitId === undefined ? units[0] : units.find((unit) => unit.id === unitId);
    if (!chosen) throw fieldError('unitId', 'validation.unknownUnit');
    return chosen.id;
  }

  private async requestOf(offerId: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<{ request_id: string }[]>(
      'SELECT request_id FROM request_offers WHERE id::text = $1',
      [offerId],
    );
    return rows[0]?.request_id;
  }

  private async names(manager: EntityManager, codes: string[]): Promise<Map<string, string>> {
    const rows = await manager.query<{ code: string; name: string }[]>(
      'SELECT code, name FROM organizations WHERE code = ANY($1)',
      [codes],
    );
    return new Map(rows.map((row) => [row.code, row.name]));
  }
}

const FORBIDDEN: { [A in OfferAction]: string } = {
  accept: 'Platser antas av den som gjort avropet, personal och utrustning av regionens samordnare.',
  decline: 'Platser avböjs av den som gjort avropet, personal och utrustning av regionens samordnare.',
  withdraw: 'Bara den organisation som lämnat erbjudandet kan ta tillbaka det.',
  deliver: 'Bara de som lånar ut eller lånar kan markera leveransen.',
  return: 'Bara de som lånar ut eller lånar kan markera återlämningen.',
};

function find(request: HelpRequest, offerId: string): { line: RequestLine; offer: RequestOffer } {
  for (const line of request.lines) {
    const offer = line.offers.find((candidate) => candidate.id === offerId);
    if (offer) return { line, offer };
  }
  throw new NotFoundException('Erbjudandet finns inte.');
}
