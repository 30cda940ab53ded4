import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '../support/browser.js';
import { startTimedStack, stockholm, withClient, type TimedStack } from '../support/clock.js';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp.js';

interface JobRow {
  kind: 'once' | 'cron';
  state: string;
  retry_count: number;
  start_after: Date;
}

const ONCE = 'Lägesbild: provmeddelande';
const SCHEDULED = 'Lägesbild: schemalagt provmeddelande';
const recipient = 'prov@lagesbild.example';
const deadline = stockholm('2026-12-01 10:00');

// Two server instances on one database, on a fake clock that starts at 09:30 Stockholm time: the
// probe mail (server/src/mail/probe-mail.ts) is enqueued by each instance at start, once for 10:00
// and on the schedule "0 10 * * *"; the housekeeping job prunes every quarter hour. A mail is the
// effect a reminder will have, read back from a real SMTP server.
describe('jobs that run once across instances, on a fake clock', () => {
  let smtp: SmtpTestServer;
  let stack: TimedStack;

  // 10:00 is also the reporting deadline: the overdue demo reporters' reminders reach this mail
  // server too. These tests read the probe's own mails.
  const probeMails = () => smtp.messages.filter((mail) => mail.to.includes(recipient)).map((mail) => mail.subject);
  const probeJobs = () =>
    withClient(
      stack.databaseUrl,
      async (client) =>
        (
          await client.query<JobRow>(
            `SELECT data->>'kind' AS kind, state, retry_count, start_after FROM pgboss.job WHERE name = 'mail.probe' ORDER BY created_on`,
          )
        ).rows,
    );

  beforeAll(async () => {
    smtp = await startSmtpServer();
    stack = await startTimedStack({
      at: stockholm('2026-12-01 09:30'),
      instances: 2,
      server: {
        env: {
          SMTP_URL: smtp.url,
          PROBE_MAIL_TO: recipient,
          PROBE_MAIL_AT: deadline.toISOString(),
          PROBE_MAIL_CRON: '0 10 * * *',
        },
      },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await smtp?.close();
  });

  it('runs PostgreSQL and both instances at the chosen Stockholm time', async () => {
    const inWindow = (time: Date) => {
      expect(time.getTime()).toBeGreaterThanOrEqual(stockholm('2026-12-01 09:30').getTime() - 1000);
      expect(time.getTime()).toBeLessThan(stockholm('2026-12-01 09:45').getTime());
    };
    inWindow(await stack.databaseNow());
    for (const server of stack.servers) {
      const response = await fetch(`${server.baseUrl}/api/health`);
      inWindow(new Date(response.headers.get('date')!));
    }
  });

  it('keeps one job for a once-key sent by every instance, through a restart, and runs it at its time', async () => {
    // Both instances sent the 10:00 probe at start: one job, waiting.
    expect((await probeJobs()).filter((job) => job.kind === 'once')).toEqual([
      expect.objectContaining({ state: 'created', retry_count: 0, start_after: deadline }),
    ]);
    // A restart in the middle: the instance sends it again as it starts, and nothing is added.
    await stack.servers[0]!.stop();
    await stack.startServer();
    expect((await probeJobs()).filter((job) => job.kind === 'once')).toHaveLength(1);
    expect(probeMails()).toHaveLength(0);

    await stack.setTime(stockholm('2026-12-01 09:59:56'));
    const [once] = await smtp.waitForMessages(1, (mail) => mail.subject === ONCE);
    const [scheduled] = await smtp.waitForMessages(1, (mail) => mail.subject === SCHEDULED);
    for (const mail of [once!, scheduled!]) {
      expect(mail.to).toEqual([recipient]);
      // Sent at 10:00 Stockholm time (the instance's clock), not before.
      expect(new Date(mail.headers.get('date') as Date).getTime()).toBeGreaterThanOrEqual(deadline.getTime() - 1000);
      expect(mail.text).toContain('1 december 2026 kl. 10:00');
    }

    // Each ran once, on its first attempt, and finished: nothing can run it again.
    await expectEventually(async () => {
      const jobs = await probeJobs();
      expect(jobs.map(({ kind, state, retry_count }) => ({ kind, state, retry_count }))).toEqual([
        { kind: 'once', state: 'completed', retry_count: 0 },
        { kind: 'cron', state: 'completed', retry_count: 0 },
      ]);
    }, 30_000);
    expect(probeMails().sort()).toEqual([SCHEDULED, ONCE].sort());
  });

  it('runs the schedule again at the next occurrence, once, and the one-off job not again', async () => {
    await stack.setTime(stockholm('2026-12-02 09:59:56'));
    const [, next] = await smtp.waitForMessages(2, (mail) => mail.subject === SCHEDULED);
    expect(next!.text).toContain('2 december 2026 kl. 10:00');
    await expectEventually(async () => {
      const jobs = await probeJobs();
      expect(jobs.map((job) => `${job.kind} ${job.state}`)).toEqual(['once completed', 'cron completed', 'cron completed']);
    }, 30_000);
    expect(probeMails().sort()).toEqual([SCHEDULED, SCHEDULED, ONCE].sort());
  });

  it('prunes ended, expired and idle sessions and failed-login counts once expired, every quarter hour', async () => {
    await withClient(stack.databaseUrl, (client) =>
      client.query(
        `WITH falun AS (SELECT id FROM users WHERE username = 'falun')
         INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ended_at)
         SELECT s.id, falun.id, now() - s.age, now() - s.seen, now() - s.age + interval '12 hours', now() - s.ended
           FROM falun, (VALUES
             ('prune-ended',   interval '3 days',  interval '3 days',  interval '2 days'),
             ('prune-expired', interval '2 days',  interval '25 hours', NULL),
             ('prune-idle',    interval '30 hours', interval '29 hours', NULL),
             ('keep-recent',   interval '2 hours', interval '90 minutes', NULL),
             ('keep-live',     interval '1 hour',  interval '1 minute', NULL)
           ) AS s(id, age, seen, ended);
         INSERT INTO login_failures (key, count, expires_at) VALUES
           ('user:prune-old', 3, now() - interval '2 days'), ('user:keep-fresh', 2, now() + interval '2 days');`,
      ),
    );
    await stack.setTime(stockholm('2026-12-02 10:14:56'));
    await expectEventually(async () => {
      const left = await withClient(stack.databaseUrl, async (client) => ({
        sessions: (
          await client.query<{ id: string }>(`SELECT id FROM sessions WHERE id LIKE 'prune-%' OR id LIKE 'keep-%' ORDER BY id`)
        ).rows,
        failures: (await client.query<{ key: string }>(`SELECT key FROM login_failures WHERE key LIKE 'user:%' ORDER BY key`))
          .rows,
      }));
      expect(left).toEqual({
        sessions: [{ id: 'keep-live' }, { id: 'keep-recent' }],
        failures: [{ key: 'user:keep-fresh' }],
      });
    }, 30_000);
  });
});
