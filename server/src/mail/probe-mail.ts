import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppConfigService } from '../config/app-config.service.js';
import { defineQueue } from '../jobs/job-queue.js';
import { JOBS_TIME_ZONE, JobsService } from '../jobs/jobs.service.js';
import { MailService } from './mail.service.js';

// Retried soon: a probe is about whether mail gets through now.
export const probeMailQueue = defineQueue<{ to: string; kind: 'once' | 'cron' }>('mail.probe', { retryDelay: 2, retryLimit: 3 });

const stockholmTime = new Intl.DateTimeFormat('sv-SE', { timeZone: JOBS_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });

/**
 * Test support and an operator's check, off unless PROBE_MAIL_TO is set: a mail through the job
 * queue, once at PROBE_MAIL_AT and/or at every PROBE_MAIL_CRON occurrence. Every instance enqueues
 * it at start, with one once-key, so it proves in a black-box test what the reminders rely on:
 * however many instances start or restart, each occasion is one job and one mail.
 */
@Injectable()
export class ProbeMail implements OnModuleInit {
  constructor(
    private readonly config: AppConfigService,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
  ) {}

  async onModuleInit(): Promise<void> {
    const probe = this.config.value.probeMail;
    if (!probe) {
      await this.jobs.unschedule(probeMailQueue, 'probe');
      return;
    }
    await this.jobs.handle(probeMailQueue, async ({ to, kind }) => {
      const outcome = await this.mail.send({
        to,
        subject: kind === 'once' ? 'Lägesbild: provmeddelande' : 'Lägesbild: schemalagt provmeddelande',
        text:
          `Hej!\n\nDet här är ett provmeddelande från Lägesbild, skickat ${stockholmTime.format(new Date())}. ` +
          'Kommer det fram så når servern ut med e-post, och påminnelser kan skickas.',
      });
      // Another attempt later (pg-boss retries) when the mail server refused or was away.
      if (outcome.status === 'failed') throw new Error(outcome.error);
    });
    if (probe.at) {
      await this.jobs.send(
        probeMailQueue,
        { to: probe.to, kind: 'once' },
        { startAfter: probe.at, onceKey: `${probe.to}/${probe.at.toISOString()}` },
      );
    }
    if (probe.cron) await this.jobs.schedule(probeMailQueue, probe.cron, { to: probe.to, kind: 'cron' }, { key: 'probe' });
    else await this.jobs.unschedule(probeMailQueue, 'probe');
  }
}
