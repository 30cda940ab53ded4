// Loads a national data set (21 regions, 290 municipalities, ~3 units each plus hospitals and ICU,
// five years of daily reports and flows) into a separate database, never the user's.
import { COUNTIES, HOSPITALS_PER_REGION, UNITS_PER_MUNICIPALITY } from './counties.js';

export const YEARS = 5;

/** @param {import('pg').Client} db */
export async function generateNational(db, { today, log = console.log } = {}) {
  const started = Date.now();
  const step = async (label, sql, params = []) => {
    const t = Date.now();
    const result = await db.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await db.query('SELECT setseed(0.2080)');
  await db.query('BEGIN');
  for (const county of COUNTIES) {
    await db.query(`INSERT INTO regions (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [county.code, county.name]);
    await db.query(
      `INSERT INTO organizations (code, region_code, name, kind, population) VALUES ($1, $1, $2, 'region', 0) ON CONFLICT (code) DO NOTHING`,
      [county.code, county.name],
    );
    const existing = await db.query(
      `SELECT count(*)::int AS n FROM organizations WHERE region_code = $1 AND kind = 'municipality'`,
      [county.code],
    );
    for (let index = existing.rows[0].n; index < county.municipalities; index += 1) {
      const code = `${county.code}${String(index + 1).padStart(2, '0')}`;
      await db.query(
        `INSERT INTO organizations (code, region_code, name, kind, population, sort_order) VALUES ($1, $2, $3, 'municipality', $4, $5)`,
        [code, county.code, `Kommun ${code}`, 8000 + ((Number(code) * 7919) % 90000), index + 1],
      );
    }
  }
  await step(
    'units',
    `INSERT INTO units (id, organization_code, name, kind, sort_order)
     SELECT o.code || '-n' || k, o.code, 'Enhet ' || k, CASE WHEN k = 1 THEN 'palliative' ELSE 'short_term' END, 10 + k
       FROM organizations o CROSS JOIN generate_series(1, $1) AS k
      WHERE o.kind = 'municipality'
        AND (SELECT count(*) FROM units u WHERE u.organization_code = o.code) < $1
        AND k <= $1 - (SELECT count(*) FROM units u WHERE u.organization_code = o.code)
     UNION ALL
     SELECT o.code || '-h' || k, o.code, CASE WHEN k > $2 THEN 'IVA' ELSE 'Sjukhus ' || k END,
            CASE WHEN k > $2 THEN 'icu' ELSE 'hospital' END, 10 + k
       FROM organizations o CROSS JOIN generate_series(1, $2 + 1) AS k
      WHERE o.kind = 'region' AND NOT EXISTS (SELECT 1 FROM units u WHERE u.organization_code = o.code)`,
    [UNITS_PER_MUNICIPALITY, HOSPITALS_PER_REGION],
  );
  await db.query('COMMIT');

  const from = `(date '${today}' - interval '${YEARS} years')::date`;
  const values = `
    SELECT u.id AS unit_id, d::date AS date, cap AS capacity,
           greatest(0, round(cap * (0.75 + 0.12 * cos(2 * pi() * (extract(doy FROM d) - 15) / 365) + 0.15 * random())))::int AS occupied,
           round(cap * 1.15)::int AS surge, round(cap * 0.12 * (0.5 + random()))::int AS admissions,
           round(cap * 0.12 * (0.5 + random()))::int AS discharges,
           CASE WHEN random() < 0.85 THEN 'normal' WHEN random() < 0.8 THEN 'strained' ELSE 'critical' END AS staffing,
           round((3 + 10 * random())::numeric, 1) AS sick, (d::date + time '08:30') AT TIME ZONE 'Europe/Stockholm' AS at
      FROM units u
      CROSS JOIN LATERAL (SELECT CASE u.kind WHEN 'hospital' THEN 150 + abs(hashtext(u.id)) % 300
                                             WHEN 'icu' THEN 10 + abs(hashtext(u.id)) % 20
                                             ELSE 6 + abs(hashtext(u.id)) % 30 END AS cap) c
      CROSS JOIN generate_series(${from}, date '${today}', interval '1 day') AS d
     WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.unit_id = u.id)`;
  await step(
    'reports',
    `INSERT INTO reports (unit_id, date, version, capacity, occupied, surge_capacity, admissions, discharges, staffing,
                          sick_leave_pct, updated_at, updated_by)
     SELECT unit_id, date, 1, capacity, occupied, surge, admissions, discharges, staffing, sick, at, 'bench' FROM (${values}) v`,
  );
  await step(
    'report versions',
    `INSERT INTO report_versions (unit_id, date, version, capacity, occupied, surge_capacity, admissions, discharges, staffing,
                                  sick_leave_pct, created_at, created_by, via)
     SELECT r.unit_id, r.date, 1, r.capacity, r.occupied, r.surge_capacity, r.admissions, r.discharges, r.staffing,
            r.sick_leave_pct, r.updated_at, 'bench', 'system'
       FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_versions v WHERE v.unit_id = r.unit_id AND v.date = r.date)`,
  );
  const flows = `
    SELECT o.code, d::date AS date, o.region_code, round(o.population / 1000.0 * (0.8 + 0.4 * random()))::int AS inpatients,
           round(o.population / 7000.0 * (0.5 + random()))::int AS admissions,
           round(o.population / 12000.0 * (0.5 + random()))::int AS home, round(o.population / 40000.0 * random())::int AS short_term,
           round(o.population / 80000.0 * random())::int AS nursing, round(o.population / 80000.0 * random())::int AS other,
           round(o.population / 15000.0 * random())::int AS ready, (d::date + time '09:15') AT TIME ZONE 'Europe/Stockholm' AS at
      FROM organizations o CROSS JOIN generate_series(${from}, date '${today}', interval '1 day') AS d
     WHERE o.kind = 'municipality' AND NOT EXISTS (SELECT 1 FROM flows f WHERE f.municipality_code = o.code)`;
  await step(
    'flows',
    `INSERT INTO flows (municipality_code, date, region_code, version, inpatients, admissions, discharges, discharges_home,
                        discharges_short_term, discharges_nursing_home, discharges_other, ready_for_discharge, updated_at, updated_by)
     SELECT code, date, region_code, 1, inpatients, admissions, home + short_term + nursing + other, home, short_term, nursing,
            other, ready, at, 'bench' FROM (${flows}) f`,
  );
  await step(
    'flow versions',
    `INSERT INTO flow_versions (municipality_code, date, region_code, version, inpatients, admissions, discharges, discharges_home,
                                discharges_short_term, discharges_nursing_home, discharges_other, ready_for_discharge,
                                created_at, created_by, via)
     SELECT municipality_code, date, region_code, 1, inpatients, admissions, discharges, discharges_home, discharges_short_term,
            discharges_nursing_home, discharges_other, ready_for_discharge, updated_at, 'bench', 'system'
       FROM flows f WHERE NOT EXISTS (SELECT 1 FROM flow_versions v WHERE v.municipality_code = f.municipality_code AND v.date = f.date)`,
  );
  // VACUUM sets the visibility map, so history reads can stay in the covering indexes.
  await step('vacuum analyze', 'VACUUM ANALYZE');
  const counts = await db.query(`SELECT (SELECT count(*) FROM regions)::int AS regions,
      (SELECT count(*) FROM organizations WHERE kind = 'municipality')::int AS municipalities,
      (SELECT count(*) FROM units)::int AS units, (SELECT count(*) FROM reports)::int AS reports,
      (SELECT count(*) FROM report_versions)::int AS report_versions, (SELECT count(*) FROM flows)::int AS flows`);
  return { ...counts.rows[0], seconds: Math.round((Date.now() - started) / 100) / 10 };
}
