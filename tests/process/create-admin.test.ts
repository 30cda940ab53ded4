import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { createDatabase, startServer, type RunningServer } from '../support/server.js';

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, '../../server/dist/cli/create-admin.js');

let databaseUrl: string;
let server: RunningServer;
beforeAll(async () => {
  databaseUrl = await createDatabase();
  server = await startServer({ databaseUrl, demo: false });
});
afterAll(async () => {
  await server.stop();
});

describe('npm run create-admin', () => {
  it('makes the first administrator outside demo mode, with a password shown once', async () => {
    const { stdout } = await run(process.execPath, [cli, '--region', '20', '--username', 'anna.admin'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    expect(stdout).toContain('Created administrator anna.admin for region 20.');
    const password = /Password \(shown once\): (\S+)/.exec(stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(20);

    const admin = await Api.loggedIn(server.baseUrl, 'anna.admin', password);
    expect((await admin.me()).body.user).toEqual({
      username: 'anna.admin',
      role: 'admin',
      organizationCode: '20',
      regionCode: '20',
    });
    const created = await admin.createUser({
      username: 'första.rapportor'.replace('ö', 'o'),
      role: 'reporter',
      organizationCode: '2080',
      password: 'long enough password',
    });
    expect(created.status).toBe(201);
  });

  it('refuses a taken username and an unknown region with one clear line', async () => {
    const taken = run(process.execPath, [cli, '--region', '20', '--username', 'anna.admin'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    await expect(taken).rejects.toMatchObject({ code: 1, stderr: 'create-admin: The username anna.admin is taken.\n' });
    const region = run(process.execPath, [cli, '--region', '99', '--username', 'bertil'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    await expect(region).rejects.toMatchObject({ code: 1, stderr: 'create-admin: Unknown region 99.\n' });
  });
});
