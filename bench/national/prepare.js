// The national data set in a database of its own, generated once per day into `dataDir` and
// reused after that: what bench/national/run.js and bench/backtest.js measure.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { reportingDay } from '@lagesbild/shared';
import { hashPassword } from '@lagesbild/server/auth/passwords.js';
import { DataSource } from 'typeorm';
import { databaseOptions } from '@lagesbild/server/database/database-options.js';
import { migrateUnderLock } from '@lagesbild/server/database/migrate.js';
import { startEmbeddedPostgres } from '@lagesbild/server/embedded-postgres';
import { generateNational } from './generate.js';

export const PASSWORD = 'bench-password-not-secret';

export async function prepareNational(dataDir, { fresh = false } = {}) {
  if (fresh) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir, database: 'lagesbild_bench' });
  const marker = path.join(dataDir, 'generated.json');
  const today = reportingDay();
  let generated = existsSync(marker) ? JSON.parse(await readFile(marker, 'utf8')) : null;
  if (generated && generated.today !== today) generated = null; // a day old: regenerate so 'today' is reported
  if (!generated) {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    await chmod(dataDir, 0o755);
    const started = await startEmbeddedPostgres({ dataDir, database: 'lagesbild_bench' });
    await migrate(started.url);
    const client = new pg.Client({ connectionString: started.url });
    await client.connect();
    console.log('generating the national data set …');
    const counts = await generateNational(client, { today });
    const hash = await hashPassword(PASSWORD);
    await client.query(
      `INSERT INTO users (username, password_hash, role, organization_code) VALUES
         ('bench-analyst-14', $1, 'analyst', '14'), ('bench-analyst-20', $1, 'analyst', '20'), ('bench-reporter-1401', $1, 'reporter', '1401')
       ON CONFLICT (username) DO NOTHING`,
      [hash],
    );
    await client.end();
    await analystsOfEveryRegion(started.url);
    generated = { today, ...counts };
    await writeFile(marker, JSON.stringify(generated));
    return { database: started, generated };
  }
  console.log(`reusing the national data set in ${dataDir}`);
  // A data set made before the latest migrations gets them, as a server starting on it would.
  await migrate(database.url);
  await analystsOfEveryRegion(database.url);
  return { database, generated };
}

async function migrate(url) {
  const dataSource = new DataSource(databaseOptions(url));
  await dataSource.initialize();
  try {
    await migrateUnderLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** An analyst per region, `bench-analyst-<code>`: the whole country's forecast is asked for region by region. */
async function analystsOfEveryRegion(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const missing = await client.query(
      `SELECT code FROM regions WHERE NOT EXISTS (SELECT 1 FROM users WHERE username = 'bench-analyst-' || code)`,
    );
    if (missing.rows.length === 0) return;
    const hash = await hashPassword(PASSWORD);
    await client.query(
      `INSERT INTO users (username, password_hash, role, organization_code)
       SELECT 'bench-analyst-' || code, $1, 'analyst', code FROM regions WHERE code = ANY($2) ON CONFLICT (username) DO NOTHING`,
      [hash, missing.rows.map((row) => row.code)],
    );
  } finally {
    await client.end();
  }
}
