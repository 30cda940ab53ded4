import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  DIGEST_DELAY_MINUTES,
  isHeightenedLevel,
  levelOf,
  minutesOfDay,
  reportingDay,
  reportingDayTime,
  type OverdueOrganization,
  type ReminderLogEntry,
} from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { assertCanDecideForRegion } from '../common/scope.js';
import { AppLinks } from '../config/app-links.js';
import { defineQueue } from '../jobs/job-queue.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { NotificationsService, type NotificationsCreated } from '../notifications/notifications.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { SituationService } from '../situation/situation.service.js';
import { deadlineQueue } from './deadline-schedule.js';
import { digestMail, reminderMail, type ReminderMail } from './reminder-mail.js';

/** Half an hour after a deadline: one digest of who is still missing to the chair and the analysts. */
export const digestQueue = defineQueue<{ regionCode: string; date: string; deadline: string }>('escalation.digest', {
  retryDelay: 10,
});

/** One mail of a reminder or digest, for one logged person (the log row says whether it went). */
export const reminderMailQueue = defineQueue<{ logId: string; subject: string; text: string }>('escalation.reminder-mail', {
  retryLimit: 3,
  retryDelay: 30,
  retryBackoff: true,
});

type Kind = ReminderLogEntry['kind'];

interface Person {
  username: string;
  email: string | null;
  email_reminders: boolean;
}

interface LogRow {
  id: string;
  kind: Kind;
  reporting_day: string;
  deadline: string;
  username: string;
  organizations: string[];
  round: number;
  mail: ReminderLogEntry['mail'];
  created_at: Date;
}

