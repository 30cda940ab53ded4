// How many login attempts each counter allows, and for how long it then locks. Pure, so the rule
// can be read and tested without a database; LoginThrottle keeps the counters in PostgreSQL.

const MINUTE = 60_000;

export type CounterKind = 'pair' | 'user' | 'address';

interface CounterPolicy {
  /** Attempts before the first lock. */
  free: number;
  /**
   * `sliding`: each attempt keeps the counter for `keepMs` more, and each lock is longer than the
   * last (a guesser slows down; the owner elsewhere is not affected). `window`: a fixed window of
   * `keepMs` from its first attempt, locked once full until it ends.
   */
  shape: 'sliding' | 'window';
  keepMs: number;
  /** Sliding counters only: the lock after the n-th attempt (n ≥ free). */
  lockMs?: (attempt: number) => number;
}

export const LOGIN_POLICY: Record<CounterKind, CounterPolicy> = {
  // One username from one address: five tries, then 1, 2, 4, 8, 16 and at most 30 minutes between
  // tries; forgotten after an hour of quiet, or at once when the password is right.
  pair: {
    free: 5,
    shape: 'sliding',
    keepMs: 60 * MINUTE,
    lockMs: (attempt) => Math.min(2 ** (attempt - 5), 30) * MINUTE,
  },
  // One username from anywhere: a ceiling well above one address's share, so a few requests from
  // elsewhere cannot keep its owner out, yet a guess spread over many addresses stays bounded.
  user: { free: 20, shape: 'window', keepMs: 15 * MINUTE },
  // One address, any usernames: a single address cannot spray guesses across the county's accounts.
  address: { free: 30, shape: 'window', keepMs: 15 * MINUTE },
};

export interface CounterState {
  key: string;
  kind: CounterKind;
  count: number;
  lockedUntil: Date | null;
  expiresAt: Date;
}

export type AttemptDecision = { admitted: true; counters: CounterState[] } | { admitted: false; retryAfterSeconds: number };

/**
 * Whether one more attempt may go to the password check, and the counters as they stand if it
 * does (already counting it: an attempt is reserved before it is checked, so a burst cannot all
 * pass). A refused attempt is not counted, so waiting out a lock is always enough.
 */
export function decideAttempt(counters: readonly CounterState[], now: Date): AttemptDecision {
  const current = counters.map((counter) =>
    counter.expiresAt <= now ? { ...counter, count: 0, lockedUntil: null, expiresAt: now } : counter,
  );
  const locks = current.flatMap((counter) => (counter.lockedUntil && counter.lockedUntil > now ? [counter.lockedUntil] : []));
  if (locks.length > 0) {
    const until = Math.max(...locks.map((lock) => lock.getTime()));
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
  }
  return { admitted: true, counters: current.map((counter) => countAttempt(counter, now)) };
}

function countAttempt(counter: CounterState, now: Date): CounterState {
  const policy = LOGIN_POLICY[counter.kind];
  const count = counter.count + 1;
  if (policy.shape === 'window') {
    const expiresAt = counter.count === 0 ? new Date(now.getTime() + policy.keepMs) : counter.expiresAt;
    return { ...counter, count, expiresAt, lockedUntil: count >= policy.free ? expiresAt : null };
  }
  const lockedUntil = count >= policy.free ? new Date(now.getTime() + policy.lockMs!(count)) : null;
  const expiresAt = new Date((lockedUntil ?? now).getTime() + policy.keepMs);
  return { ...counter, count, lockedUntil, expiresAt };
}

/** The counters after a right password: the attempt was no failure, and its address is forgiven. */
export function forgiveAttempt(counter: CounterState): CounterState | null {
  if (counter.kind === 'pair') return null;
  const count = Math.max(0, counter.count - 1);
  return { ...counter, count, lockedUntil: count >= LOGIN_POLICY[counter.kind].free ? counter.lockedUntil : null };
}
