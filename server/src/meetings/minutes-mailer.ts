import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Meeting } from '@lagesbild/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Caller } from '../common/caller.js';
import { assertCanReadRegion, assertCanSteerMeetings } from '../common/scope.js';
import { fieldConflict } from '../common/validation.js';
import { defineQueue } from '../jobs/job-queue.js';
import { JobsService, type JobContext } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { MeetingLoader } from './meeting-loader.js';
import { MeetingWriter } from './meeting-writer.js';
import { minutesDocx } from './minutes-docx.js';
import { minutesFor } from './minutes-markdown.js';
import { minutesModel } from './minutes-model.js';

const RETRIES = 3;
export const minutesQueue = defineQueue<{ sendId: string }>('meetings.minutes', { retryLimit: RETRIES, retryDelay: 30 });

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "protokoll-lsvo-2026-12-10.docx" */
export function minutesFileName(meeting: Pick<Meeting, 'date' | 'title'>, extension: 'docx' | 'md'): string {
  const slug = meeting.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `protokoll-${slug || 'mote'}-${meeting.date}.${extension}`;
}

/**
 * Sends a closed meeting's minutes to its network's distribution list, in one step for the chair:
 * the request records who gets them and queues one job; the job mails each recipient once (the
 * Markdown as text, the Word document attached), records how it went per recipient, and on a
 * retry sends only to those not reached yet. Every attempt is also in mail_log.
 */
@Injectable()
export class MinutesMailer implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly loader: MeetingLoader,
    private readonly writer: MeetingWriter,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle(minutesQueue, ({ sendId }, job) => this.deliver(sendId, job));
  }

  async request(caller: Caller, meetingId: string): Promise<Meeting> {
    const sendId = await this.dataSource.transaction(async (manager) => {
      const row = await this.writer.row(manager, meetingId, true);
      assertCanReadRegion(caller, row.region_code);
      assertCanSteerMeetings(caller, row.region_code);
      if (row.status !== 'closed') throw fieldConflict('status', 'validation.meetingOpen');
      if (!row.network_id) throw fieldConflict('networkId', 'validation.meetingWithoutNetwork');
      if (!this.mail.enabled) throw fieldConflict('mail', 'validation.minutesMailOff');
      const busy = await manager.query<unknown[]>('SELECT 1 FROM minutes_sends WHERE meeting_id = $1 AND finished_at IS NULL', [
        row.id,
      ]);
      if (busy.length > 0) throw fieldConflict('status', 'validation.minutesSending');
      const recipients = await manager.query<{ email: string; name: string | null }[]>(
        `SELECT DISTINCT ON (email) email, name FROM (
           SELECT lower(email) AS email, name FROM network_members WHERE network_id = $1 AND removed_at IS NULL AND email IS NOT NULL
           UNION ALL SELECT lower(e), NULL FROM networks, unnest(extra_recipients) AS e WHERE id = $1) r
          ORDER BY email, name NULLS LAST`,
        [row.network_id],
      );
      if (recipients.length === 0) throw fieldConflict('recipients', 'validation.noRecipients');
      const created = await manager.query<{ id: string }[]>(
        'INSERT INTO minutes_sends (meeting_id, requested_by) VALUES ($1, $2) RETURNING id',
        [row.id, caller.username],
      );
      const id = (created[0] as { id: string }).id;
      await manager.query(
        `INSERT INTO minutes_send_recipients (send_id, email, name) SELECT $1, * FROM unnest($2::text[], $3::text[])`,
        [id, recipients.map((r) => r.email), recipients.map((r) => r.name)],
      );
      await this.audit.record(manager, caller, {
        action: 'meeting.minutes.send',
        regionCode: row.region_code,
        target: row.id,
        after: { recipients: recipients.map((r) => r.email) },
      });
      return id;
    });
    await this.jobs.send(minutesQueue, { sendId }, { onceKey: sendId });
    return this.writer.touch(meetingId);
  }

  private async deliver(sendId: string, job: JobContext): Promise<void> {
    const sends = await this.dataSource.query<{ meeting_id: string }[]>('SELECT meeting_id FROM minutes_sends WHERE id = $1', [
      sendId,
    ]);
    if (!sends[0]) return;
    const row = await this.writer.row(this.dataSource, sends[0].meeting_id);
    const meeting = await this.loader.load(row);
    const regionName = await this.organizations.regionName(meeting.region);
    const text = minutesFor(meeting, regionName);
    const docx = await minutesDocx(minutesModel(meeting, regionName));
    const pending = await this.dataSource.query<{ email: string }[]>(
      `SELECT email FROM minutes_send_recipients WHERE send_id = $1 AND outcome IN ('pending', 'failed') ORDER BY email`,
      [sendId],
    );
    let failed = 0;
    for (const { email } of pending) {
      const outcome = await this.mail.send({
        to: email,
        subject: `Minnesanteckningar: ${meeting.title}`,
        text: `Hej!\n\nHär är minnesanteckningarna från ${meeting.network?.name ?? 'mötet'} ${meeting.date}, även som Word-dokument i bilagan.\n\n${text}`,
        attachments: [{ filename: minutesFileName(meeting, 'docx'), content: docx, contentType: DOCX }],
      });
      if (outcome.status !== 'sent') failed += 1;
      await this.dataSource.query(
        `UPDATE minutes_send_recipients SET outcome = $3, message_id = $4, error = $5, attempted_at = now()
          WHERE send_id = $1 AND email = $2`,
        [
          sendId,
          email,
          outcome.status,
          outcome.status === 'sent' ? outcome.messageId : null,
          outcome.status === 'failed' ? outcome.error : null,
        ],
      );
    }
    const lastAttempt = job.retryCount >= RETRIES;
    if (failed === 0 || lastAttempt)
      await this.dataSource.query('UPDATE minutes_sends SET finished_at = now() WHERE id = $1', [sendId]);
    await this.writer.touch(row.id);
    // Another attempt later for those not reached (pg-boss retries the job).
    if (failed > 0 && !lastAttempt) throw new Error(`${failed} of ${pending.length} recipients not reached`);
  }
}
