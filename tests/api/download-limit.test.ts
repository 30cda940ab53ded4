import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { startServer, type RunningServer } from '../support/server.js';

// Downloads stream for seconds and each holds a database connection meanwhile. They get a pool and
// a limit of their own, so however many are asked for at once, logins and writes keep answering.

let server: RunningServer;
let analyst: Api;
let db: pg.Client;
beforeAll(async () => {
  server = await startServer();
  analyst = await Api.loggedIn(server.baseUrl, 'region-dalarna');
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await server.stop();
});

const download = (path: string) => fetch(`${server.baseUrl}${path}`, { headers: { cookie: analyst.cookie ?? '' } });

describe('downloads have a limit of their own', () => {
  it('with every download slot taken the next download is a 429 with Retry-After, and logins and writes still answer', async () => {
    // Hold downloads open: their cursors wait for the flows table, which this transaction locks.
    await db.query('BEGIN');
    await db.query('LOCK TABLE flows IN ACCESS EXCLUSIVE MODE');
    const held: Response[] = [];
    let refused: Response | undefined;
    try {
      for (let attempt = 0; attempt < 20 && !refused; attempt += 1) {
        // A download answers at once with its header row, then waits for its rows.
        const response = await download('/api/regions/20/export/flows.csv');
        if (response.status === 429) refused = response;
        else held.push(response);
      }
      expect(held.map((response) => response.status)).toEqual(held.map(() => 200));
      expect(held.length).toBeGreaterThan(0);
      expect(held.length).toBeLessThan(20);
      expect(refused?.status).toBe(429);
      expect(refused?.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
      expect(refused?.headers.get('content-disposition')).toBeNull();
      const body = (await refused?.json()) as { statusCode: number; message: string };
      expect(body).toMatchObject({ statusCode: 429, message: expect.stringMatching(/nedladdningar/) });
      // Any other download is refused too while the slots are taken.
      expect((await download('/api/regions/20/export.xlsx')).status).toBe(429);

      // Meanwhile everything else answers.
      const falun = await Api.loggedIn(server.baseUrl, 'falun');
      expect((await falun.me()).status).toBe(200);
      const saved = await falun.putReport(
        '2080-lunden',
        today(),
        reportBody({ occupied: 29, comment: 'medan filer laddas ned' }),
      );
      expect(saved.status).toBe(200);
      expect((await falun.unitReports('2080-lunden', today(), today())).body[0]?.comment).toBe('medan filer laddas ned');
    } finally {
      await db.query('ROLLBACK');
    }
    // The held downloads then complete.
    const files = await Promise.all(held.map((response) => response.text()));
    expect(files.every((file) => file.split('\n').length > 2)).toBe(true);
  });
});
