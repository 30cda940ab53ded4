import { Injectable } from '@nestjs/common';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_USERNAME = 5;
const MAX_FAILURES_PER_ADDRESS = 30;

interface Failures {
  count: number;
  firstAt: number;
}

/**
 * Temporary lockout after repeated failed logins, per username and per client address. Unknown
 * usernames count like known ones, so the answer never tells which accounts exist.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  isLocked(username: string, address: string): boolean {
    return (
      this.count(`user:${username.toLowerCase()}`) >= MAX_FAILURES_PER_USERNAME ||
      this.count(`addr:${address}`) >= MAX_FAILURES_PER_ADDRESS
    );
  }

  recordFailure(username: string, address: string): void {
    for (const key of [`user:${username.toLowerCase()}`, `addr:${address}`]) {
      const now = Date.now();
      const current = this.failures.get(key);
      if (!current || now - current.firstAt > WINDOW_MS) this.failures.set(key, { count: 1, firstAt: now });
      else current.count += 1;
    }
  }

  recordSuccess(username: string): void {
    this.failures.delete(`user:${username.toLowerCase()}`);
  }

  private count(key: string): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    if (Date.now() - entry.firstAt > WINDOW_MS) {
      this.failures.delete(key);
      return 0;
    }
    return entry.count;
  }
}
