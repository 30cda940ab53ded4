import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { daysAgo } from '../support/dates.js';
import { SERVER_MAIN, temporaryDataDir } from '../support/processes.js';
import { startServer } from '../support/server.js';

// The product's own embedded PostgreSQL under DATA_DIR, as `npm start` runs it.
let dataDir: string;
beforeAll(async () => {
  dataDir = await temporaryDataDir('lagesbild-data-');
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: { ...(process.env as Record<string, string>), PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('embedded PostgreSQL under DATA_DIR', () => {
  it('keeps every figure and every session across a stop and a start, and stops cleanly on SIGTERM', async () => {
    const first = await startServer({ dataDir, env: { DEMO: '1' } });
    const falun = await Api.loggedIn(first.baseUrl, 'falun');
    const saved = await falun.putReport('2080-lunden', daysAgo(1), reportBody({ occupied: 29, comment: 'före omstart' }));
    expect(saved.status).toBe(200);
    expect(await first.stop('SIGTERM')).toBe(0);

    const second = await startServer({ dataDir, env: { DEMO: '1' } });
    try {
      const sameSession = new Api(second.baseUrl);
      sameSession.cookie = falun.cookie;
      expect((await sameSession.me()).body.user.username).toBe('falun');
      const situation = await sameSession.situation('20', daysAgo(1));
      const report = situation.body.organizations.find((o) => o.code === '2080')?.units[0]?.report;
      expect(report).toMatchObject({ occupied: 29, comment: 'före omstart', version: saved.body.version });
      // Demo data is loaded into an empty database only: the correction was not overwritten.
      expect((await sameSession.reportVersions('2080-lunden', daysAgo(1))).body).toHaveLength(saved.body.version);
    } finally {
      expect(await second.stop('SIGINT')).toBe(0);
    }
  });

  it('says in one line when the folder belongs to a PostgreSQL still running', async () => {
    const running = await startServer({ dataDir });
    try {
      const pid = (await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0];
      const second = await runToExit({ DATA_DIR: dataDir });
      expect(second.code).toBe(1);
      expect(second.output).toContain(`is still running (pid ${pid})`);
    } finally {
      await running.stop();
    }
  });

  it('says so when the configured PostgreSQL port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const result = await runToExit({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`Port ${port} for the embedded PostgreSQL is taken`);
    } finally {
      blocker.close();
    }
  });

  it('refuses a bad environment variable with one line naming it', async () => {
    const result = await runToExit({ DATA_DIR: dataDir, PORT: 'three thousand' });
    expect(result.code).toBe(1);
    expect(result.output.trim()).toMatch(/^Lägesbild could not start: Invalid environment variable PORT/);
  });
});
