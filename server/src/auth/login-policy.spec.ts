import { describe, expect, it } from 'vitest';
import { decideAttempt, forgiveAttempt, type CounterKind, type CounterState } from './login-policy.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 12, 8, 0) + minutes * 60_000);
const fresh = (kind: CounterKind): CounterState => ({ key: kind, kind, count: 0, lockedUntil: null, expiresAt: at(0) });

/** Attempts at the given minutes against one counter; what each was answered. */
function run(kind: CounterKind, minutes: number[]): (number | 'ok')[] {
  let counter = fresh(kind);
  return minutes.map((minute) => {
    const decision = decideAttempt([counter], at(minute));
    if (!decision.admitted) return decision.retryAfterSeconds;
    counter = decision.counters[0]!;
    return 'ok';
  });
}

describe('login policy', () => {
  it('gives one username at one address five tries, then delays of 1, 2, 4 … minutes', () => {
    expect(run('pair', [0, 0, 0, 0, 0, 0])).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 60]);
    expect(run('pair', [0, 0, 0, 0, 0, 1, 1, 3, 3, 7])).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 120, 'ok', 240, 'ok']);
  });

  it('caps the delay at 30 minutes and forgets a pair after an hour of quiet', () => {
    let counter = { ...fresh('pair'), count: 12, lockedUntil: at(0), expiresAt: at(60) };
    let decision = decideAttempt([counter], at(0));
    expect(decision).toMatchObject({ admitted: true, counters: [{ count: 13, lockedUntil: at(30) }] });
    counter = decision.admitted ? decision.counters[0]! : counter;
    decision = decideAttempt([counter], at(30 + 60));
    expect(decision).toMatchObject({ admitted: true, counters: [{ count: 1, lockedUntil: null }] });
  });

  it('counts a username over a fixed 15-minute window with a ceiling of 20, and refuses until the window ends', () => {
    const twenty = Array.from({ length: 20 }, () => 1);
    expect(run('user', [...twenty, 2, 16])).toEqual([...twenty.map(() => 'ok'), 14 * 60, 'ok']);
  });

  it('refuses while any counter is locked, naming the latest deadline, and counts nothing then', () => {
    const locked = { ...fresh('user'), count: 20, lockedUntil: at(10), expiresAt: at(10) };
    const pair = { ...fresh('pair'), count: 1, expiresAt: at(60) };
    expect(decideAttempt([pair, locked], at(5))).toEqual({ admitted: false, retryAfterSeconds: 300 });
  });

  it('takes a right password’s attempt back: the pair is forgotten, the shared counters step down and unlock', () => {
    expect(forgiveAttempt({ ...fresh('pair'), count: 3 })).toBeNull();
    const full = { ...fresh('address'), count: 30, lockedUntil: at(15), expiresAt: at(15) };
    expect(forgiveAttempt(full)).toMatchObject({ count: 29, lockedUntil: null });
  });
});
