import { describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { useServer } from '../support/server.js';

describe('GET /api/health', () => {
  const server = useServer({ demo: false });

  it('answers 200 ok without a session once the database answers', async () => {
    const response = await new Api(server.baseUrl).health();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });
});
