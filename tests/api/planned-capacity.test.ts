import type { PlannedCapacityUpdatedEvent } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { Api, useApi } from '../support/api.js';
import { daysAgo, today } from '../support/dates.js';
import { LiveClient, useLiveClients } from '../support/live.js';
import { useServer } from '../support/server.js';

const server = useServer();
const clients = useLiveClients();
const avesta = useApi(server, 'avesta');
const analyst = useApi(server, 'region-dalarna');

const inDays = (days: number) => daysAgo(-days);
const listed = async (unitId: string, date: string) =>
  (await analyst.plannedCapacity('20')).body.find((entry) => entry.unitId === unitId && entry.date === date);
const avestaCapacity = async (date: string) =>
  (await analyst.forecast('20')).body.municipalities.find((m) => m.code === '2084')!.capacity.find((day) => day.date === date)
    ?.capacity;

describe('planned capacity', () => {
  it('"4 nya korttidsplatser fr.o.m." a day: stored, listed, versioned, audited, and the forecast counts them from that day', async () => {
    const date = inDays(4);
    const before = await avestaCapacity(date);
    const saved = await avesta.putPlannedCapacity('2084-korttid', date, { mode: 'add', places: 4, note: 'Solgården' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      unitId: '2084-korttid',
      organizationCode: '2084',
      date,
      mode: 'add',
      places: 4,
      note: 'Solgården',
      withdrawn: false,
      version: 1,
      updatedBy: 'avesta',
    });
    expect(await listed('2084-korttid', date)).toEqual(saved.body);
    expect(await avestaCapacity(date)).toBe(before! + 4);
    expect(await avestaCapacity(inDays(3))).toBe(before);

    // "… ökas till 20": the same day's change, changed to a number of places.
    const changed = await avesta.putPlannedCapacity('2084-korttid', date, { mode: 'set', places: 20, expectedVersion: 1 });
    expect(changed.body).toMatchObject({ mode: 'set', places: 20, note: null, version: 2 });
    expect(await avestaCapacity(date)).toBe(20);
    // Resent as stored: no new version.
    expect((await avesta.putPlannedCapacity('2084-korttid', date, { mode: 'set', places: 20 })).body.version).toBe(2);

    const withdrawn = await avesta.withdrawPlannedCapacity('2084-korttid', date, { expectedVersion: 2 });
    expect(withdrawn.body).toMatchObject({ withdrawn: true, version: 3, places: 20 });
    expect(await listed('2084-korttid', date)).toBeUndefined();
    expect(await avestaCapacity(date)).toBe(before);
    expect((await avesta.withdrawPlannedCapacity('2084-korttid', date)).status).toBe(404);

    const audit = await analyst.audit('20', { organization: '2084' });
    const records = audit.body.filter((record) => record.target === `2084-korttid/${date}`);
    expect(records.map((record) => record.action).sort()).toEqual([
      'plannedCapacity.put',
      'plannedCapacity.put',
      'plannedCapacity.withdraw',
    ]);
  });

  it('a forecast as of yesterday knows only the changes made by then', async () => {
    const date = inDays(2);
    expect((await avesta.putPlannedCapacity('2084-korttid', date, { mode: 'set', places: 30 })).status).toBe(200);
    const asOfToday = (await analyst.forecast('20')).body.municipalities.find((m) => m.code === '2084')!;
    const asOfYesterday = (await analyst.forecast('20', { asOf: daysAgo(1) })).body.municipalities.find(
      (m) => m.code === '2084',
    )!;
    expect(asOfToday.capacity.find((day) => day.date === date)?.capacity).toBe(30);
    expect(asOfYesterday.capacity.find((day) => day.date === date)?.capacity).not.toBe(30);
    await avesta.withdrawPlannedCapacity('2084-korttid', date);
  });

  it('answers 400 naming the field for a past date, a negative count or another kind of unit, and stores nothing', async () => {
    const before = (await analyst.plannedCapacity('20')).body;
    const bad = async (unitId: string, date: string, body: unknown, field: string, code: string) => {
      const response = await avesta.putPlannedCapacity(unitId, date, body);
      expect(response.status, `${date} ${JSON.stringify(body)}`).toBe(400);
      expect(response.error?.codes).toEqual({ [field]: [code] });
    };
    await bad('2084-korttid', daysAgo(1), { mode: 'add', places: 2 }, 'date', 'validation.plannedDate');
    await bad('2084-korttid', '2026-02-30', { mode: 'add', places: 2 }, 'date', 'validation.date');
    await bad('2084-korttid', inDays(3), { mode: 'add', places: -2 }, 'places', 'validation.wholeNumber');
    await bad('2084-korttid', inDays(3), { mode: 'set', places: 1.5 }, 'places', 'validation.wholeNumber');
    await bad('2084-korttid', inDays(3), { mode: 'add', places: 0 }, 'places', 'validation.plannedAddNone');
    await bad('2084-korttid', inDays(3), { mode: 'double', places: 2 }, 'mode', 'validation.plannedMode');
    const karlskrona = await Api.loggedIn(server, 'karlskrona');
    const palliative = await karlskrona.putPlannedCapacity('1080-palliativ', inDays(3), { mode: 'add', places: 2 });
    expect(palliative.error?.codes).toEqual({ unitId: ['validation.plannedUnitKind'] });
    expect((await avesta.withdrawPlannedCapacity('2084-korttid', daysAgo(1))).error?.codes).toEqual({
      date: ['validation.plannedDate'],
    });
    expect((await analyst.plannedCapacity('20')).body).toEqual(before);
  });

  it('is the municipality’s own to plan: 403 for another municipality’s unit and for the region’s staff, 404 for no unit', async () => {
    const body = { mode: 'add', places: 2 };
    expect((await avesta.putPlannedCapacity('2080-lunden', inDays(3), body)).status).toBe(403);
    expect((await avesta.putPlannedCapacity('1083-korttid', inDays(3), body)).status).toBe(403);
    expect((await analyst.putPlannedCapacity('2084-korttid', inDays(3), body)).status).toBe(403);
    expect((await avesta.putPlannedCapacity('no-such-unit', inDays(3), body)).status).toBe(404);
    expect((await analyst.plannedCapacity('10')).status).toBe(403);
  });

  it('two first saves of the same change at once: one is stored, the others get 409 with it, round after round', async () => {
    const borlange = await Promise.all([1, 2, 3].map(() => Api.loggedIn(server, 'borlange')));
    for (let round = 0; round < 8; round += 1) {
      const date = inDays(20 + round);
      const answers = await Promise.all(
        borlange.flatMap((api, index) => [
          api.putPlannedCapacity('2081-angen', date, { mode: 'add', places: index + 1, expectedVersion: 0 }),
          api.putPlannedCapacity('2081-angen', date, { mode: 'set', places: 30 + index, expectedVersion: 0 }),
        ]),
      );
      const stored = answers.filter((answer) => answer.status === 200);
      expect(stored).toHaveLength(1);
      expect(answers.filter((answer) => answer.status === 409)).toHaveLength(answers.length - 1);
      for (const refused of answers.filter((answer) => answer.status === 409))
        expect(refused.error?.current).toMatchObject({ version: 1, places: stored[0]!.body.places });
      expect(await listed('2081-angen', date)).toMatchObject({ version: 1, places: stored[0]!.body.places });
    }
  });

  it('reaches every open dashboard live, in seq order', async () => {
    const viewer = await LiveClient.open(server.baseUrl, { cookie: analyst.cookie, region: '20' });
    clients.push(viewer);
    const events: PlannedCapacityUpdatedEvent[] = [];
    viewer.socket.on('plannedCapacity.updated', (event) => events.push(event));
    const seq = viewer.seq;
    const date = inDays(6);
    const saved = await avesta.putPlannedCapacity('2084-korttid', date, { mode: 'add', places: 3 });
    await viewer.waitForSeq(seq + 1);
    expect(events).toEqual([{ seq: seq + 1, region: '20', organizationCode: '2084', change: saved.body }]);
    await avesta.withdrawPlannedCapacity('2084-korttid', date);
    await viewer.waitForSeq(seq + 2);
    expect(events[1]?.change).toMatchObject({ date, withdrawn: true });
    expect(today() < date).toBe(true);
  });
});
