import { describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { startServer } from '../support/server.js';

// The demo accounts all have the password "demo": a demo server must not be reachable from the
// network unless someone asks for it with HOST.
describe('demo mode listens on loopback', () => {
  it('without HOST, says so on the start line and binds 127.0.0.1 only', async () => {
    const server = await startServer({ env: { HOST: '' } });
    try {
      expect(server.output()).toMatch(/listening on 127\.0\.0\.1 only/);
      expect(server.output()).toMatch(/set HOST=0\.0\.0\.0/);
      expect((await new Api(server.baseUrl).health()).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('outside demo mode, says nothing of it', async () => {
    const server = await startServer({ demo: false, env: { HOST: '127.0.0.1' } });
    try {
      expect(server.output()).not.toMatch(/Demo mode/);
    } finally {
      await server.stop();
    }
  });
});
