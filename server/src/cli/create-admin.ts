import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { randomSecret } from '../common/hash.js';
import { loadConfig } from '../config/config.js';
import { databaseOptions } from '../database/database-options.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { migrateUnderLock } from '../database/migrate.js';

const USAGE = `Creates the first administrator of a region (outside demo mode no account has a known password).

  npm run create-admin -- --region 20 --username anna.admin [--password-from-env]

The password is generated and printed once, unless --password-from-env reads ADMIN_PASSWORD (at
least 12 characters). Uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR (stop the
server first: its PostgreSQL owns that folder while it runs).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      region: { type: 'string' },
      username: { type: 'string' },
      'password-from-env': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.region || !values.username) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 64);
  }
  const username = values.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username))
    throw new Error('The username must be 2–64 characters: a–z, 0–9, dot, hyphen or underscore.');
  const password = values['password-from-env'] ? (process.env.ADMIN_PASSWORD ?? '') : randomSecret(18);
  if (password.length < 12) throw new Error('ADMIN_PASSWORD must be at least 12 characters.');

  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  const dataSource = new DataSource(databaseOptions(config.databaseUrl ?? embedded!.url));
  try {
    await dataSource.initialize();
    await migrateUnderLock(dataSource);
    const regions = await dataSource.query<{ code: string }[]>('SELECT code FROM regions WHERE code = $1', [values.region]);
    if (regions.length === 0) throw new Error(`Unknown region ${values.region}.`);
    const passwordHash = await hashPassword(password);
    await dataSource.transaction(async (manager) => {
      const taken = await manager.query<unknown[]>('SELECT 1 FROM users WHERE username = $1', [username]);
      if (taken.length > 0) throw new Error(`The username ${username} is taken.`);
      await manager.query(`INSERT INTO users (username, password_hash, role, organization_code) VALUES ($1, $2, 'admin', $3)`, [
        username,
        passwordHash,
        values.region,
      ]);
      await manager.query(
        `INSERT INTO audit_log (region_code, actor, actor_role, actor_organization, via, action, organization_code, target, after)
         VALUES ($1, $2, 'admin', $1, 'cli', 'user.create', $1, $3, $4)`,
        [
          values.region,
          process.env.USER ?? 'cli',
          username,
          JSON.stringify({ username, role: 'admin', organizationCode: values.region }),
        ],
      );
    });
    console.log(`Created administrator ${username} for region ${values.region}.`);
    if (!values['password-from-env']) console.log(`Password (shown once): ${password}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`create-admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
