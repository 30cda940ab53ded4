import { describe, expect, it } from 'vitest';
import { apiFields } from './api-row.js';

describe('apiFields', () => {
  it('shows only the listed columns, camelCased, with timestamps as ISO strings', () => {
    const row = {
      id: 'x',
      organization_code: '2080',
      last_used_at: new Date('2026-01-12T08:00:00Z'),
      revoked_at: null,
      token_hash: 'secret',
    };
    expect(apiFields(row, ['organization_code', 'last_used_at', 'revoked_at'])).toEqual({
      organizationCode: '2080',
      lastUsedAt: '2026-01-12T08:00:00.000Z',
      revokedAt: null,
    });
  });
});
