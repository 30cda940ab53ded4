import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { startServerProcess } from './processes.js';

export interface RunningServer {
  baseUrl: string;
  port: number;
  databaseUrl: string | undefined;
  process: ChildProcess;
  /** Everything the process printed, for assertions on start-up messages. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ServerOptions {
  /** Demo accounts and history; on by default. */
  demo?: boolean;
  /** Reuse a database made by `createDatabase` (e.g. a second instance, or a restart). */
  databaseUrl?: string;
  /** Use the embedded PostgreSQL under this folder instead of the shared test server. */
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
}

/** A fresh, empty database in the run's PostgreSQL. */
export async function createDatabase(): Promise<string> {
  const adminUrl = inject('postgresUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts the built server (node server/dist/main.js) as its own process, on a free port. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const databaseUrl = options.dataDir ? undefined : (options.databaseUrl ?? (await createDatabase()));
  const env: Record<string, string | undefined> = {
    PORT: String(options.port ?? 0),
    DEMO: options.demo === false ? '0' : '1',
    HEARTBEAT_MS: '1000',
    ...options.env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: options.dataDir,
  };
  const server = await startServerProcess({ env });
  return {
    baseUrl: server.baseUrl,
    port: server.port,
    databaseUrl,
    process: server.child,
    output: server.output,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => server.stop(signal),
  };
}

/**
 * The server of one test file, started before its tests and stopped after them. Usable at the top
 * of the file, before it has started: its fields read through to the running server.
 */
export class FileServer implements RunningServer {
  private running: RunningServer | undefined;

  get baseUrl(): string {
    return this.current.baseUrl;
  }
  get port(): number {
    return this.current.port;
  }
  get databaseUrl(): string | undefined {
    return this.current.databaseUrl;
  }
  get process(): ChildProcess {
    return this.current.process;
  }
  output(): string {
    return this.current.output();
  }
  stop(signal?: NodeJS.Signals): Promise<number | null> {
    return this.current.stop(signal);
  }

  async start(options: ServerOptions = {}): Promise<void> {
    this.running = await startServer(options);
  }

  async stopIfStarted(): Promise<void> {
    await this.running?.stop();
  }

  private get current(): RunningServer {
    if (!this.running) throw new Error('the server starts in beforeAll: use it inside a hook or a test');
    return this.running;
  }
}

/**
 * One server for the whole test file, on its own database with demo data unless `options` says
 * otherwise: `const server = useServer();` at the top of the file, then `server.baseUrl` in tests.
 */
export function useServer(options: ServerOptions = {}): FileServer {
  const server = new FileServer();
  beforeAll(() => server.start(options));
  afterAll(() => server.stopIfStarted());
  return server;
}

/**
 * Two server instances on one database, as behind a load balancer, for the whole test file: the
 * second starts once the first has migrated. `const [first, second] = useTwoInstances();`
 */
export function useTwoInstances(options: ServerOptions = {}): [FileServer, FileServer] {
  const first = new FileServer();
  const second = new FileServer();
  beforeAll(async () => {
    await first.start(options);
    await second.start({ ...options, databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await Promise.all([first.stopIfStarted(), second.stopIfStarted()]);
  });
  return [first, second];
}
