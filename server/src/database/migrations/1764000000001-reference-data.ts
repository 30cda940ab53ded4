import type { MigrationInterface, QueryRunner } from 'typeorm';

// The reference data of PRODUCT.md as of this migration. Later changes come as new migrations
// (or through the admin's unit screens), never by editing this one.
const REGIONS = [
  { code: '20', name: 'Region Dalarna' },
  { code: '10', name: 'Region Blekinge' },
];

// [code, name, population (SCB: Dalarna 2024-12-31, Blekinge 2023-12-31)]
const MUNICIPALITIES: Record<string, [string, string, number][]> = {
  '20': [
    ['2021', 'Vansbro', 6752],
    ['2023', 'Malung-Sälen', 10254],
    ['2026', 'Gagnef', 10384],
    ['2029', 'Leksand', 16137],
    ['2031', 'Rättvik', 10998],
    ['2034', 'Orsa', 6851],
    ['2039', 'Älvdalen', 6882],
    ['2061', 'Smedjebacken', 10823],
    ['2062', 'Mora', 20540],
    ['2080', 'Falun', 59945],
    ['2081', 'Borlänge', 51425],
    ['2082', 'Säter', 11223],
    ['2083', 'Hedemora', 15281],
    ['2084', 'Avesta', 22417],
    ['2085', 'Ludvika', 26634],
  ],
  '10': [
    ['1060', 'Olofström', 13061],
    ['1080', 'Karlskrona', 66420],
    ['1081', 'Ronneby', 29021],
    ['1082', 'Karlshamn', 31996],
    ['1083', 'Sölvesborg', 17475],
  ],
};

// [unit id, organisation code, name, kind]
const SPECIAL_UNITS: [string, string, string, string][] = [
  ['2080-lunden', '2080', 'Korttidsenheten Lunden', 'short_term'],
  ['2081-angen', '2081', 'Korttidsboendet Ängen', 'short_term'],
  ['2081-kvarnsveden', '2081', 'Korttidsboendet Kvarnsveden', 'short_term'],
  ['1080-palliativ', '1080', 'Palliativa enheten Karlskrona', 'palliative'],
  ['1081-sabo-reserv', '1081', 'SÄBO-lägenheter (reserv)', 'nursing_home_reserve'],
  ['20-falu-lasarett', '20', 'Falu lasarett', 'hospital'],
  ['20-mora-lasarett', '20', 'Mora lasarett', 'hospital'],
  ['20-avesta-lasarett', '20', 'Avesta lasarett', 'hospital'],
  ['20-ludvika-lasarett', '20', 'Ludvika lasarett', 'hospital'],
  ['20-iva', '20', 'IVA Region Dalarna', 'icu'],
  ['10-karlskrona', '10', 'Blekingesjukhuset Karlskrona', 'hospital'],
  ['10-karlshamn', '10', 'Blekingesjukhuset Karlshamn', 'hospital'],
  ['10-valjeviken', '10', 'Valjeviken (extra vårdplatser)', 'hospital'],
  ['10-iva', '10', 'IVA Region Blekinge', 'icu'],
];

export class ReferenceData1764000000001 implements MigrationInterface {
  name = 'ReferenceData1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const region of REGIONS) {
      await queryRunner.query('INSERT INTO regions (code, name) VALUES ($1, $2)', [region.code, region.name]);
      await queryRunner.query(
        `INSERT INTO organizations (code, region_code, name, kind, sort_order) VALUES ($1, $1, $2, 'region', 0)`,
        [region.code, region.name],
      );
      const municipalities = MUNICIPALITIES[region.code] ?? [];
      for (const [index, [code, name, population]] of municipalities.entries()) {
        await queryRunner.query(
          `INSERT INTO organizations (code, region_code, name, kind, population, sort_order) VALUES ($1, $2, $3, 'municipality', $4, $5)`,
          [code, region.code, name, population, index + 1],
        );
      }
    }
    const regionPopulation = `UPDATE organizations r SET population = (SELECT sum(population) FROM organizations m WHERE m.region_code = r.code AND m.kind = 'municipality') WHERE r.kind = 'region'`;
    await queryRunner.query(regionPopulation);

    const withSpecialUnit = new Set(SPECIAL_UNITS.filter(([, , , kind]) => kind === 'short_term').map(([, org]) => org));
    for (const [code, name] of Object.values(MUNICIPALITIES).flat()) {
      if (withSpecialUnit.has(code)) continue;
      await queryRunner.query(`INSERT INTO units (id, organization_code, name, kind) VALUES ($1, $2, $3, 'short_term')`, [
        `${code}-korttid`,
        code,
        `Korttidsenheten ${name}`,
      ]);
    }
    for (const [index, [id, organizationCode, name, kind]] of SPECIAL_UNITS.entries()) {
      await queryRunner.query(`INSERT INTO units (id, organization_code, name, kind, sort_order) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        organizationCode,
        name,
        kind,
        index + 1,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM units; DELETE FROM organizations; DELETE FROM regions;`);
  }
}
