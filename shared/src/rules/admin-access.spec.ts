import { describe, expect, it } from 'vitest';
import { canAdminister, canReadAudit } from './admin-access.js';

describe('admin access', () => {
  it('lets only the region’s admins administer it', () => {
    expect(canAdminister({ role: 'admin', regionCode: '20' }, '20')).toBe(true);
    expect(canAdminister({ role: 'admin', regionCode: '10' }, '20')).toBe(false);
    expect(canAdminister({ role: 'analyst', regionCode: '20' }, '20')).toBe(false);
  });

  it('lets the region’s admins and analysts read its audit trail, not chairs or reporters', () => {
    expect(canReadAudit({ role: 'analyst', regionCode: '20' }, '20')).toBe(true);
    expect(canReadAudit({ role: 'admin', regionCode: '20' }, '20')).toBe(true);
    expect(canReadAudit({ role: 'chair', regionCode: '20' }, '20')).toBe(false);
    expect(canReadAudit({ role: 'analyst', regionCode: '10' }, '20')).toBe(false);
  });
});
