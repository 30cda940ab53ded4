import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AppConfigService } from '../config/app-config.service.js';

export interface MailMessage {
  /** One recipient per mail, so no one sees who else was reminded. */
  to: string;
  subject: string;
  /** Plain text, in Swedish; the footer below is added. */
  text: string;
  /** Optional HTML alternative; the footer is added to it too. */
  html?: string;
  /** Files to attach (the minutes as a Word document). */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export type MailOutcome =
  | { status: 'sent'; messageId: string }
  /** SMTP_URL is not set: nothing was sent, nothing is wrong. */
  | { status: 'off' }
  | { status: 'failed'; error: string };

const FOOTER_TEXT = '\n\n-- \nDet här meddelandet skickades automatiskt av Lägesbild. Svar på det läses inte.\n';
const FOOTER_HTML = '<hr><p><small>Det här meddelandet skickades automatiskt av Lägesbild. Svar på det läses inte.</small></p>';

/**
 * Mail through SMTP_URL. `send` never throws: it answers how it went, logs a failure and records
 * every attempt in `mail_log`. Send from a job, not a request (SMTP can take seconds); a job that
 * wants another attempt throws on `failed` and pg-boss retries it.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | undefined;
  private readonly from: string;

  constructor(
    config: AppConfigService,
    private readonly dataSource: DataSource,
  ) {
    this.from = config.value.mailFrom;
    const url = config.value.smtpUrl;
    this.transport = url
      ? nodemailer.createTransport({
          url,
          // A few connections reused for a burst of reminders, and bounded waits, so a dead mail
          // server fails a job in seconds rather than holding it for minutes.
          pool: true,
          maxConnections: 2,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : undefined;
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  async send(message: MailMessage): Promise<MailOutcome> {
    if (!this.transport) return { status: 'off' };
    let outcome: MailOutcome;
    try {
      const info = (await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject: message.subject,
        text: message.text + FOOTER_TEXT,
        ...(message.html !== undefined && { html: message.html + FOOTER_HTML }),
        ...(message.attachments && { attachments: message.attachments }),
        // RFC 3834: out-of-office replies and other automatons should not answer.
        headers: { 'Auto-Submitted': 'auto-generated' },
      })) as { messageId: string };
      outcome = { status: 'sent', messageId: info.messageId };
    } catch (error) {
      outcome = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
      this.logger.warn(`Mail "${message.subject}" to ${message.to} could not be sent: ${outcome.error}`);
    }
    await this.record(message, outcome);
    return outcome;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  private async record(message: MailMessage, outcome: MailOutcome): Promise<void> {
    try {
      await this.dataSource.query(
        'INSERT INTO mail_log (recipient, subject, outcome, message_id, error) VALUES ($1, $2, $3, $4, $5)',
        [
          message.to,
          message.subject,
          outcome.status,
          outcome.status === 'sent' ? outcome.messageId : null,
          outcome.status === 'failed' ? outcome.error : null,
        ],
      );
    } catch (error) {
      this.logger.warn(`Mail log not written: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
