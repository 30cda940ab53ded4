import { describe, expect, it } from 'vitest';
import { timeAgo } from './relative-time';

describe('timeAgo', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('says how long ago in Swedish and English', () => {
    expect(timeAgo(before(20_000), now, 'sv')).toBe('nu');
    expect(timeAgo(before(5 * 60_000), now, 'sv')).toBe('för 5 minuter sedan');
    expect(timeAgo(before(5 * 60_000), now, 'en')).toBe('5 minutes ago');
    expect(timeAgo(before(3 * 3_600_000 + 59 * 60_000), now, 'sv')).toBe('för 3 timmar sedan');
    expect(timeAgo(before(26 * 3_600_000), now, 'sv')).toBe('i går');
    expect(timeAgo(before(26 * 3_600_000), now, 'en')).toBe('yesterday');
    expect(timeAgo(before(5 * 86_400_000), now, 'sv')).toBe('för 5 dagar sedan');
  });

  it('never says "in 2 minutes" for a clock a little ahead', () => {
    expect(timeAgo(before(-120_000), now, 'sv')).toBe('nu');
  });
});
