import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { startServer, type RunningServer } from '../support/server.js';

describe('GET /api/health', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ demo: false });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers 200 ok without a session once the database answers', async () => {
    const response = await new Api(server.baseUrl).health();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });
});
