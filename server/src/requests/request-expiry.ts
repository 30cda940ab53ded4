import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { reportingDay, reportingDayTime, shiftDay, type HelpRequest } from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import { defineQueue } from '../jobs/job-queue.js';
import { JobsService } from '../jobs/jobs.service.js';
import { RequestTransactions } from './request-transactions.js';

export const requestExpiryQueue = defineQueue<{ requestId: string; periodEnd: string }>('requests.expire');
export const requestSweepQueue = defineQueue<Record<string, never>>('requests.sweep', { retryLimit: 1 });

/** Every hour, a sweep for any request whose own job did not run (made by the demo, or before a restore). */
export const REQUEST_SWEEP_CRON = '7 * * * *';

const ENDING = ['draft', 'open', 'partly_covered', 'covered'];

/** The first instant after a request's last day, Stockholm time: when it expires. */
export function expiryInstant(periodEnd: string): Date {
  return reportingDayTime(shiftDay(periodEnd, 1), 0);
}

/**
 * Requests end when their period does: a job at the first instant after the last day a line covers
 * (one per request and period end, however many instances send it), and an hourly sweep behind it.
 * A covered request is closed, any other expired; what was offered or promised but never delivered
 * is cancelled, and what is out (delivered) stays out until it is returned.
 */
@Injectable()
export class RequestExpiry implements OnModuleInit {
  private readonly logger = new Logger('RequestExpiry');

  constructor(
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
    private readonly transactions: RequestTransactions,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle(requestExpiryQueue, ({ requestId }) => this.expire(requestId).then(() => undefined));
    await this.jobs.handle(requestSweepQueue, () => this.sweep());
    await this.jobs.schedule(requestSweepQueue, REQUEST_SWEEP_CRON, {});
  }

  /** After a request is made, opened or its period changed. */
  async schedule(request: Pick<HelpRequest, 'id' | 'periodEnd'>): Promise<void> {
    await this.jobs.send(
      requestExpiryQueue,
      { requestId: request.id, periodEnd: request.periodEnd },
      { startAfter: expiryInstant(request.periodEnd), onceKey: `${request.id}/${request.periodEnd}` },
    );
  }

  async sweep(): Promise<void> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM requests WHERE status = ANY($1) AND period_end < $2',
      [ENDING, reportingDay()],
    );
    for (const row of rows) await this.expire(row.id);
    if (rows.length > 0) this.logger.log(`Ended ${rows.length} requests whose period had passed`);
  }

  /** Idempotent: a request still in its period, or already ended, is left as it is. */
  async expire(requestId: string): Promise<void> {
    await this.transactions.change('system', requestId, async (manager, request) => {
      // The job was started by the database's clock; judge the day by the same clock. By its own, an
      // instance a few seconds behind would find the period not yet over, finish the job doing
      // nothing, and leave the request open until the hourly sweep.
      const [{ today }] = await manager.query<[{ today: string }]>(
        `SELECT to_char(now() AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS today`,
      );
      if (!ENDING.includes(request.status) || request.periodEnd >= today) return null;
      const status = request.status === 'covered' ? 'closed' : 'expired';
      await manager.query(`UPDATE requests SET status = $2, ended_at = now(), ended_by = 'system' WHERE id = $1`, [
        request.id,
        status,
      ]);
      await manager.query(
        `UPDATE request_offers SET status = 'cancelled', updated_at = now() WHERE request_id = $1 AND status IN ('offered', 'accepted')`,
        [request.id],
      );
      return {
        action: 'request.expire',
        before: { status: request.status },
        notice: status === 'closed' ? 'request.closed' : 'request.expired',
      };
    });
  }
}
