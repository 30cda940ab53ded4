import { shiftDay, type AuditRecord, type HelpRequest, type OfferStatus, type RequestOffer } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { type Api, type ApiResponse, placesRequestBody, staffRequestBody, useApi } from '../support/api.js';
import { today } from '../support/dates.js';
import { useServer } from '../support/server.js';

// Avrop through the API: the workflow of a request and its offers, every illegal step refused with
// a 409 naming why, bad input refused with a 400 naming the field, who may do what, the audit
// trail, and the loans in the situation.

const server = useServer();
const avesta = useApi(server, 'avesta');
const falun = useApi(server, 'falun');
const borlange = useApi(server, 'borlange');
const smedjebacken = useApi(server, 'smedjebacken');
const hedemora = useApi(server, 'hedemora');
const analyst = useApi(server, 'region-dalarna');
const chair = useApi(server, 'chair-dalarna');
const admin = useApi(server, 'admin');
const solvesborg = useApi(server, 'solvesborg');
const mora = useApi(server, 'mora');

function ok<T>(response: ApiResponse<T>): T {
  if (response.status >= 300) throw new Error(`expected success, got ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

const offersOf = (request: HelpRequest): RequestOffer[] => request.lines.flatMap((line) => line.offers);
const offerOf = (request: HelpRequest, organizationCode: string): RequestOffer =>
  offersOf(request).find((offer) => offer.organizationCode === organizationCode)!;
const statusOf = (request: HelpRequest, offerId: string): OfferStatus =>
  offersOf(request).find((offer) => offer.id === offerId)!.status;

async function placesRequest(quantity = 6, by: Api = avesta): Promise<HelpRequest> {
  return ok(await by.createRequest('20', placesRequestBody(quantity)));
}

async function offerOn(request: HelpRequest, by: Api, quantity: number, lineIndex = 0): Promise<HelpRequest> {
  return ok(await by.offer(request.id, { lineId: request.lines[lineIndex]!.id, quantity }));
}

/** The request's audit trail, oldest first, as the region's analysts read it. */
async function auditOf(request: HelpRequest): Promise<AuditRecord[]> {
  const records = ok(await admin.audit('20', { limit: 10_000 }));
  return records.filter((record) => record.target?.startsWith(request.id)).reverse();
}

function expectConflict(response: ApiResponse<unknown>, field: string, code: string): void {
  expect(response.status, JSON.stringify(response.body)).toBe(409);
  expect(response.error?.codes?.[field]).toEqual([code]);
}

function expectBadField(response: ApiResponse<unknown>, field: string, code?: string): void {
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(Object.keys(response.error?.errors ?? {})).toContain(field);
  if (code) expect(response.error?.codes?.[field]).toEqual([code]);
}

describe('the workflow of a places request', () => {
  it('goes open → partly covered → covered as offers are accepted, and closes; each step audited', async () => {
    const opened = await placesRequest(6);
    expect(opened).toMatchObject({ status: 'open', requesterCode: '2084', urgency: 'urgent', version: 2 });
    expect(opened.lines[0]!.quantities).toEqual({ asked: 6, offered: 0, accepted: 0, delivered: 0, returned: 0, open: 6 });

    await offerOn(opened, falun, 4);
    await offerOn(opened, borlange, 2);
    const offered = await offerOn(opened, smedjebacken, 3);
    expect(offered.status).toBe('open');
    expect(offered.lines[0]!.quantities).toMatchObject({ offered: 9, accepted: 0, open: 6 });
    expect(offerOf(offered, '2080')).toMatchObject({ unitId: '2080-lunden', quantity: 4, status: 'offered', createdBy: 'falun' });

    const partly = ok(await avesta.acceptOffer(offerOf(offered, '2080').id));
    expect(partly.status).toBe('partly_covered');
    expect(partly.lines[0]!.quantities).toMatchObject({ offered: 5, accepted: 4, open: 2 });
    expect(offerOf(partly, '2080')).toMatchObject({ status: 'accepted', acceptedQuantity: 4, decidedBy: 'avesta' });

    // Borlänge's two cover the line: Smedjebacken's offer is no longer needed and is answered.
    const covered = ok(await avesta.acceptOffer(offerOf(partly, '2081').id));
    expect(covered.status).toBe('covered');
    expect(covered.lines[0]!.quantities).toEqual({ asked: 6, offered: 0, accepted: 6, delivered: 0, returned: 0, open: 0 });
    expect(offerOf(covered, '2061')).toMatchObject({ status: 'declined', decidedBy: 'system' });

    const delivered = ok(await falun.deliverOffer(offerOf(covered, '2080').id));
    expect(offerOf(delivered, '2080').status).toBe('delivered');
    expect(delivered.lines[0]!.quantities).toMatchObject({ accepted: 6, delivered: 4, returned: 0 });
    const returned = ok(await avesta.returnOffer(offerOf(covered, '2080').id));
    expect(offerOf(returned, '2080').status).toBe('returned');
    expect(returned.lines[0]!.quantities).toMatchObject({ accepted: 6, delivered: 4, returned: 4 });

    const closed = ok(await avesta.closeRequest(opened.id));
    expect(closed).toMatchObject({ status: 'closed', endedBy: 'avesta' });
    // What was accepted stays lent until it comes back.
    expect(offerOf(closed, '2081').status).toBe('accepted');
    expect(closed.version).toBe(opened.version + 8);

    const audit = await auditOf(opened);
    expect(audit.map((record) => [record.action, record.actor])).toEqual([
      ['request.create', 'avesta'],
      ['offer.create', 'falun'],
      ['offer.create', 'borlange'],
      ['offer.create', 'smedjebacken'],
      ['offer.accept', 'avesta'],
      ['offer.accept', 'avesta'],
      ['offer.deliver', 'falun'],
      ['offer.return', 'avesta'],
      ['request.close', 'avesta'],
    ]);
    expect(audit[4]).toMatchObject({ organizationCode: '2080', before: { status: 'offered' }, after: { quantity: 4 } });
  });

  it('accepts part of an offer, and never more than the line still needs', async () => {
    const request = await placesRequest(5);
    const offered = await offerOn(request, falun, 5);
    const offerId = offerOf(offered, '2080').id;
    expectBadField(await avesta.acceptOffer(offerId, { quantity: 6 }), 'quantity', 'validation.moreThanOffered');
    const accepted = ok(await avesta.acceptOffer(offerId, { quantity: 3 }));
    expect(offerOf(accepted, '2080')).toMatchObject({ quantity: 5, acceptedQuantity: 3 });
    expect(accepted.lines[0]!.quantities).toMatchObject({ accepted: 3, open: 2 });
    expectConflict(
      await borlange.offer(request.id, { lineId: request.lines[0]!.id, quantity: 3 }),
      'quantity',
      'validation.offerTooLarge',
    );
  });

  it('keeps a draft to its organisation until it is opened, and lets it be changed only then', async () => {
    const draft = ok(await avesta.createRequest('20', placesRequestBody(2, { draft: true })));
    expect(draft).toMatchObject({ status: 'draft', openedAt: null });
    expect((await falun.getRequest(draft.id)).status).toBe(404);
    expect(ok(await falun.requests('20')).requests.map((request) => request.id)).not.toContain(draft.id);
    expect((await falun.offer(draft.id, { lineId: draft.lines[0]!.id, quantity: 1 })).status).toBe(404);

    const changed = ok(await avesta.updateRequest(draft.id, placesRequestBody(3, { reason: 'Ändrat utkast', draft: true })));
    expect(changed).toMatchObject({ status: 'draft', reason: 'Ändrat utkast' });
    expect(changed.lines[0]!.quantities.asked).toBe(3);

    const opened = ok(await avesta.openRequest(draft.id));
    expect(opened.status).toBe('open');
    expect(opened.openedAt).not.toBeNull();
    expect(ok(await falun.getRequest(draft.id)).status).toBe('open');
    expectConflict(await avesta.updateRequest(draft.id, placesRequestBody(4)), 'status', 'validation.requestNotDraft');
    expectConflict(await avesta.openRequest(draft.id), 'status', 'validation.requestNotDraft');
    expect((await auditOf(draft)).map((record) => record.action)).toEqual(['request.create', 'request.update', 'request.open']);
  });

  it('cancels a request with what was offered and promised, but not once something was delivered', async () => {
    const request = await placesRequest(4);
    await offerOn(request, falun, 2);
    const offered = await offerOn(request, borlange, 2);
    ok(await avesta.acceptOffer(offerOf(offered, '2080').id));
    const cancelled = ok(await avesta.cancelRequest(request.id));
    expect(cancelled.status).toBe('cancelled');
    expect(offersOf(cancelled).map((offer) => offer.status)).toEqual(['cancelled', 'cancelled']);
    expectConflict(await avesta.cancelRequest(request.id), 'status', 'validation.requestNotActive');
    expectConflict(await avesta.closeRequest(request.id), 'status', 'validation.requestNotActive');
    expectConflict(
      await smedjebacken.offer(request.id, { lineId: request.lines[0]!.id, quantity: 1 }),
      'status',
      'validation.requestNotOpen',
    );

    const lent = await placesRequest(2);
    const withOffer = await offerOn(lent, falun, 2);
    ok(await avesta.acceptOffer(offerOf(withOffer, '2080').id));
    ok(await falun.deliverOffer(offerOf(withOffer, '2080').id));
    const before = ok(await avesta.getRequest(lent.id));
    expectConflict(await avesta.cancelRequest(lent.id), 'status', 'validation.requestHasDeliveries');
    expect(ok(await avesta.getRequest(lent.id))).toEqual(before);
  });
});

describe('every illegal transition of an offer', () => {
  // An offer in each status, and the actions that status does not allow.
  const ILLEGAL: Record<
    Exclude<OfferStatus, 'cancelled'>,
    [action: 'accept' | 'decline' | 'withdraw' | 'deliver' | 'return', code: string][]
  > = {
    offered: [
      ['deliver', 'validation.offerNotAccepted'],
      ['return', 'validation.offerNotDelivered'],
    ],
    accepted: [
      ['accept', 'validation.offerNotPending'],
      ['decline', 'validation.offerNotPending'],
      ['withdraw', 'validation.offerNotPending'],
      ['return', 'validation.offerNotDelivered'],
    ],
    declined: [
      ['accept', 'validation.offerNotPending'],
      ['decline', 'validation.offerNotPending'],
      ['withdraw', 'validation.offerNotPending'],
      ['deliver', 'validation.offerNotAccepted'],
      ['return', 'validation.offerNotDelivered'],
    ],
    withdrawn: [
      ['accept', 'validation.offerNotPending'],
      ['decline', 'validation.offerNotPending'],
      ['withdraw', 'validation.offerNotPending'],
      ['deliver', 'validation.offerNotAccepted'],
      ['return', 'validation.offerNotDelivered'],
    ],
    delivered: [
      ['accept', 'validation.offerNotPending'],
      ['decline', 'validation.offerNotPending'],
      ['withdraw', 'validation.offerNotPending'],
      ['deliver', 'validation.offerNotAccepted'],
    ],
    returned: [
      ['accept', 'validation.offerNotPending'],
      ['decline', 'validation.offerNotPending'],
      ['withdraw', 'validation.offerNotPending'],
      ['deliver', 'validation.offerNotAccepted'],
      ['return', 'validation.offerNotDelivered'],
    ],
  };

  /** Falun's offer on a new request of Avesta's, brought to `status` the legal way. */
  async function offerIn(status: OfferStatus): Promise<{ request: HelpRequest; offerId: string }> {
    const request = await placesRequest(3);
    const offerId = offerOf(await offerOn(request, falun, 2), '2080').id;
    if (status === 'declined') ok(await avesta.declineOffer(offerId, { reason: 'Vi löser det själva.' }));
    if (status === 'withdrawn') ok(await falun.withdrawOffer(offerId));
    if (status === 'cancelled') ok(await avesta.cancelRequest(request.id));
    if (['accepted', 'delivered', 'returned'].includes(status)) ok(await avesta.acceptOffer(offerId));
    if (['delivered', 'returned'].includes(status)) ok(await falun.deliverOffer(offerId));
    if (status === 'returned') ok(await falun.returnOffer(offerId));
    const stored = ok(await avesta.getRequest(request.id));
    expect(statusOf(stored, offerId)).toBe(status);
    return { request: stored, offerId };
  }

  const act = (api: Api, action: string, offerId: string) =>
    action === 'accept'
      ? api.acceptOffer(offerId)
      : action === 'decline'
        ? api.declineOffer(offerId)
        : action === 'withdraw'
          ? api.withdrawOffer(offerId)
          : action === 'deliver'
            ? api.deliverOffer(offerId)
            : api.returnOffer(offerId);

  it.each(Object.entries(ILLEGAL))('from %s: a 409 naming why, and nothing changes', async (status, refused) => {
    const { request, offerId } = await offerIn(status as OfferStatus);
    const audited = (await auditOf(request)).length;
    for (const [action, code] of refused) {
      // The organisation that may take the step in general: withdraw is the offerer's, the rest the requester's.
      const response = await act(action === 'withdraw' ? falun : avesta, action, offerId);
      expectConflict(response, 'status', code);
    }
    expect(ok(await avesta.getRequest(request.id))).toEqual(request);
    expect((await auditOf(request)).length).toBe(audited);
  });

  it('from cancelled: nothing can be done with it', async () => {
    const { request, offerId } = await offerIn('cancelled');
    expectConflict(await avesta.acceptOffer(offerId), 'status', 'validation.offerNotPending');
    expectConflict(await falun.withdrawOffer(offerId), 'status', 'validation.offerNotPending');
    expectConflict(await falun.deliverOffer(offerId), 'status', 'validation.offerNotAccepted');
    expect(ok(await avesta.getRequest(request.id))).toEqual(request);
  });

  it('an unknown offer is a 404', async () => {
    expect((await avesta.acceptOffer('00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await avesta.acceptOffer('not-an-id')).status).toBe(404);
  });
});

describe('who may do what', () => {
  it('places are decided by the organisation that asked; withdrawal is the offerer’s; delivery either side’s', async () => {
    const request = await placesRequest(4);
    const offered = await offerOn(request, falun, 2);
    const offerId = offerOf(offered, '2080').id;
    expect((await falun.acceptOffer(offerId)).status).toBe(403);
    expect((await borlange.acceptOffer(offerId)).status).toBe(403);
    expect((await analyst.declineOffer(offerId)).status).toBe(403);
    expect((await avesta.withdrawOffer(offerId)).status).toBe(403);
    expect(ok(await avesta.getRequest(request.id))).toEqual(offered);
    ok(await avesta.acceptOffer(offerId));
    expect((await borlange.deliverOffer(offerId)).status).toBe(403);
    ok(await avesta.deliverOffer(offerId));
    expect((await borlange.returnOffer(offerId)).status).toBe(403);
    ok(await falun.returnOffer(offerId));
  });

  it('only the organisation that asked changes its request', async () => {
    const request = await placesRequest(2);
    expect((await falun.cancelRequest(request.id)).status).toBe(403);
    expect((await analyst.closeRequest(request.id)).status).toBe(403);
    expect(ok(await avesta.getRequest(request.id)).status).toBe('open');
  });

  it('another region sees nothing and can do nothing', async () => {
    const request = await placesRequest(2);
    const offered = await offerOn(request, falun, 1);
    expect((await solvesborg.getRequest(request.id)).status).toBe(403);
    expect((await solvesborg.requests('20')).status).toBe(403);
    expect((await solvesborg.createRequest('20', placesRequestBody(1))).status).toBe(403);
    expect((await solvesborg.offer(request.id, { lineId: request.lines[0]!.id, quantity: 1 })).status).toBe(403);
    expect((await solvesborg.acceptOffer(offerOf(offered, '2080').id)).status).toBe(403);
    expect((await solvesborg.cancelRequest(request.id)).status).toBe(403);
    expect(ok(await solvesborg.requests('10')).requests.map((r) => r.region)).not.toContain('20');
    expect(ok(await avesta.getRequest(request.id))).toEqual(offered);
  });

  it('staff are decided by the region’s coordinator: its analysts while none is named, then only the one named', async () => {
    const request = ok(await avesta.createRequest('20', staffRequestBody(2)));
    const offered = await offerOn(request, borlange, 1);
    const withRegion = await offerOn(request, analyst, 1);
    const [fromBorlange, fromRegion] = [offerOf(offered, '2081').id, offerOf(withRegion, '20').id];
    expect((await avesta.acceptOffer(fromBorlange)).status).toBe(403);
    expect(ok(await analyst.requests('20')).coordinator).toBe(true);
    expect(ok(await avesta.requests('20')).coordinator).toBe(false);
    ok(await analyst.acceptOffer(fromBorlange));

    // An administrator names the chair's account coordinator: the analysts no longer decide.
    expectBadField(await admin.updateUser('falun', { coordinator: true }), 'coordinator', 'validation.coordinatorNeedsRegion');
    expect(ok(await admin.updateUser('chair-dalarna', { coordinator: true })).coordinator).toBe(true);
    try {
      expect((await analyst.acceptOffer(fromRegion)).status).toBe(403);
      expect(ok(await analyst.requests('20')).coordinator).toBe(false);
      const covered = ok(await chair.acceptOffer(fromRegion));
      expect(covered.status).toBe('covered');
    } finally {
      ok(await admin.updateUser('chair-dalarna', { coordinator: false }));
    }
  });
});

describe('bad input: a 400 naming the field, or a 409, and nothing stored', () => {
  const countRequests = async () => ok(await analyst.requests('20', 'all')).requests.length;

  it.each([
    ['quantity 0', { quantity: 0 }, 'lines.0.quantity'],
    ['quantity 1.5', { quantity: 1.5 }, 'lines.0.quantity'],
    ['quantity 1001', { quantity: 1001 }, 'lines.0.quantity'],
    ['quantity as text', { quantity: '6' }, 'lines.0.quantity'],
    ['a period that ends before it starts', { from: shiftDay(today(), 3), to: today() }, 'lines.0.from'],
    ['an unknown kind', { kind: 'helicopters' }, 'lines.0.kind'],
    ['an unknown unit kind', { unitKind: 'hospital' }, 'lines.0.unitKind'],
    ['a period already over', { from: shiftDay(today(), -5), to: shiftDay(today(), -1) }, 'lines.0.to'],
  ])('a line with %s', async (_name, change, field) => {
    const before = await countRequests();
    const body = placesRequestBody(6);
    body.lines = [{ ...(body.lines as object[])[0], ...change }];
    const response = await avesta.createRequest('20', body);
    expectBadField(response, field);
    expect(await countRequests()).toBe(before);
  });

  it.each([
    ['no lines', { lines: [] }, 'lines'],
    ['no reason', { reason: '' }, 'reason'],
    ['a needed-by day already past', { neededBy: shiftDay(today(), -1) }, 'neededBy'],
    ['an unknown field', { priority: 'high' }, 'priority'],
    ['an unknown urgency', { urgency: 'yesterday' }, 'urgency'],
  ])('a request with %s', async (_name, change, field) => {
    const before = await countRequests();
    expectBadField(await avesta.createRequest('20', { ...placesRequestBody(2), ...change }), field);
    expect(await countRequests()).toBe(before);
  });

  it('an equipment line of an item not in the inventory, or asked by the region itself', async () => {
    const before = await countRequests();
    const line = { kind: 'equipment', quantity: 1, itemTypeId: '00000000-0000-0000-0000-000000000000', until: today() };
    expectBadField(
      await avesta.createRequest('20', { ...placesRequestBody(1), lines: [line] }),
      'lines.0.itemTypeId',
      'validation.unknownItem',
    );
    const blekingeItem = ok(await solvesborg.equipment('10')).items[0]!;
    expectBadField(
      await avesta.createRequest('20', { ...placesRequestBody(1), lines: [{ ...line, itemTypeId: blekingeItem.id }] }),
      'lines.0.itemTypeId',
      'validation.unknownItem',
    );
    const dalarnaItem = ok(await analyst.equipment('20')).items[0]!;
    expectBadField(
      await analyst.createRequest('20', { ...placesRequestBody(1), lines: [{ ...line, itemTypeId: dalarnaItem.id }] }),
      'lines.0.kind',
      'validation.equipmentFromRegion',
    );
    expect(await countRequests()).toBe(before);
  });

  it('offers: too many, on one’s own request, on an unknown line, from a unit not one’s own; nothing stored', async () => {
    const request = await placesRequest(3);
    const lineId = request.lines[0]!.id;
    expectConflict(await falun.offer(request.id, { lineId, quantity: 4 }), 'quantity', 'validation.offerTooLarge');
    expectConflict(await avesta.offer(request.id, { lineId, quantity: 1 }), 'requestId', 'validation.ownRequest');
    expectBadField(await falun.offer(request.id, { lineId: '00000000-0000-0000-0000-000000000000', quantity: 1 }), 'lineId');
    expectBadField(
      await falun.offer(request.id, { lineId, quantity: 1, unitId: '2081-angen' }),
      'unitId',
      'validation.unknownUnit',
    );
    expectBadField(await falun.offer(request.id, { lineId, quantity: 0 }), 'quantity', 'validation.quantity');
    expect(ok(await avesta.getRequest(request.id))).toEqual(request);
  });
});

describe('loans in the situation', () => {
  it('shows accepted places on both sides and counts them once; promised places leave the lender’s free places', async () => {
    const unit = async (api: Api, code: string) =>
      ok(await api.situation('20')).organizations.find((organization) => organization.code === code)!;
    const before = ok(await avesta.situation('20'));
    const request = await placesRequest(3);
    const offered = await offerOn(request, hedemora, 3);
    const offerId = offerOf(offered, '2083').id;
    ok(await avesta.acceptOffer(offerId));

    const after = ok(await avesta.situation('20'));
    const loan = after.loans!.find((candidate) => candidate.offerId === offerId)!;
    expect(loan).toMatchObject({
      lenderCode: '2083',
      borrowerCode: '2084',
      places: 3,
      status: 'accepted',
      unitKind: 'short_term',
    });
    expect(after.totals.estimated.municipal.capacity).toBe(before.totals.estimated.municipal.capacity);
    expect(after.totals.estimated.municipal.onLoan).toBe(before.totals.estimated.municipal.onLoan + 3);
    expect(after.totals.estimated.municipal.promised).toBe(before.totals.estimated.municipal.promised + 3);
    // Hedemora is silent today (carried forward): its promised places leave the estimate's free places.
    const hedemoraUnit = (await unit(avesta, '2083')).units[0]!;
    const free = Math.max(0, hedemoraUnit.lastReport!.capacity - hedemoraUnit.lastReport!.occupied);
    expect(before.totals.estimated.municipal.free - after.totals.estimated.municipal.free).toBe(Math.min(3, free));

    // In use: no longer promised, still on loan.
    ok(await hedemora.deliverOffer(offerId));
    const delivered = ok(await avesta.situation('20'));
    expect(delivered.loans!.find((candidate) => candidate.offerId === offerId)!.status).toBe('delivered');
    expect(delivered.totals.estimated.municipal.promised).toBe(before.totals.estimated.municipal.promised);
    expect(delivered.totals.estimated.municipal.onLoan).toBe(before.totals.estimated.municipal.onLoan + 3);
    ok(await avesta.returnOffer(offerId));
    expect(ok(await avesta.situation('20')).loans!.map((candidate) => candidate.offerId)).not.toContain(offerId);
  });

  it('answers each municipality’s seat for “nearest first”', async () => {
    const situation = ok(await avesta.situation('20'));
    expect(situation.organizations.find((organization) => organization.code === '2084')?.seat).toEqual({
      lat: 60.1456,
      lon: 16.1678,
    });
    expect(situation.organizations.every((organization) => organization.seat)).toBe(true);
  });
});

describe('the chair accepts an offer as a meeting decision', () => {
  it('records “att Falun lånar ut 4 korttidsplatser till Avesta …” and accepts the offer in one step', async () => {
    const meeting = ok(await chair.createMeeting('20', { title: 'Lägesmöte avrop' }));
    const request = await placesRequest(6);
    const offered = await offerOn(request, falun, 4);
    const offerId = offerOf(offered, '2080').id;
    expect((await avesta.decideOffer(meeting.id, { offerId })).status).toBe(403);
    expect((await chair.decideOffer(meeting.id, { offerId: '00000000-0000-0000-0000-000000000000' })).status).toBe(400);

    const decided = ok(await chair.decideOffer(meeting.id, { offerId }));
    expect(decided.request.status).toBe('partly_covered');
    expect(offerOf(decided.request, '2080')).toMatchObject({
      status: 'accepted',
      acceptedQuantity: 4,
      decidedInMeeting: meeting.id,
    });
    expect(decided.meeting.decisions.map((decision) => decision.text)).toEqual([
      expect.stringMatching(/^att Falun lånar ut 4 korttidsplatser till Avesta \d/),
    ]);
    expect(decided.meeting.version).toBe(meeting.version + 1);
    // Once more: a 409, and the minutes gain nothing.
    expectConflict(await chair.decideOffer(meeting.id, { offerId }), 'status', 'validation.offerNotPending');
    expect(ok(await chair.meeting(meeting.id)).decisions).toHaveLength(1);
  });

  it('a closed meeting refuses, and the offer stays as it was', async () => {
    const meeting = ok(await chair.createMeeting('20', { title: 'Avslutat möte' }));
    ok(await chair.closeMeeting(meeting.id));
    const request = await placesRequest(2);
    const offered = await offerOn(request, borlange, 2);
    const response = await chair.decideOffer(meeting.id, { offerId: offerOf(offered, '2081').id });
    expect(response.status).toBe(409);
    expect(ok(await avesta.getRequest(request.id))).toEqual(offered);
  });
});

describe('equipment', () => {
  it('lends from the inventory, shows each lot and its due day, and never lends more than there is', async () => {
    const item = ok(await analyst.createEquipmentItem('20', { name: 'Syrgasflaska', total: 3 }));
    expect(item).toMatchObject({ total: 3, lent: 0, available: 3 });
    expectConflict(await admin.createEquipmentItem('20', { name: 'syrgasflaska', total: 1 }), 'name', 'validation.itemNameTaken');
    expect((await falun.createEquipmentItem('20', { name: 'Egen', total: 1 })).status).toBe(403);

    const ask = (api: Api, quantity: number) =>
      api.createRequest('20', {
        reason: 'Syrgas i hemmet',
        neededBy: today(),
        lines: [{ kind: 'equipment', quantity, itemTypeId: item.id, until: shiftDay(today(), 5) }],
      });
    const fromMora = ok(await ask(mora, 2));
    const fromFalun = ok(await ask(falun, 2));
    // Only the region lends from its inventory; and not more than it has free.
    expect((await borlange.offer(fromMora.id, { lineId: fromMora.lines[0]!.id, quantity: 1 })).status).toBe(403);
    const offeredMora = await offerOn(fromMora, analyst, 2);
    const offeredFalun = await offerOn(fromFalun, analyst, 2);
    ok(await analyst.acceptOffer(offerOf(offeredMora, '20').id));
    expectConflict(await analyst.acceptOffer(offerOf(offeredFalun, '20').id), 'quantity', 'validation.notAvailable');
    ok(await analyst.acceptOffer(offerOf(offeredFalun, '20').id, { quantity: 1 }));

    const inventory = ok(await falun.equipment('20'));
    expect(inventory.editable).toBe(false);
    expect(inventory.items.find((candidate) => candidate.id === item.id)).toMatchObject({ total: 3, lent: 3, available: 0 });
    expect(inventory.lots.filter((lot) => lot.itemTypeId === item.id)).toEqual([
      expect.objectContaining({
        borrowerCode: '2062',
        quantity: 2,
        status: 'accepted',
        due: shiftDay(today(), 5),
        overdue: false,
      }),
      expect.objectContaining({ borrowerCode: '2080', quantity: 1, status: 'accepted', overdue: false }),
    ]);
    expectConflict(await analyst.updateEquipmentItem(item.id, { total: 2 }), 'total', 'validation.totalBelowLent');
    ok(await analyst.deliverOffer(offerOf(offeredMora, '20').id));
    ok(await mora.returnOffer(offerOf(offeredMora, '20').id));
    expect(ok(await analyst.updateEquipmentItem(item.id, { total: 2 }))).toMatchObject({ total: 2, lent: 1, available: 1 });
  });

  it('the demo region has 33 oxygen concentrators, a few lent, one lot overdue', async () => {
    const inventory = ok(await avesta.equipment('20'));
    const concentrators = inventory.items.find((item) => item.name === 'Syrgaskoncentrator')!;
    expect(concentrators).toMatchObject({ total: 33, lent: 6, available: 27 });
    expect(inventory.lots.filter((lot) => lot.overdue).map((lot) => lot.borrowerCode)).toEqual(['2085']);
  });
});
