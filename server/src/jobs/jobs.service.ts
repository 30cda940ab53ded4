import { type BeforeApplicationShutdown, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import { AppConfigService } from '../config/app-config.service.js';
import type { JobQueue } from './job-queue.js';
import { jobIdForKey } from './once-key.js';

/** Recurring jobs run on the county's wall clock, summer time included. */
export const JOBS_TIME_ZONE = 'Europe/Stockholm';

/** What a handler is told about the job besides its data. */
export interface JobContext {
  id: string;
  /** 0 on the first attempt, 1 on the first retry, … */
  retryCount: number;
  /** Aborted when the job expires or the server stops; pass it to long-running work. */
  signal: AbortSignal;
}

export type JobHandler<Data extends object> = (data: Data, job: JobContext) => Promise<void>;

export interface SendOptions {
  /** Not before this instant (default: now). */
  startAfter?: Date;
  /**
   * The job's identity: however many times and from however many instances the same key is sent to
   * the same queue, one job exists (while it is kept; see QueueSettings.deleteAfterSeconds).
   * E.g. `${unitId}/${date}/${deadline}` for a reminder.
   */
  onceKey?: string;
}

export interface SendResult {
  id: string;
  /** false: a job with this once-key already exists, and nothing was added. */
  created: boolean;
}

export interface ScheduleOptions {
  /** Several schedules of one queue are told apart by key (e.g. a region code); default ''. */
  key?: string;
  /** Default Europe/Stockholm. */
  timeZone?: string;
}

const DEFAULT_SETTINGS = { retryLimit: 2, retryDelay: 30, expireInSeconds: 300, deleteAfterSeconds: 14 * 24 * 3600 };

/**
 * Jobs that run once across every instance, on pg-boss in the database we already have (its own
 * `pgboss` schema, created and migrated by pg-boss itself when the first instance starts it).
 * It starts when the app initialises, which createApp does after our migrations, and stops on
 * shutdown before the database pools close, letting running handlers finish.
 *
 * - A handler is registered by one module, in its onModuleInit: `jobs.handle(queue, handler)`.
 *   Each job runs on one instance at a time; a handler that throws is retried (at least once
 *   delivery: a crash mid-handler runs it again, so make the effect idempotent where it matters).
 * - `send` adds one job, now or later; with `onceKey` the same job is never added twice.
 * - `schedule` runs a job at every cron occurrence in Europe/Stockholm, once per occurrence however
 *   many instances run; calling it again (every instance does at start) updates the one schedule.
 */
@Injectable()
export class JobsService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private started: Promise<void> | undefined;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(config: AppConfigService) {
    const { databaseUrl } = config.value;
    if (!databaseUrl) throw new Error('JobsService needs the database URL');
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      application_name: 'lagesbild-jobs',
      max: 4,
      // How often one instance looks for cron occurrences due: a 10:00 job runs by about 10:00:10.
      cronMonitorIntervalSeconds: 10,
    });
    // Without listeners an 'error' event would end the process; a database outage is survived,
    // as the live adapter survives it: pg-boss reconnects and carries on.
    this.boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    this.boss.on('warning', (warning) => this.logger.warn(`pg-boss: ${warning.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    // Graceful: no new jobs are fetched, running handlers get up to 20 s to finish (a job cut off
    // is retried by another instance after it expires).
    await this.boss.stop({ graceful: true, timeout: 20_000 });
  }

  /**
   * Registers the one handler of a queue on this instance (call it from onModuleInit). By default
   * one job at a time, looked for every 2 s: about one job per 2 s per instance. A queue that gets
   * bursts (a mail per overdue reporter at a deadline) asks for `concurrency` jobs at once, looked
   * for every `pollSeconds` (at least 0.5).
   */
  async handle<Data extends object>(
    queue: JobQueue<Data>,
    handler: JobHandler<Data>,
    options: { concurrency?: number; pollSeconds?: number } = {},
  ): Promise<void> {
    await this.ensureQueue(queue);
    const work = {
      batchSize: 1,
      localConcurrency: options.concurrency ?? 1,
      ...(options.pollSeconds !== undefined && { pollingIntervalSeconds: options.pollSeconds }),
    };
    await this.boss.work<Data>(queue.name, work, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data, { id: job.id, retryCount: job.retryCount, signal: job.signal });
        } catch (error) {
          this.logger.warn(`${queue.name} job ${job.id} failed (attempt ${job.retryCount + 1}): ${describe(error)}`);
          throw error;
        }
      }
    });
  }

  async send<Data extends object>(queue: JobQueue<Data>, data: Data, options: SendOptions = {}): Promise<SendResult> {
    await this.ensureQueue(queue);
    const id = options.onceKey === undefined ? undefined : jobIdForKey(queue.name, options.onceKey);
    const created = await this.boss.send(queue.name, data, {
      ...(id && { id, singletonKey: options.onceKey }),
      ...(options.startAfter && { startAfter: options.startAfter }),
    });
    if (created) return { id: created, created: true };
    if (id) return { id, created: false };
    throw new Error(`pg-boss did not add a job to ${queue.name}`);
  }

  async schedule<Data extends object>(
    queue: JobQueue<Data>,
    cron: string,
    data: Data,
    options: ScheduleOptions = {},
  ): Promise<void> {
    await this.ensureQueue(queue);
    await this.boss.schedule(queue.name, cron, data, { tz: options.timeZone ?? JOBS_TIME_ZONE, key: options.key ?? '' });
  }

  async unschedule(queue: JobQueue<object>, key = ''): Promise<void> {
    await this.start();
    await this.boss.unschedule(queue.name, key);
  }

  /** Withdraws a job that has not started (e.g. a reminder whose unit has reported meanwhile). */
  async cancel(queue: JobQueue<object>, onceKey: string): Promise<void> {
    await this.start();
    await this.boss.cancel(queue.name, jobIdForKey(queue.name, onceKey));
  }

  private start(): Promise<void> {
    this.started ??= this.boss.start({ attempts: 3 }).then(() => undefined);
    return this.started;
  }

  private ensureQueue(queue: JobQueue<object>): Promise<void> {
    let ready = this.queues.get(queue.name);
    if (!ready) {
      const settings = { ...DEFAULT_SETTINGS, ...queue.settings };
      // Both are idempotent: the first instance creates the queue, each start applies its settings.
      ready = this.start()
        .then(() => this.boss.createQueue(queue.name, settings))
        .then(() => this.boss.updateQueue(queue.name, settings));
      // A failed attempt is not cached, so the next call tries again.
      ready.catch(() => this.queues.delete(queue.name));
      this.queues.set(queue.name, ready);
    }
    return ready;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
