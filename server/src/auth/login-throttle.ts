import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_USERNAME = 5;
const MAX_FAILURES_PER_ADDRESS = 30;

const userKey = (username: string) => `user:${username.toLowerCase()}`;
const addressKey = (address: string) => `addr:${address}`;

/**
 * Temporary lockout after repeated failed logins, per username and per client address, kept in
 * PostgreSQL so every instance behind the load balancer counts the same attempts. Unknown
 * usernames count like known ones, so the answer never tells which accounts exist.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly dataSource: DataSource) {}

  async isLocked(username: string, address: string): Promise<boolean> {
    const rows = await this.dataSource.query<{ key: string; count: number }[]>(
      `SELECT key, count FROM login_failures
        WHERE key = ANY($1) AND first_at > now() - interval '${WINDOW_MINUTES} minutes'`,
      [[userKey(username), addressKey(address)]],
    );
    return rows.some((row) =>
      row.key.startsWith('user:') ? row.count >= MAX_FAILURES_PER_USERNAME : row.count >= MAX_FAILURES_PER_ADDRESS,
    );
  }

  /** Counts a failure; a window that has run out starts again at one. */
  async recordFailure(username: string, address: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_failures AS f (key, count) SELECT unnest($1::text[]), 1
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN f.first_at > now() - interval '${WINDOW_MINUTES} minutes' THEN f.count + 1 ELSE 1 END,
         first_at = CASE WHEN f.first_at > now() - interval '${WINDOW_MINUTES} minutes' THEN f.first_at ELSE now() END`,
      [[userKey(username), addressKey(address)]],
    );
  }

  async recordSuccess(username: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_failures WHERE key = $1', [userKey(username)]);
  }
}
