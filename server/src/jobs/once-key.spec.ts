import { describe, expect, it } from 'vitest';
import { jobIdForKey } from './once-key.js';

describe('jobIdForKey', () => {
  it('gives the same UUID for the same queue and key, and another for any other', () => {
    const id = jobIdForKey('escalation.reminder', '2080-lunden/2026-12-01/10:00');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobIdForKey('escalation.reminder', '2080-lunden/2026-12-01/10:00')).toBe(id);
    expect(jobIdForKey('escalation.reminder', '2080-lunden/2026-12-02/10:00')).not.toBe(id);
    expect(jobIdForKey('escalation.digest', '2080-lunden/2026-12-01/10:00')).not.toBe(id);
  });

  it('keeps queue and key apart, so "a" + "b.c" is not "a.b" + "c"', () => {
    expect(jobIdForKey('a', 'b.c')).not.toBe(jobIdForKey('a.b', 'c'));
  });
});
