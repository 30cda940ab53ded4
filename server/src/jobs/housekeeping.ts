import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { defineQueue } from './job-queue.js';
import { JobsService } from './jobs.service.js';

export const housekeepingQueue = defineQueue<Record<string, never>>('housekeeping.prune', { retryLimit: 1 });

/** Every 15 minutes, on one instance. */
export const HOUSEKEEPING_CRON = '*/15 * * * *';

/**
 * Rows nothing reads any more, deleted a day after they stopped mattering: sessions that ended,
 * ran out or went idle (a session is dead 30 minutes after it was last seen, 12 hours after it
 * began), failed-login counts as soon as they expire (nothing reads them after), and the mail log after 180 days.
 * The day's grace keeps a just-ended session's row for "your session ended" answers and debugging.
 */
@Injectable()
export class Housekeeping implements OnModuleInit {
  private readonly logger = new Logger('Housekeeping');

  constructor(
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle(housekeepingQueue, () => this.prune());
    await this.jobs.schedule(housekeepingQueue, HOUSEKEEPING_CRON, {});
    // And once as an instance starts, so a server that was down for days does not wait for the cron.
    await this.jobs.send(housekeepingQueue, {});
  }

  async prune(): Promise<void> {
    // TypeORM answers a DELETE with [rows, affected count].
    const deleted = async (sql: string) => (await this.dataSource.query<[unknown, number]>(sql))[1];
    const sessions = await deleted(
      `DELETE FROM sessions
        WHERE ended_at < now() - interval '1 day'
           OR expires_at < now() - interval '1 day'
           OR last_seen_at < now() - interval '1 day'`,
    );
    const failures = await deleted(`DELETE FROM login_failures WHERE expires_at < now()`);
    const mails = await deleted(`DELETE FROM mail_log WHERE created_at < now() - interval '180 days'`);
    if (sessions + failures + mails > 0)
      this.logger.log(`Pruned ${sessions} old sessions, ${failures} failed-login counts and ${mails} mail log rows`);
  }
}
