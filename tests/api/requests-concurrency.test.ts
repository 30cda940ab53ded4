import { shiftDay, type HelpRequest } from '@lagesbild/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { Api, type ApiResponse, placesRequestBody, useApi } from '../support/api.js';
import { today } from '../support/dates.js';
import { useServer } from '../support/server.js';

// Two people accept at the same moment: accepts are counted one after the other under the
// request's row lock, so however many arrive together, a line never gets more than it asked for.

const ROUNDS = 12;
const server = useServer();
const avesta = useApi(server, 'avesta');
const analyst = useApi(server, 'region-dalarna');
// Every other municipality of Dalarna offers places.
const OFFERERS = ['falun', 'borlange', 'smedjebacken', 'mora', 'leksand', 'rattvik', 'ludvika', 'hedemora', 'sater', 'gagnef'];
const offerers = new Map<string, Api>();
beforeAll(async () => {
  for (const username of OFFERERS) offerers.set(username, await Api.loggedIn(server, username));
});

function ok<T>(response: ApiResponse<T>): T {
  if (response.status >= 300) throw new Error(`expected success, got ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

describe('concurrent acceptance', () => {
  it(`never accepts more than a line asked for, however many accepts arrive at once (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      // 5–9 places asked; ten offers of 1–3 places each, together always more than asked.
      const asked = 5 + (round % 5);
      const request = ok(await avesta.createRequest('20', placesRequestBody(asked)));
      const lineId = request.lines[0]!.id;
      let withOffers: HelpRequest = request;
      for (const [index, username] of OFFERERS.entries()) {
        withOffers = ok(await offerers.get(username)!.offer(request.id, { lineId, quantity: 1 + ((index + round) % 3) }));
      }
      const offers = withOffers.lines[0]!.offers;
      expect(offers.reduce((sum, offer) => sum + offer.quantity, 0)).toBeGreaterThan(asked);

      const answers = await Promise.all(offers.map((offer) => avesta.acceptOffer(offer.id)));
      const statuses = answers.map((answer) => answer.status);
      expect(
        statuses.every((status) => status === 200 || status === 409),
        JSON.stringify(statuses),
      ).toBe(true);

      const stored = ok(await avesta.getRequest(request.id));
      const line = stored.lines[0]!;
      const accepted = line.offers.filter((offer) => offer.status === 'accepted');
      const acceptedPlaces = accepted.reduce((sum, offer) => sum + offer.acceptedQuantity!, 0);
      expect(acceptedPlaces, `round ${round}`).toBe(asked);
      expect(line.quantities).toMatchObject({ asked, accepted: asked, open: 0, offered: 0 });
      expect(stored.status).toBe('covered');
      // Each 200 is one accepted offer, and the rest were answered, never left waiting.
      expect(statuses.filter((status) => status === 200)).toHaveLength(accepted.length);
      expect(line.offers.filter((offer) => offer.status === 'offered')).toHaveLength(0);
    }
  });

  it(`never lends more equipment than the inventory has, across requests decided at once (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const total = 4 + (round % 3);
      const item = ok(await analyst.createEquipmentItem('20', { name: `Syrgas ${round}`, total }));
      const borrowers = OFFERERS.slice(0, 6);
      const offers: string[] = [];
      for (const username of borrowers) {
        const request = ok(
          await offerers.get(username)!.createRequest('20', {
            reason: 'Syrgas i hemmet',
            neededBy: today(),
            lines: [{ kind: 'equipment', quantity: 2, itemTypeId: item.id, until: shiftDay(today(), 3) }],
          }),
        );
        const offered = ok(await analyst.offer(request.id, { lineId: request.lines[0]!.id, quantity: 2 }));
        offers.push(offered.lines[0]!.offers[0]!.id);
      }
      const answers = await Promise.all(offers.map((offerId) => analyst.acceptOffer(offerId)));
      const inventory = ok(await analyst.equipment('20'));
      const stock = inventory.items.find((candidate) => candidate.id === item.id)!;
      expect(stock.lent, `round ${round}`).toBeLessThanOrEqual(total);
      expect(stock.lent).toBe(answers.filter((answer) => answer.status === 200).length * 2);
      expect(stock.lent).toBe(total - (total % 2));
      expect(answers.filter((answer) => answer.status !== 200).every((answer) => answer.status === 409)).toBe(true);
    }
  });
});
