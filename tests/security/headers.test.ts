import { describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { useServer } from '../support/server.js';

const server = useServer({ demo: false });

describe('hardening', () => {
  it('sends security headers and a Content Security Policy', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a body over the size limit with 413', async () => {
    const api = new Api(server.baseUrl);
    const response = await api.request(
      'POST',
      '/api/auth/login',
      JSON.stringify({ username: 'x', password: 'y'.repeat(300_000) }),
    );
    expect(response.status).toBe(413);
  });

  it('outside demo mode no demo account exists', async () => {
    expect((await new Api(server.baseUrl).login('admin', 'demo')).status).toBe(401);
    expect((await new Api(server.baseUrl).login('falun', 'demo')).status).toBe(401);
  });
});
