import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '../support/browser.js';
import { withClient } from '../support/clock.js';
import { startServer } from '../support/server.js';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp.js';

interface MailLogRow {
  recipient: string;
  subject: string;
  outcome: 'sent' | 'failed';
  error: string | null;
}

const mailLog = (databaseUrl: string) =>
  withClient(
    databaseUrl,
    async (client) =>
      (await client.query<MailLogRow>('SELECT recipient, subject, outcome, error FROM mail_log ORDER BY id')).rows,
  );

// The server as a real process, mailing a real SMTP server on loopback through the job queue.
describe('mail through SMTP_URL', () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it('sends in Swedish from MAIL_FROM, logged in with the credentials in SMTP_URL, and says so at start', async () => {
    const url = new URL(smtp.url);
    url.username = 'lagesbild';
    url.password = 'hemligt-smtp-losen';
    const server = await startServer({
      demo: false,
      env: {
        LOG_LEVEL: 'log',
        SMTP_URL: url.toString(),
        MAIL_FROM: 'Region Dalarna <lagesbild@regiondalarna.example>',
        PROBE_MAIL_TO: 'anna@falun.example',
        PROBE_MAIL_AT: new Date().toISOString(),
      },
    });
    try {
      const [mail] = await smtp.waitForMessages(1, (message) => message.to.includes('anna@falun.example'));
      expect(mail).toMatchObject({
        from: '"Region Dalarna" <lagesbild@regiondalarna.example>',
        envelopeFrom: 'lagesbild@regiondalarna.example',
        to: ['anna@falun.example'],
        subject: 'Lägesbild: provmeddelande',
        authUser: 'lagesbild',
      });
      expect(mail!.text).toContain('Det här är ett provmeddelande från Lägesbild');
      expect(mail!.text).toContain('Det här meddelandet skickades automatiskt av Lägesbild. Svar på det läses inte.');
      expect(mail!.headers.get('auto-submitted')).toBe('auto-generated');

      expect(server.output()).toContain(`E-post: via smtp://${url.host} från Region Dalarna <lagesbild@regiondalarna.example>`);
      expect(server.output()).not.toContain('hemligt-smtp-losen');
      await expectEventually(async () =>
        expect(await mailLog(server.databaseUrl!)).toEqual([
          { recipient: 'anna@falun.example', subject: 'Lägesbild: provmeddelande', outcome: 'sent', error: null },
        ]),
      );
    } finally {
      await server.stop();
    }
  });

  it('records a refused mail, logs it, and gets it through on a later attempt', async () => {
    smtp.refuseNext(1);
    const server = await startServer({
      demo: false,
      env: { SMTP_URL: smtp.url, PROBE_MAIL_TO: 'bertil@borlange.example', PROBE_MAIL_AT: new Date().toISOString() },
    });
    try {
      const mails = await smtp.waitForMessages(1, (message) => message.to.includes('bertil@borlange.example'));
      expect(mails).toHaveLength(1);
      expect(smtp.refused).toBe(1);
      await expectEventually(async () => {
        const rows = await mailLog(server.databaseUrl!);
        expect(rows.map((row) => row.outcome)).toEqual(['failed', 'sent']);
        expect(rows[0]!.error).toContain('Försök igen senare');
      });
      expect(server.output()).toContain('Mail "Lägesbild: provmeddelande" to bertil@borlange.example could not be sent');
    } finally {
      await server.stop();
    }
  });

  it('without SMTP_URL sends nothing and says at start that reminders stay in the app', async () => {
    const server = await startServer({ demo: false, env: { LOG_LEVEL: 'log' } });
    try {
      expect(server.output()).toContain('E-post: av (SMTP_URL saknas) — påminnelser visas bara i appen');
    } finally {
      await server.stop();
    }
  });

  it('refuses a bad SMTP_URL or MAIL_FROM with one line naming it', async () => {
    await expect(startServer({ demo: false, env: { SMTP_URL: 'http://mail.example.se' } })).rejects.toThrow(
      /Lägesbild could not start: Invalid environment variable SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL\n$/,
    );
    await expect(startServer({ demo: false, env: { MAIL_FROM: 'Lägesbild' } })).rejects.toThrow(
      /Lägesbild could not start: Invalid environment variable MAIL_FROM/,
    );
  });
});
