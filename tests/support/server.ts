import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const serverMain = path.join(repositoryRoot, 'server/dist/main.js');

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
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(options.port ?? 0),
    HOST: '127.0.0.1',
    DEMO: options.demo === false ? '0' : '1',
    LOG_LEVEL: 'warn',
    HEARTBEAT_MS: '1000',
    ...options.env,
  };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  if (options.dataDir) env.DATA_DIR = options.dataDir;

  const child = spawn(process.execPath, [serverMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    databaseUrl,
    process: child,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}
