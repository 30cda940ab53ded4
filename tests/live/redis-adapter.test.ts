import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { LiveClient, comparable, writeUntilDeliveredAsEvent } from '../support/live.js';
import { startRedis, type RunningRedis } from '../support/redis-process.js';
import { startServer, type RunningServer } from '../support/server.js';

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

// With REDIS_URL the instances talk through socket.io's Redis adapter instead of the Postgres one.
describe('live on two server instances through the Redis adapter', () => {
  let redis: RunningRedis;
  let first: RunningServer;
  let second: RunningServer;
  let falun: Api;
  let analyst: Api;
  let viewer: LiveClient;
  let occupied = 400;
  const write = () => falun.putReport('2080-lunden', today(), reportBody({ occupied: (occupied += 1) }));

  beforeAll(async () => {
    redis = await startRedis();
    first = await startServer({ env: { REDIS_URL: redis.url } });
    second = await startServer({ databaseUrl: first.databaseUrl, env: { REDIS_URL: redis.url } });
    falun = await Api.loggedIn(first.baseUrl, 'falun');
    analyst = await Api.loggedIn(second.baseUrl, 'region-dalarna');
    viewer = await LiveClient.open(second.baseUrl, { cookie: analyst.cookie, region: '20' });
  });
  afterAll(async () => {
    viewer?.close();
    await Promise.all([first?.stop(), second?.stop()]);
    await redis?.stop();
  });

  it('delivers writes through one instance to a viewer on the other, as events and in order', async () => {
    // The adapter subscribes asynchronously after start: the first change that arrives as an event
    // proves the path is open.
    await expect(writeUntilDeliveredAsEvent(viewer, write)).resolves.toBe(true);
    const from = viewer.seq + 1;
    for (let index = 0; index < 10; index += 1) expect((await write()).status).toBe(200);
    await viewer.waitForSeq(from + 9);
    expect(viewer.received.slice(-10)).toEqual(range(from, 10));
    expect(comparable(viewer.situation!)).toEqual(comparable((await analyst.situation('20')).body));
  });

  it('a Redis restart crashes nothing: writes keep saving, viewers catch up, events flow again', async () => {
    await redis.stop();
    const during = viewer.seq + 1;
    expect((await write()).status).toBe(200);
    // The event cannot cross instances now; the seq heartbeat (from PostgreSQL) resyncs the viewer.
    await viewer.waitForSeq(during);
    expect(comparable(viewer.situation!)).toEqual(comparable((await analyst.situation('20')).body));

    await redis.start();
    await expect(writeUntilDeliveredAsEvent(viewer, write)).resolves.toBe(true);
    expect(comparable(viewer.situation!)).toEqual(comparable((await analyst.situation('20')).body));
    expect(first.process.exitCode).toBeNull();
    expect(second.process.exitCode).toBeNull();
    expect(first.output()).toContain('Redis adapter lost its connection');
  });
});