/**
 * Reminders that reach people. At a region's deadline (a pg-boss cron job, one run however many
 * instances), the reporters of every overdue organisation get an in-app notice and, with an address
 * and reminders by mail on, an e-mail; 30 minutes later the chair and the analysts get one digest of
 * who is still missing (in stabsläge and above the still missing are reminded a second time then).
 * Every person reminded is a row in reminder_log, unique per deadline: the row is written in the
 * transaction of the notice, so a job retried after a restart finds it and sends nothing twice, and
 * mails still pending are enqueued again (once-key per row).
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly situation: SituationService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    private readonly links: AppLinks,
  ) {}

  async onModuleInit(): Promise<void> {
    // Every region's deadline comes at the same minute, and a mail per overdue reporter with it.
    const burst = { concurrency: 4, pollSeconds: 0.5 };
    await this.jobs.handle(deadlineQueue, ({ regionCode }) => this.atDeadline(regionCode), burst);
    await this.jobs.handle(digestQueue, (data) => this.digest(data.regionCode, data.date, data.deadline), burst);
    await this.jobs.handle(reminderMailQueue, (data, job) => this.sendMail(data, job.retryCount >= 3), burst);
  }

  /** The reminders and digests of a day, newest first (the region's chair, analysts and admins). */
  async log(caller: Caller, regionCode: string, date: string = reportingDay()): Promise<ReminderLogEntry[]> {
    await this.organizations.regionName(regionCode);
    assertCanDecideForRegion(caller, regionCode);
    const rows = await this.dataSource.query<LogRow[]>(
      `SELECT id, kind, reporting_day, deadline, username, organizations, round, mail, created_at FROM reminder_log
        WHERE region_code = $1 AND reporting_day = $2 ORDER BY created_at DESC, id DESC LIMIT 1000`,
      [regionCode, date],
    );
    return rows.map((row) => ({
      kind: row.kind,
      date: row.reporting_day,
      deadline: row.deadline,
      round: row.round,
      username: row.username,
      organizations: row.organizations,
      mail: row.mail,
      createdAt: row.created_at.toISOString(),
    }));
  }

  /** The job at a deadline: remind the overdue, and have the digest come 30 minutes later. */
  async atDeadline(regionCode: string): Promise<void> {
    const regionName = await this.organizations.regionName(regionCode);
    const date = reportingDay();
    const situation = await this.situation.read(regionCode, regionName, date);
    const { deadline, overdue } = situation.reporting;
    if (!deadline) return;
    await this.remind(regionCode, date, deadline, overdue, 1);
    const at = new Date(reportingDayTime(date, minutesOfDay(deadline)).getTime() + DIGEST_DELAY_MINUTES * 60_000);
    await this.jobs.send(
      digestQueue,
      { regionCode, date, deadline },
      { startAfter: at, onceKey: `${regionCode}/${date}/${deadline}` },
    );
  }

  /** Half an hour later: who is still missing, to the chair and the analysts; in stabsläge the missing again. */
  async digest(regionCode: string, date: string, deadline: string): Promise<void> {
    const regionName = await this.organizations.regionName(regionCode);
    if (date !== reportingDay()) return;
    const situation = await this.situation.read(regionCode, regionName, date);
    // A later deadline has passed meanwhile: its own digest will say who is missing for it.
    if (situation.reporting.deadline !== deadline) return;
    const missing = situation.reporting.overdue;
    if (missing.length === 0) return;
    if (isHeightenedLevel(levelOf(situation.levels, regionCode))) await this.remind(regionCode, date, deadline, missing, 2);
    const people = await this.dataSource.query<Person[]>(
      `SELECT u.username, u.email, u.email_reminders FROM users u JOIN organizations o ON o.code = u.organization_code
        WHERE o.region_code = $1 AND u.active AND u.role IN ('chair', 'analyst') ORDER BY u.username`,
      [regionCode],
    );
    const organizations = missing.map((org) => ({ name: org.name, partly: org.partly }));
    const mail = digestMail({ regionName, date, deadline, organizations, link: this.links.absolute(`/region/${regionCode}`) });
    await this.deliver(
      regionCode,
      date,
      deadline,
      1,
      'digest',
      people,
      missing.map((org) => org.code),
      mail,
      (manager, usernames) =>
        this.notifications.notify(manager, {
          regionCode,
          recipients: { usernames },
          kind: 'reporting.digest',
          params: { deadline, date, organizations },
          link: `/region/${regionCode}`,
          dedupKey: `reporting.digest/${regionCode}/${date}/${deadline}`,
        }),
    );
  }

  /** Reminds the people of each overdue organisation: its reporters (a region's hospitals: its analysts). */
  private async remind(
    regionCode: string,
    date: string,
    deadline: string,
    overdue: readonly OverdueOrganization[],
    round: number,
  ) {
    for (const organization of overdue) {
      const people = await this.dataSource.query<Person[]>(
        `SELECT u.username, u.email, u.email_reminders FROM users u JOIN organizations o ON o.code = u.organization_code
          WHERE u.organization_code = $1 AND u.active
            AND u.role = CASE WHEN o.kind = 'region' THEN 'analyst' ELSE 'reporter' END
          ORDER BY u.username`,
        [organization.code],
      );
      const missing = organization.missing.map((unit) => unit.name);
      const mail = reminderMail({
        organizationName: organization.name,
        date,
        deadline,
        missing,
        again: round > 1,
        link: this.links.absolute('/report'),
      });
      await this.deliver(regionCode, date, deadline, round, 'reminder', people, [organization.code], mail, (manager, usernames) =>
        this.notifications.notify(manager, {
          regionCode,
          recipients: { usernames },
          kind: 'reporting.reminder',
          params: { organizationName: organization.name, deadline, date, missing, ...(round > 1 && { again: true }) },
          link: '/report',
          dedupKey: `reporting.reminder/${organization.code}/${date}/${deadline}/${round}`,
        }),
      );
    }
  }

  /**
   * Logs each person (once per deadline and round), notifies those newly logged in the same
   * transaction, then enqueues the mails still pending for them (again after a restart: once-key).
   */
  private async deliver(
    regionCode: string,
    date: string,
    deadline: string,
    round: number,
    kind: Kind,
    people: readonly Person[],
    organizationCodes: readonly string[],
    mail: ReminderMail,
    notify: (manager: EntityManager, usernames: string[]) => Promise<NotificationsCreated | null>,
  ): Promise<void> {
    if (people.length === 0) return;
    const mailOn = this.mail.enabled;
    const change = await this.dataSource.transaction(async (manager) => {
      const logged = await manager.query<{ username: string }[]>(
        `INSERT INTO reminder_log (region_code, kind, reporting_day, deadline, username, organizations, round, mail)
         SELECT $1, $2, $3, $4, p.username, $5, $6, p.mail
           FROM unnest($7::text[], $8::text[]) AS p(username, mail)
         ON CONFLICT (region_code, kind, reporting_day, deadline, round, username) DO NOTHING RETURNING username`,
        [
          regionCode,
          kind,
          date,
          deadline,
          organizationCodes,
          round,
          people.map((person) => person.username),
          people.map((person) => mailState(person, mailOn)),
        ],
      );
      if (logged.length === 0) return null;
      return notify(
        manager,
        logged.map((row) => row.username),
      );
    });
    this.notifications.publish(change);
    const pending = await this.dataSource.query<{ id: string }[]>(
      `SELECT id::text AS id FROM reminder_log WHERE region_code = $1 AND kind = $2 AND reporting_day = $3 AND deadline = $4
          AND round = $5 AND username = ANY($6::text[]) AND mail = 'pending'`,
      [regionCode, kind, date, deadline, round, people.map((person) => person.username)],
    );
    for (const row of pending) {
      await this.jobs.send(reminderMailQueue, { logId: row.id, ...mail }, { onceKey: row.id });
    }
  }

  /**
   * One mail, under the log row's lock: sent at most once, and only while the person still has an
   * address and wants reminders by mail. A refused mail is retried; the last attempt logs `failed`.
   */
  async sendMail(data: { logId: string; subject: string; text: string }, lastAttempt: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<(Person & { id: string })[]>(
        `SELECT l.id, u.username, u.email, u.email_reminders FROM reminder_log l JOIN users u ON u.username = l.username
          WHERE l.id = $1 AND l.mail = 'pending' FOR UPDATE OF l`,
        [data.logId],
      );
      const row = rows[0];
      if (!row) return;
      let state = mailState(row, this.mail.enabled);
      if (state === 'pending') {
        const outcome = await this.mail.send({ to: row.email!, subject: data.subject, text: data.text });
        if (outcome.status === 'failed' && !lastAttempt) throw new Error(`reminder mail not sent: ${outcome.error}`);
        state = outcome.status;
      }
      await manager.query('UPDATE reminder_log SET mail = $2 WHERE id = $1', [data.logId, state]);
    });
  }
}

function mailState(person: Person, mailOn: boolean): ReminderLogEntry['mail'] {
  if (!person.email) return 'no-address';
  if (!person.email_reminders) return 'opted-out';
  return mailOn ? 'pending' : 'off';
}
