import type { Report, StoredFlowRow } from '@lagesbild/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, flowRowBody, reportBody } from '../support/api.js';
import { daysAgo } from '../support/dates.js';
import { startServer, type RunningServer } from '../support/server.js';

// Nobody's figures are overwritten without them knowing: a save states the version it builds on
// (0: "nothing is stored yet") and a stale one is a 409 carrying what is stored now.

const ROUNDS = 20;
// The demo history covers the last five years; days before it have nothing stored yet.
const BEFORE_DEMO = 1900;
const emptyDay = (round: number) => daysAgo(BEFORE_DEMO + 100 + round);

let server: RunningServer;
let falun: Api;
let falunColleague: Api;
let analyst: Api;
let analystColleague: Api;
let db: pg.Client;
beforeAll(async () => {
  server = await startServer();
  [falun, falunColleague, analyst, analystColleague] = await Promise.all([
    Api.loggedIn(server.baseUrl, 'falun'),
    Api.loggedIn(server.baseUrl, 'falun'),
    Api.loggedIn(server.baseUrl, 'region-dalarna'),
    Api.loggedIn(server.baseUrl, 'region-dalarna'),
  ]);
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await server.stop();
});

type ReportConflict = { current: Report };
type FlowsConflict = { current: StoredFlowRow[] };

describe('reports: expectedVersion 0 means "must not exist yet"', () => {
  it('a first save with expectedVersion 0 is stored as version 1; a second one is a 409 with the stored report', async () => {
    const date = daysAgo(BEFORE_DEMO);
    const first = await falun.putReport('2080-lunden', date, reportBody({ occupied: 12, expectedVersion: 0 }));
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(1);
    const second = await falunColleague.putReport('2080-lunden', date, reportBody({ occupied: 13, expectedVersion: 0 }));
    expect(second.status).toBe(409);
    expect((second.body as unknown as ReportConflict).current).toMatchObject({ occupied: 12, version: 1, updatedBy: 'falun' });
    expect((await falun.reportVersions('2080-lunden', date)).body.map((v) => v.occupied)).toEqual([12]);
  });

  it('a negative expectedVersion is a 400 naming it', async () => {
    const response = await falun.request<{ codes: Record<string, string[]> }>(
      'PUT',
      `/api/units/2080-lunden/reports/${daysAgo(BEFORE_DEMO + 1)}`,
      reportBody({ expectedVersion: -1 }),
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.codes)).toEqual(['expectedVersion']);
  });

  it('two first saves of the same unit and day at once: one 200 and one 409, every round, and the stored version is kept', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const date = emptyDay(round);
      const [a, b] = await Promise.all([
        falun.putReport('2080-lunden', date, reportBody({ occupied: 20, comment: `a ${round}`, expectedVersion: 0 })),
        falunColleague.putReport('2080-lunden', date, reportBody({ occupied: 21, comment: `b ${round}`, expectedVersion: 0 })),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [won, lost] = a.status === 200 ? [a, b] : [b, a];
      expect((lost.body as unknown as ReportConflict).current).toMatchObject({
        version: 1,
        occupied: won.body.occupied,
        comment: won.body.comment,
      });
      const versions = await falun.reportVersions('2080-lunden', date);
      expect(versions.body.map((v) => [v.version, v.occupied, v.comment])).toEqual([[1, won.body.occupied, won.body.comment]]);
    }
  });
});

describe('flows: optimistic locking per row', () => {
  it('a row saved on the version it was read at is stored; a stale row is a 409 with the stored rows, and nothing of the batch is stored', async () => {
    const date = daysAgo(BEFORE_DEMO + 10);
    const first = await analyst.putFlows('20', date, {
      rows: [flowRowBody('2080', { expectedVersion: 0 }), flowRowBody('2081')],
    });
    expect(first.status).toBe(200);
    expect(first.body.rows.map((row) => row.version)).toEqual([1, 1]);

    // A colleague corrects Falun on version 1.
    const corrected = await analystColleague.putFlows('20', date, {
      rows: [flowRowBody('2080', { readyForDischarge: 9, expectedVersion: 1 })],
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.rows[0]).toMatchObject({ version: 2, readyForDischarge: 9 });

    // The first analyst's table still says version 1 for Falun.
    const stale = await analyst.putFlows('20', date, {
      rows: [
        flowRowBody('2080', { readyForDischarge: 6, expectedVersion: 1 }),
        flowRowBody('2081', { inpatients: 55, expectedVersion: 1 }),
      ],
    });
    expect(stale.status).toBe(409);
    expect((stale.body as unknown as FlowsConflict).current).toEqual([
      expect.objectContaining({ municipalityCode: '2080', version: 2, readyForDischarge: 9, updatedBy: 'region-dalarna' }),
    ]);
    const stored = await db.query<{
      municipality_code: string;
      version: number;
      ready_for_discharge: number;
      inpatients: number;
    }>(
      'SELECT municipality_code, version, ready_for_discharge, inpatients FROM flows WHERE date = $1 ORDER BY municipality_code',
      [date],
    );
    expect(stored.rows).toEqual([
      { municipality_code: '2080', version: 2, ready_for_discharge: 9, inpatients: 40 },
      { municipality_code: '2081', version: 1, ready_for_discharge: 6, inpatients: 40 },
    ]);

    // expectedVersion 0 on a stored row is stale too; a row without expectedVersion is not checked.
    const exists = await analyst.putFlows('20', date, { rows: [flowRowBody('2081', { inpatients: 41, expectedVersion: 0 })] });
    expect(exists.status).toBe(409);
    expect((exists.body as unknown as FlowsConflict).current).toEqual([
      expect.objectContaining({ municipalityCode: '2081', version: 1 }),
    ]);
    const unchecked = await analyst.putFlows('20', date, { rows: [flowRowBody('2081', { inpatients: 41 })] });
    expect(unchecked.status).toBe(200);
    expect(unchecked.body.rows[0]?.version).toBe(2);
  });

  it('a bad expectedVersion in a row is a 400 naming that row’s field', async () => {
    const response = await analyst.request<{ codes: Record<string, string[]> }>(
      'PUT',
      `/api/regions/20/flows/${daysAgo(BEFORE_DEMO + 11)}`,
      {
        rows: [flowRowBody('2080'), flowRowBody('2081', { expectedVersion: -1 })],
      },
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.codes)).toEqual(['rows.1.expectedVersion']);
  });

  it('two first saves of the same municipality and day at once: one 200 and one 409, every round, every version kept', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const date = emptyDay(round);
      const [a, b] = await Promise.all([
        analyst.putFlows('20', date, { rows: [flowRowBody('2062', { inpatients: 30, expectedVersion: 0 })] }),
        analystColleague.putFlows('20', date, { rows: [flowRowBody('2062', { inpatients: 31, expectedVersion: 0 })] }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [won, lost] = a.status === 200 ? [a, b] : [b, a];
      expect((lost.body as unknown as FlowsConflict).current).toEqual([
        expect.objectContaining({ municipalityCode: '2062', version: 1, inpatients: won.body.rows[0]?.inpatients }),
      ]);
      const versions = await db.query<{ version: number; inpatients: number }>(
        `SELECT version, inpatients FROM flow_versions WHERE municipality_code = '2062' AND date = $1 ORDER BY version`,
        [date],
      );
      expect(versions.rows).toEqual([{ version: 1, inpatients: won.body.rows[0]?.inpatients }]);
    }
  });
});
