import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Account, AccountSettingsInput, Role } from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertPerson } from '../common/scope.js';
import { randomSecret, sha256 } from '../common/hash.js';
import { TooManyRequestsException } from '../common/too-many-requests.js';
import { fieldConflict, fieldError } from '../common/validation.js';
import { AppLinks } from '../config/app-links.js';
import { updateReturning } from '../database/returning.js';
import { defineQueue } from '../jobs/job-queue.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { confirmationMail } from './confirmation-mail.js';
import { supersedePendingEmail } from './pending-email.js';

/** Mails the link that confirms a user's new address (the job makes the token; only its hash is stored). */
export const emailConfirmationQueue = defineQueue<{ changeId: string }>('account.email-confirmation', {
  retryDelay: 30,
  retryLimit: 3,
});

// A link lasts a day; a user may ask for a new address a few times an hour (each one is a mail
// to an address of their choosing).
const CONFIRMATION_HOURS = 24;
const REQUESTS_PER_HOUR = 5;

interface AccountRow {
  id: string;
  username: string;
  display_name: string | null;
  role: Role;
  organization_code: string;
  region_code: string;
  email: string | null;
  email_reminders: boolean;
  pending_email: string | null;
  pending_expires_at: Date | null;
}

/** "Mitt konto": one's own address (changed only through a mailed link) and reminder choice. */
@Injectable()
export class AccountService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly links: AppLinks,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle(emailConfirmationQueue, ({ changeId }) => this.mailConfirmation(changeId));
  }

  async get(caller: Caller, db: Pick<EntityManager, 'query'> = this.dataSource): Promise<Account> {
    assertPerson(caller);
    const rows = await db.query<AccountRow[]>(
      `SELECT u.id, u.username, u.display_name, u.role, u.organization_code, o.region_code, u.email, u.email_reminders,
              c.email AS pending_email, c.expires_at AS pending_expires_at
         FROM users u JOIN organizations o ON o.code = u.organization_code
         LEFT JOIN LATERAL (SELECT email, expires_at FROM email_changes
                             WHERE user_id = u.id AND confirmed_at IS NULL AND superseded_at IS NULL AND expires_at > now()
                             ORDER BY created_at DESC LIMIT 1) c ON true
        WHERE u.username = $1`,
      [caller.username],
    );
    const row = rows[0];
    if (!row) throw new Error(`no user ${caller.username}`);
    return {
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      organizationCode: row.organization_code,
      regionCode: row.region_code,
      email: row.email,
      emailReminders: row.email_reminders,
      pendingEmail:
        row.pending_email && row.pending_expires_at
          ? { email: row.pending_email, expiresAt: row.pending_expires_at.toISOString() }
          : null,
      mailEnabled: this.mail.enabled,
    };
  }

  async updateSettings(caller: Caller, input: AccountSettingsInput): Promise<Account> {
    assertPerson(caller);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockOwn(manager, caller);
      await manager.query('UPDATE users SET email_reminders = $2 WHERE id = $1', [before.id, input.emailReminders]);
      await this.audit.record(manager, caller, {
        action: 'account.settings',
        regionCode: caller.regionCode,
        organizationCode: caller.organizationCode,
        target: caller.username,
        before: { emailReminders: before.email_reminders },
        after: { emailReminders: input.emailReminders },
      });
      return this.get(caller, manager);
    });
  }

  /** Keeps the new address waiting and mails it a link; the address changes when the link is opened. */
  async requestEmailChange(caller: Caller, email: string): Promise<Account> {
    assertPerson(caller);
    if (!this.mail.enabled) throw fieldConflict('email', 'validation.mailOff');
    const { account, changeId } = await this.dataSource.transaction(async (manager) => {
      // The row lock makes the hourly count exact under a burst of requests.
      const current = await this.lockOwn(manager, caller);
      if (current.email !== null && current.email.toLowerCase() === email.toLowerCase()) {
        throw fieldError('email', 'validation.sameEmail');
      }
      const [recent] = await manager.query<{ count: number; oldest: Date | null }[]>(
        `SELECT count(*)::int AS count, min(created_at) AS oldest FROM email_changes
          WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
        [current.id],
      );
      if (recent && recent.count >= REQUESTS_PER_HOUR && recent.oldest) {
        const retryAfter = Math.max(1, Math.ceil((recent.oldest.getTime() + 3600_000 - Date.now()) / 1000));
        throw new TooManyRequestsException(retryAfter, 'Du har bett om för många adressändringar. Försök igen om en stund.');
      }
      await supersedePendingEmail(manager, current.id);
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO email_changes (user_id, email, expires_at) VALUES ($1, $2, now() + interval '${CONFIRMATION_HOURS} hours')
         RETURNING id`,
        [current.id, email],
      );
      await this.audit.record(manager, caller, {
        action: 'account.email.request',
        regionCode: caller.regionCode,
        organizationCode: caller.organizationCode,
        target: caller.username,
        after: { pendingEmail: email },
      });
      return { account: await this.get(caller, manager), changeId: (inserted[0] as { id: string }).id };
    });
    await this.jobs.send(emailConfirmationQueue, { changeId }, { onceKey: changeId });
    return account;
  }

  /** Opened link: the waiting address becomes the user's, if the token is theirs, current and unused. */
  async confirmEmail(caller: Caller, token: string): Promise<Account> {
    assertPerson(caller);
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string; user_id: string; email: string; old_email: string | null }[]>(
        `SELECT c.id, c.user_id, c.email, u.email AS old_email
           FROM email_changes c JOIN users u ON u.id = c.user_id
          WHERE c.token_hash = $1 AND u.username = $2
            AND c.confirmed_at IS NULL AND c.superseded_at IS NULL AND c.expires_at > now()
          FOR UPDATE OF c, u`,
        [sha256(token), caller.username],
      );
      const change = rows[0];
      // Unknown, used, replaced, expired or someone else's: one answer, which says nothing about others.
      if (!change) throw fieldError('token', 'validation.emailToken');
      await manager.query('UPDATE email_changes SET confirmed_at = now() WHERE id = $1', [change.id]);
      await manager.query('UPDATE users SET email = $2 WHERE id = $1', [change.user_id, change.email]);
      await this.audit.record(manager, caller, {
        action: 'account.email.confirm',
        regionCode: caller.regionCode,
        organizationCode: caller.organizationCode,
        target: caller.username,
        before: { email: change.old_email },
        after: { email: change.email },
      });
      return this.get(caller, manager);
    });
  }

  private async mailConfirmation(changeId: string): Promise<void> {
    const token = randomSecret();
    // A new token per attempt: a retry after a failed send makes the earlier (undelivered) one void.
    const rows = await updateReturning<{ email: string; expires_at: Date; username: string; display_name: string | null }>(
      this.dataSource,
      `UPDATE email_changes c SET token_hash = $2 FROM users u
        WHERE c.id = $1 AND u.id = c.user_id AND c.confirmed_at IS NULL AND c.superseded_at IS NULL AND c.expires_at > now()
        RETURNING c.email, c.expires_at, u.username, u.display_name`,
      [changeId, sha256(token)],
    );
    const change = rows[0];
    // Confirmed, replaced or expired meanwhile: nothing to send.
    if (!change) return;
    const link = this.links.absolute(`/account/confirm-email?token=${encodeURIComponent(token)}`);
    const outcome = await this.mail.send({
      to: change.email,
      ...confirmationMail({ username: change.username, displayName: change.display_name, link, expiresAt: change.expires_at }),
    });
    if (outcome.status === 'failed') throw new Error(outcome.error);
  }

  private async lockOwn(
    manager: EntityManager,
    caller: Caller,
  ): Promise<{ id: string; email: string | null; email_reminders: boolean }> {
    const rows = await manager.query<{ id: string; email: string | null; email_reminders: boolean }[]>(
      'SELECT id, email, email_reminders FROM users WHERE username = $1 FOR UPDATE',
      [caller.username],
    );
    const row = rows[0];
    if (!row) throw new Error(`no user ${caller.username}`);
    return row;
  }
}
