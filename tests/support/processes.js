// Starting the built server (and other helper processes) and waiting until it listens: one copy for
// the tests (tests/support/server.ts), the benchmarks (bench/) and the deploy check (deploy/lib/).
// Plain JavaScript with JSDoc types, so the benchmarks and the deploy check run it with bare node.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER_MAIN = path.join(REPOSITORY_ROOT, 'server/dist/main.js');

/**
 * @typedef {object} StartedProcess
 * @property {string} name
 * @property {import('node:child_process').ChildProcess} child
 * @property {RegExpExecArray | undefined} ready what matched `ready` in the output (undefined without `ready`)
 * @property {Promise<number | null>} exited resolves with the exit code once the process has exited
 * @property {() => string} output everything it printed on stdout and stderr so far
 * @property {(signal?: NodeJS.Signals, killAfterMs?: number) => Promise<number | null>} stop
 *   sends `signal` (SIGTERM), then SIGKILL after `killAfterMs` (10 s) if it still runs, and waits for the exit
 */

/**
 * Spawns `command` and resolves once its output (stdout or stderr) matches `ready`; rejects with the
 * output if it exits first, or fails to spawn.
 * @param {{ name: string, command: string, args?: string[], env?: Record<string, string | undefined>, ready?: RegExp, describeError?: (error: NodeJS.ErrnoException) => Error }} options
 * @returns {Promise<StartedProcess>}
 */
export async function startProcess({ name, command, args = [], env = process.env, ready, describeError }) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  /** @type {RegExpExecArray | undefined} */
  const match = await new Promise((resolve, reject) => {
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      output += chunk.toString();
      const found = ready?.exec(output);
      if (found) resolve(found);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => reject(describeError ? describeError(error) : error));
    if (!ready) resolve(undefined);
    void exited.then((code) =>
      reject(new Error(`${name} exited with ${code ?? child.signalCode} while starting:\n${output.slice(-4000)}`)),
    );
  });
  return {
    name,
    child,
    ready: match,
    exited,
    output: () => output,
    async stop(signal = 'SIGTERM', killAfterMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * @typedef {StartedProcess & { port: number, baseUrl: string }} ServerProcess
 */

/**
 * The built server (`node server/dist/main.js`) as its own process on loopback, resolved once it
 * prints `LISTENING <port>`. PORT defaults to 0 (a free port), HOST to 127.0.0.1 and LOG_LEVEL to
 * warn; `env` is added to this process's environment and wins over those defaults.
 * @param {{ env?: Record<string, string | undefined>, nodeArgs?: string[], name?: string }} [options]
 * @returns {Promise<ServerProcess>}
 */
export async function startServerProcess({ env = {}, nodeArgs = [], name = 'server' } = {}) {
  const started = await startProcess({
    name,
    command: process.execPath,
    args: [...nodeArgs, SERVER_MAIN],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    ready: /LISTENING (\d+)/,
  });
  const port = Number(started.ready?.[1]);
  return { ...started, port, baseUrl: `http://127.0.0.1:${port}` };
}

/**
 * A new empty folder under the system's temp folder for an embedded PostgreSQL. Run as root,
 * PostgreSQL runs as 'postgres' and must be able to enter it, which mkdtemp's 0700 forbids.
 * @param {string} prefix e.g. 'lagesbild-bench-'
 * @returns {Promise<string>}
 */
export async function temporaryDataDir(prefix) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dataDir, 0o755);
  return dataDir;
}

/**
 * A loopback port that was free a moment ago, for a process that must listen on a known address.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Logs in through the API and returns the session cookie (`lagesbild_session=…`), for scripts
 * that talk to the server with plain fetch.
 * @param {string} baseUrl
 * @param {string} username
 * @param {string} [password]
 * @param {Record<string, string>} [headers]
 * @returns {Promise<string>}
 */
export async function loginCookie(baseUrl, username, password = 'demo', headers = {}) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status}`);
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('lagesbild_session='));
  if (!session) throw new Error(`login ${username}: no session cookie`);
  return session.split(';')[0] ?? session;
}
