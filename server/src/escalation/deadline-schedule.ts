import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { deadlinesAt, levelOf, minutesOfDay } from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import { defineQueue } from '../jobs/job-queue.js';
import { JobsService } from '../jobs/jobs.service.js';
import { readLevels, readSettings } from './level-row.js';

/** A region's reporting deadline has come: find who is overdue and remind them (reminders.ts). */
export const deadlineQueue = defineQueue<{ regionCode: string }>('escalation.deadline', { retryDelay: 10 });

/** At most two deadlines a day (the settings' schema); each has a schedule slot of its own. */
const SLOTS = [0, 1] as const;

/** "10:00" → "0 10 * * *", every day on the county's clock. */
export function deadlineCron(time: string): string {
  const minutes = minutesOfDay(time);
  return `${minutes % 60} ${Math.floor(minutes / 60)} * * *`;
}

/**
 * Keeps each region's deadline schedules (pg-boss cron, one job per occurrence however many
 * instances run) in step with its settings and declared level: at start, and after either changes.
 * Syncs of one region are taken in turn under an advisory lock, each reading the settings and level
 * inside it, so the last to run wrote what is stored now.
 */
@Injectable()
export class DeadlineSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Deadlines');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const regions = await this.dataSource.query<{ code: string }[]>('SELECT code FROM regions ORDER BY code');
    for (const region of regions) await this.sync(region.code);
  }

  async sync(regionCode: string): Promise<readonly string[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`escalation.schedule:${regionCode}`]);
      const [settings, levels] = await Promise.all([readSettings(manager, regionCode), readLevels(manager, regionCode)]);
      const deadlines = deadlinesAt(settings.deadlines, levelOf(levels, regionCode));
      for (const slot of SLOTS) {
        const key = `${regionCode}/${slot}`;
        const time = deadlines[slot];
        if (time) await this.jobs.schedule(deadlineQueue, deadlineCron(time), { regionCode }, { key });
        else await this.jobs.unschedule(deadlineQueue, key);
      }
      this.logger.debug(`Region ${regionCode}: reporting deadlines ${deadlines.join(', ')}`);
      return deadlines;
    });
  }
}
