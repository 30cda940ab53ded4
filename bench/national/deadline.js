// The deadline run at national scale: every region's reporting deadline passes at once with every
// unit in the country overdue (290 municipalities and the hospitals), and the server's deadline
// jobs find who is overdue and enqueue the reminders (in-app notices, the reminder log, one mail
// job per reporter with an address). Measured: from the 21 deadline jobs sent until the last has
// finished, and until every mail has reached the SMTP server.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { SMTPServer } from 'smtp-server';
import { DEFAULT_ESCALATION_SETTINGS, reportingDay } from '@lagesbild/shared';

const stockholmTime = (at) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    at,
  );

/** A local SMTP server that accepts and counts mail (the bench reads no content). */
export async function startSmtpSink() {
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        messages.push(session.envelope.rcptTo.map((to) => to.address));
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    messages,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const waitFor = async (check, what, timeoutMs = 600_000) => {
  const giveUp = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (performance.now() > giveUp) throw new Error(`deadline bench: ${what} did not happen`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Runs the deadline for every region against the bench database; leaves no reminder state behind. */
export async function deadlineRun({ databaseUrl, passwordHash, smtp }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', supervise: false, schedule: false, migrate: false });
  await boss.start();
  const today = reportingDay();
  let shifted = false;
  try {
    // One reporter with an address per municipality (kept: harmless to the other benchmarks).
    await client.query(
      `INSERT INTO users (username, password_hash, role, organization_code, email)
       SELECT 'bench-reporter-' || code, $1, 'reporter', code, 'bench-reporter-' || code || '@lagesbild.example'
         FROM organizations WHERE kind = 'municipality'
       ON CONFLICT (username) DO UPDATE SET email = EXCLUDED.email, email_reminders = true`,
      [passwordHash],
    );
    // Two deadlines that have just passed, and today's figures (generated for 08:30) moved a day
    // earlier for the run: every unit is overdue, whatever the time of day.
    await client.query(`UPDATE reports SET updated_at = updated_at - interval '1 day' WHERE date = $1`, [today]);
    shifted = true;
    const now = Date.now();
    const deadlines = [stockholmTime(new Date(now - 120_000)), stockholmTime(new Date(now - 60_000))];
    if (deadlines[0] >= deadlines[1]) throw new Error('deadline bench: run it later than 00:02');
    const settings = {
      ...DEFAULT_ESCALATION_SETTINGS,
      deadlines: { ...DEFAULT_ESCALATION_SETTINGS.deadlines, normal: deadlines },
    };
    await client.query(
      `INSERT INTO escalation_settings (region_code, settings, version, updated_at, updated_by)
       SELECT code, $1, 1, now(), 'bench' FROM regions
       ON CONFLICT (region_code) DO UPDATE SET settings = EXCLUDED.settings`,
      [JSON.stringify(settings)],
    );
    const regions = (await client.query('SELECT code FROM regions ORDER BY code')).rows.map((row) => row.code);
    const mailsBefore = smtp.messages.length;

    const started = performance.now();
    const ids = [];
    for (const regionCode of regions) ids.push(await boss.send('escalation.deadline', { regionCode }));
    await waitFor(async () => {
      const { rows } = await client.query(
        `SELECT count(*)::int AS done FROM pgboss.job WHERE name = 'escalation.deadline' AND id = ANY($1) AND state = 'completed'`,
        [ids],
      );
      return rows[0].done === ids.length;
    }, 'the deadline jobs');
    const jobsMs = performance.now() - started;
    const logged = (
      await client.query(
        `SELECT count(*)::int AS reminders, count(*) FILTER (WHERE mail <> 'no-address')::int AS mailed
           FROM reminder_log WHERE reporting_day = $1 AND deadline = $2 AND kind = 'reminder'`,
        [today, deadlines[1]],
      )
    ).rows[0];
    const overdueOrganizations = (
      await client.query(
        `SELECT count(DISTINCT o)::int AS n FROM reminder_log, unnest(organizations) AS o WHERE reporting_day = $1 AND deadline = $2`,
        [today, deadlines[1]],
      )
    ).rows[0].n;
    await waitFor(async () => smtp.messages.length - mailsBefore >= logged.mailed, 'the reminder mails');
    const mailsMs = performance.now() - started;
    return {
      regions: regions.length,
      overdueOrganizations,
      reminders: logged.reminders,
      mails: smtp.messages.length - mailsBefore,
      deadlineJobsMs: Math.round(jobsMs),
      allMailsSentMs: Math.round(mailsMs),
    };
  } finally {
    // Nothing of this run is left for the next: figures and settings back, no digest waiting.
    if (shifted) await client.query(`UPDATE reports SET updated_at = updated_at + interval '1 day' WHERE date = $1`, [today]);
    await client.query(`DELETE FROM escalation_settings WHERE updated_by = 'bench'`);
    await client.query(`DELETE FROM reminder_log WHERE reporting_day = $1`, [today]);
    await client.query(
      `DELETE FROM pgboss.job WHERE name IN ('escalation.digest', 'escalation.reminder-mail') AND state = 'created'`,
    );
    await boss.stop({ graceful: false });
    await client.end();
  }
}
