import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { OrganizationKind, Role, UserInfo } from '@lagesbild/shared';
import { parse as parseCookies } from 'cookie';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { randomSecret, sha256 } from '../common/hash.js';
import { LiveHub } from '../live/live-hub.js';
import { LoginThrottle } from './login-throttle.js';
import { verifyPassword } from './passwords.js';

export const SESSION_COOKIE = 'lagesbild_session';
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
// Touching last_seen_at on every request would turn every read into a write.
const TOUCH_AFTER_SECONDS = 15;

export interface CredentialHeaders {
  cookie?: string | undefined;
  authorization?: string | undefined;
}

interface CallerRow {
  credential_id: string;
  username: string;
  role: Role;
  organization_code: string;
  organization_kind: OrganizationKind;
  region_code: string;
  stale: boolean;
}

export function toUserInfo(caller: Caller): UserInfo {
  return {
    username: caller.username,
    role: caller.role,
    organizationCode: caller.organizationCode,
    regionCode: caller.regionCode,
  };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly liveHub: LiveHub,
    private readonly audit: AuditService,
  ) {}

  /** The one answer to "who asks", for HTTP requests and socket handshakes alike. */
  async authenticate(headers: CredentialHeaders): Promise<Caller | null> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    if (bearer) return this.authenticateToken(bearer);
    const sessionValue = headers.cookie ? parseCookies(headers.cookie)[SESSION_COOKIE] : undefined;
    if (sessionValue) return this.authenticateSession(sessionValue);
    return null;
  }

  async authenticateToken(token: string): Promise<Caller | null> {
    const rows: CallerRow[] = await this.dataSource.query(
      `SELECT t.id::text AS credential_id, t.name AS username, t.role, t.organization_code,
              o.kind AS organization_kind, o.region_code,
              (t.last_used_at IS NULL OR t.last_used_at < now() - interval '${TOUCH_AFTER_SECONDS} seconds') AS stale
         FROM api_tokens t JOIN organizations o ON o.code = t.organization_code
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now()`,
      [sha256(token)],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) await this.dataSource.query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1', [row.credential_id]);
    return toCaller('token', row, `token:${row.username}`);
  }

  async authenticateSession(sessionValue: string): Promise<Caller | null> {
    const rows: CallerRow[] = await this.dataSource.query(
      `SELECT s.id AS credential_id, u.username, u.role, u.organization_code,
              o.kind AS organization_kind, o.region_code,
              s.last_seen_at < now() - interval '${TOUCH_AFTER_SECONDS} seconds' AS stale
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         JOIN organizations o ON o.code = u.organization_code
        WHERE s.id = $1 AND s.ended_at IS NULL AND u.active
          AND s.expires_at > now()
          AND s.last_seen_at > now() - interval '${SESSION_IDLE_MINUTES} minutes'`,
      [sha256(sessionValue)],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) await this.dataSource.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [row.credential_id]);
    return toCaller('session', row, row.username);
  }

  /**
   * Which of these credentials still hold (session not ended, expired or idle; token not revoked
   * or expired).
   * Open sockets are checked with it, so an expired session does not keep receiving figures.
   */
  async stillValid(credentials: readonly Pick<Caller, 'via' | 'credentialId'>[]): Promise<Set<string>> {
    const sessions = credentials.filter((c) => c.via === 'session').map((c) => c.credentialId);
    const tokens = credentials.filter((c) => c.via === 'token').map((c) => c.credentialId);
    const [liveSessions, liveTokens] = await Promise.all([
      sessions.length === 0
        ? []
        : this.dataSource.query<{ id: string }[]>(
            `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
              WHERE s.id = ANY($1) AND s.ended_at IS NULL AND u.active AND s.expires_at > now()
                AND s.last_seen_at > now() - interval '${SESSION_IDLE_MINUTES} minutes'`,
            [sessions],
          ),
      tokens.length === 0
        ? []
        : this.dataSource.query<{ id: string }[]>(
            'SELECT id::text AS id FROM api_tokens WHERE id::text = ANY($1) AND revoked_at IS NULL AND expires_at > now()',
            [tokens],
          ),
    ]);
    return new Set([...liveSessions.map((row) => `session:${row.id}`), ...liveTokens.map((row) => `token:${row.id}`)]);
  }

  /** The presentation screens of open meetings count as activity (presentation-keepalive.ts decides which). */
  async keepAliveWhilePresenting(pairs: readonly { sessionId: string; meetingId: string }[]): Promise<void> {
    if (pairs.length === 0) return;
    await this.dataSource.query(
      `UPDATE sessions s SET last_seen_at = now()
         FROM unnest($1::text[], $2::text[]) AS p(session_id, meeting_id)
         JOIN meetings m ON m.id::text = p.meeting_id AND m.status = 'open'
        WHERE s.id = p.session_id AND s.ended_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - interval '${SESSION_IDLE_MINUTES} minutes'`,
      [pairs.map((p) => p.sessionId), pairs.map((p) => p.meetingId)],
    );
  }

  /** Checks the password and opens a session; returns the cookie value, shown to nobody else. */
  async login(username: string, password: string, address: string): Promise<{ sessionValue: string; user: UserInfo }> {
    let userId: string | undefined;
    const ok = await this.throttle.attempt(username, address, async () => {
      const users: { id: string; password_hash: string | null }[] = await this.dataSource.query(
        'SELECT id, password_hash FROM users WHERE username = $1 AND active',
        [username],
      );
      userId = users[0]?.id;
      return verifyPassword(users[0]?.password_hash ?? null, password);
    });
    if (!ok || !userId) throw new UnauthorizedException('Fel användarnamn eller lösenord.');
    const user = { id: userId };
    const sessionValue = randomSecret();
    await this.dataSource.query(
      `INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, now() + interval '${SESSION_ABSOLUTE_HOURS} hours')`,
      [sha256(sessionValue), user.id],
    );
    const caller = await this.authenticateSession(sessionValue);
    if (!caller) throw new UnauthorizedException('Fel användarnamn eller lösenord.');
    await this.dataSource.query('UPDATE users SET last_login_at = now() WHERE id = $1', [user.id]);
    await this.audit.record(this.dataSource, caller, {
      action: 'auth.login',
      regionCode: caller.regionCode,
      target: caller.username,
    });
    return { sessionValue, user: toUserInfo(caller) };
  }

  /** Ends the session server-side and closes its open sockets on every instance. */
  async logout(caller: Caller): Promise<void> {
    if (caller.via !== 'session') return;
    await this.dataSource.query(
      `UPDATE sessions SET ended_at = now(), end_reason = 'logout' WHERE id = $1 AND ended_at IS NULL`,
      [caller.credentialId],
    );
    await this.audit.record(this.dataSource, caller, {
      action: 'auth.logout',
      regionCode: caller.regionCode,
      target: caller.username,
    });
    this.liveHub.disconnectRoom(`session:${caller.credentialId}`, 'logout');
  }
}

function toCaller(via: Caller['via'], row: CallerRow, username: string): Caller {
  return {
    via,
    credentialId: row.credential_id,
    username,
    role: row.role,
    organizationCode: row.organization_code,
    organizationKind: row.organization_kind,
    regionCode: row.region_code,
  };
}
