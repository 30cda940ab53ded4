import { describe, expect, it } from 'vitest';
import { Api, useApi } from '../support/api.js';
import { useServer } from '../support/server.js';

const server = useServer();
const falun = useApi(server, 'falun');

describe('reference data', () => {
  it('GET /api/regions lists both regions with their county codes', async () => {
    const response = await falun.regions();
    expect(response.status).toBe(200);
    expect(response.body).toEqual(
      expect.arrayContaining([
        { code: '20', name: 'Region Dalarna' },
        { code: '10', name: 'Region Blekinge' },
      ]),
    );
  });

  it('Region Dalarna has the region first, then its 15 municipalities with official codes and population', async () => {
    const response = await falun.organizations('20');
    expect(response.status).toBe(200);
    const [region, ...municipalities] = response.body;
    expect(region).toMatchObject({ code: '20', name: 'Region Dalarna', kind: 'region' });
    expect(region?.units.map((unit) => unit.name)).toEqual(
      expect.arrayContaining(['Falu lasarett', 'Mora lasarett', 'Avesta lasarett', 'Ludvika lasarett']),
    );
    expect(region?.units.filter((unit) => unit.kind === 'icu')).toHaveLength(1);
    expect(municipalities.map((m) => m.code).sort()).toEqual([
      '2021',
      '2023',
      '2026',
      '2029',
      '2031',
      '2034',
      '2039',
      '2061',
      '2062',
      '2080',
      '2081',
      '2082',
      '2083',
      '2084',
      '2085',
    ]);
    expect(municipalities.every((m) => m.kind === 'municipality')).toBe(true);
    const falunOrg = municipalities.find((m) => m.code === '2080');
    expect(falunOrg).toMatchObject({ name: 'Falun', population: 59945 });
    expect(falunOrg?.units).toEqual([{ id: '2080-lunden', name: 'Korttidsenheten Lunden', kind: 'short_term' }]);
    const borlange = municipalities.find((m) => m.code === '2081');
    expect(borlange?.units.filter((unit) => unit.kind === 'short_term')).toHaveLength(2);
  });

  it('Region Blekinge has Karlskrona palliative places, Ronneby reserve apartments and Valjeviken', async () => {
    const analyst = await Api.loggedIn(server.baseUrl, 'region-blekinge');
    const organizations = (await analyst.organizations('10')).body;
    const kinds = (code: string) =>
      organizations
        .find((o) => o.code === code)
        ?.units.map((unit) => unit.kind)
        .sort();
    expect(kinds('1080')).toEqual(['palliative', 'short_term']);
    expect(kinds('1081')).toEqual(['nursing_home_reserve', 'short_term']);
    expect(organizations.find((o) => o.code === '10')?.units.map((unit) => unit.name)).toEqual(
      expect.arrayContaining(['Blekingesjukhuset Karlskrona', 'Blekingesjukhuset Karlshamn', 'Valjeviken (extra vårdplatser)']),
    );
    expect(organizations.find((o) => o.code === '1083')).toMatchObject({ name: 'Sölvesborg', population: 17475 });
  });

  it('another region is 403, an unknown one 404', async () => {
    expect((await falun.organizations('10')).status).toBe(403);
    expect((await falun.organizations('99')).status).toBe(404);
  });
});
