import { describe, expect, it } from 'vitest';
import { Api, flowRowBody, useApi } from '../support/api.js';
import { daysAgo, today } from '../support/dates.js';
import { useServer } from '../support/server.js';

const server = useServer();
const analyst = useApi(server, 'region-dalarna');

describe('PUT /api/regions/:region/flows/:date', () => {
  it('stores per-municipality flows, versioned, and the situation shows them', async () => {
    const response = await analyst.putFlows('20', today(), {
      rows: [flowRowBody('2080', { readyForDischarge: 9 }), flowRowBody('2084')],
    });
    expect(response.status).toBe(200);
    expect(response.body.rows).toHaveLength(2);
    expect(response.body.rows[0]).toMatchObject({
      municipalityCode: '2080',
      readyForDischarge: 9,
      discharges: 8,
      updatedBy: 'region-dalarna',
    });
    const situation = await analyst.situation('20');
    expect(situation.body.organizations.find((o) => o.code === '2080')?.flows).toMatchObject({
      readyForDischarge: 9,
      inpatients: 40,
    });

    const corrected = await analyst.putFlows('20', today(), { rows: [flowRowBody('2080', { readyForDischarge: 11 })] });
    expect(corrected.body.rows[0]?.version).toBe((response.body.rows[0]?.version ?? 0) + 1);
  });

  it('answers 400 per row and field, and stores nothing of a bad batch', async () => {
    const date = daysAgo(1);
    const before = (await analyst.situation('20', date)).body.organizations.find((o) => o.code === '2062')?.flows;
    const response = await analyst.putFlows('20', date, {
      rows: [
        flowRowBody('2062', { readyForDischarge: 99 }),
        flowRowBody('2081', { admissions: -1 }),
        flowRowBody('1080'),
        flowRowBody('2081', { discharges: 3 }),
      ],
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.error!.errors!).sort()).toEqual([
      'rows.1.admissions',
      'rows.3.discharges',
      'rows.3.municipalityCode',
    ]);
    const unknown = await analyst.putFlows('20', date, {
      rows: [flowRowBody('1080')],
    });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.error!.errors!)).toEqual(['rows.0.municipalityCode']);
    const after = (await analyst.situation('20', date)).body.organizations.find((o) => o.code === '2062')?.flows;
    expect(after).toEqual(before);
  });

  it('takes readmissions within 30 days, optional, and never more than the admissions of the same day', async () => {
    const date = daysAgo(2);
    const saved = await analyst.putFlows('20', date, {
      rows: [flowRowBody('2085', { admissions: 8, readmissions: 3 }), flowRowBody('2083')],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.rows.map((row) => row.readmissions)).toEqual([3, null]);
    const history = (await analyst.history('20', date, date)).body;
    expect(history.flows.find((f) => f.municipalityCode === '2085')?.readmissions).toEqual([3]);

    const tooMany = await analyst.putFlows('20', date, {
      rows: [flowRowBody('2085', { admissions: 8, readmissions: 9 }), flowRowBody('2081', { readmissions: -1 })],
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.error?.codes).toEqual({
      'rows.0.readmissions': ['validation.readmissionsAboveAdmissions'],
      'rows.1.readmissions': ['validation.wholeNumber'],
    });
    const after = (await analyst.situation('20', date)).body.organizations.find((o) => o.code === '2085')?.flows;
    expect(after?.readmissions).toBe(3);
  });

  it('is for the region’s analysts only', async () => {
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    expect((await falun.putFlows('20', today(), { rows: [flowRowBody('2080')] })).status).toBe(403);
    const chair = await Api.loggedIn(server.baseUrl, 'chair-dalarna');
    expect((await chair.putFlows('20', today(), { rows: [flowRowBody('2080')] })).status).toBe(403);
    const blekinge = await Api.loggedIn(server.baseUrl, 'region-blekinge');
    expect((await blekinge.putFlows('20', today(), { rows: [flowRowBody('2080')] })).status).toBe(403);
    expect((await analyst.putFlows('99', today(), { rows: [flowRowBody('2080')] })).status).toBe(404);
  });

  it('refuses a future date', async () => {
    const response = await analyst.putFlows('20', '2999-01-01', { rows: [flowRowBody('2080')] });
    expect(response.status).toBe(400);
  });
});
