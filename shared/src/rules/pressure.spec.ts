import { describe, expect, it } from 'vitest';
import { pressureLevel, worstStaffing } from './pressure.js';

describe('pressureLevel', () => {
  it('reads full as critical, nine in ten as strained, and lets staffing weigh as much', () => {
    expect(pressureLevel(1, 100, 'normal')).toBe('critical');
    expect(pressureLevel(1, 90, 'normal')).toBe('strained');
    expect(pressureLevel(1, 60, 'critical')).toBe('critical');
    expect(pressureLevel(1, 60, 'strained')).toBe('strained');
    expect(pressureLevel(1, 89.9, 'normal')).toBe('normal');
    expect(pressureLevel(0, 120, 'critical')).toBe('not-reported');
  });

  it('takes the worst staffing', () => {
    expect(worstStaffing(['normal', 'critical', 'strained'])).toBe('critical');
    expect(worstStaffing([])).toBeNull();
  });
});
