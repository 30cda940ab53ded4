import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TooManyRequestsException } from '../common/too-many-requests.js';
import { decideAttempt, forgiveAttempt, type CounterKind, type CounterState } from './login-policy.js';

interface CounterRow {
  key: string;
  count: number;
  locked_until: Date | null;
  expires_at: Date;
  now: Date;
}

function countersFor(username: string, address: string): { key: string; kind: CounterKind }[] {
  const user = username.trim().toLowerCase();
  // Sorted, so that concurrent attempts lock the rows in one order and never deadlock.
  return [
    { key: `addr:${address}`, kind: 'address' as const },
    { key: `pair:${user}|${address}`, kind: 'pair' as const },
    { key: `user:${user}`, kind: 'user' as const },
  ].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * The login lockout (rules in login-policy.ts), counted in PostgreSQL so every instance behind the
 * load balancer holds the same one. Unknown usernames count like known ones, so the answer never
 * tells which accounts exist.
 */
@Injectable()
export class LoginThrottle {
  // Attempts for one username from one address run one after another on this instance, so a script
  // opening several sessions with the right password is not refused for its own attempts in flight.
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `check` (the password check) as one attempt: reserved before it runs, and refused with a
   * 429 and Retry-After while a counter is locked. A right password takes its attempt back.
   */
  async attempt(username: string, address: string, check: () => Promise<boolean>): Promise<boolean> {
    const counters = countersFor(username, address);
    const pairKey = counters.find((counter) => counter.kind === 'pair')!.key;
    return this.oneAtATime(pairKey, async () => {
      const decision = await this.reserve(counters);
      if (!decision.admitted) {
        const minutes = Math.ceil(decision.retryAfterSeconds / 60);
        throw new TooManyRequestsException(
          decision.retryAfterSeconds,
          `För många inloggningsförsök. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`,
        );
      }
      const ok = await check();
      if (ok) await this.forgive(counters);
      return ok;
    });
  }

  private reserve(counters: { key: string; kind: CounterKind }[]) {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockCounters(manager, counters);
      const decision = decideAttempt(current.counters, current.now);
      if (decision.admitted) await this.store(manager, decision.counters);
      return decision;
    });
  }

  private async forgive(counters: { key: string; kind: CounterKind }[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockCounters(manager, counters);
      const kept = current.counters.map(forgiveAttempt);
      const dropped = current.counters.filter((_, index) => kept[index] === null).map((counter) => counter.key);
      await manager.query('DELETE FROM login_failures WHERE key = ANY($1)', [dropped]);
      await this.store(
        manager,
        kept.filter((counter) => counter !== null),
      );
    });
  }

  /** Creates missing counters and locks all of them, in key order, for this transaction. */
  private async lockCounters(manager: EntityManager, counters: { key: string; kind: CounterKind }[]) {
    const keys = counters.map((counter) => counter.key);
    await manager.query(
      `INSERT INTO login_failures (key, count, expires_at) SELECT unnest($1::text[]), 0, now() ON CONFLICT (key) DO NOTHING`,
      [keys],
    );
    const rows = await manager.query<CounterRow[]>(
      `SELECT key, count, locked_until, expires_at, now() AS now FROM login_failures
        WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
      [keys],
    );
    const kinds = new Map(counters.map((counter) => [counter.key, counter.kind]));
    return {
      now: rows[0]?.now ?? new Date(),
      counters: rows.map((row): CounterState => ({
        key: row.key,
        kind: kinds.get(row.key)!,
        count: row.count,
        lockedUntil: row.locked_until,
        expiresAt: row.expires_at,
      })),
    };
  }

  private async store(manager: EntityManager, counters: CounterState[]): Promise<void> {
    if (counters.length === 0) return;
    await manager.query(
      `UPDATE login_failures f SET count = v.count, locked_until = v.locked_until, expires_at = v.expires_at
         FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::timestamptz[]) AS v(key, count, locked_until, expires_at)
        WHERE f.key = v.key`,
      [
        counters.map((counter) => counter.key),
        counters.map((counter) => counter.count),
        counters.map((counter) => counter.lockedUntil),
        counters.map((counter) => counter.expiresAt),
      ],
    );
  }

  private oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (this.inFlight.get(key) ?? Promise.resolve()).then(task, task);
    const settled = run.catch(() => undefined);
    this.inFlight.set(key, settled);
    void settled.then(() => {
      if (this.inFlight.get(key) === settled) this.inFlight.delete(key);
    });
    return run;
  }
}
