import type { Situation } from '@lagesbild/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { expectEventually } from '../support/browser.js';
import { startTimedStack, stockholm, withClient, type TimedStack } from '../support/clock.js';
import { startSmtpServer, type ReceivedMail, type SmtpTestServer } from '../support/smtp.js';

const DATE = '2026-12-01';
const isReminder = (mail: ReceivedMail) => mail.subject.includes('har inte rapporterat');
const isAgain = (mail: ReceivedMail) => mail.subject.includes('påminnelse igen');
const isDigest = (mail: ReceivedMail) => mail.subject.includes('saknar rapport efter');
const recipients = (mails: readonly ReceivedMail[]) => mails.flatMap((mail) => mail.to).sort();

// Two server instances on one database and a real SMTP server, on a fake clock that starts before
// the 10:00 deadline of 1 December 2026. The demo leaves Orsa, Älvdalen, Vansbro and Hedemora
// (Dalarna) and Olofström (Blekinge) unreported today; each municipality has one reporter, whose
// demo address is <username>@lagesbild.example.
describe('reminders at the reporting deadline, two instances, real SMTP', () => {
  let smtp: SmtpTestServer;
  let stack: TimedStack;
  let overdue: Situation['reporting']['overdue'];
  let reporters: Map<string, string>;
  let falunUnits: string[];
  const falunVersions = new Map<string, number>();

  const reportersOf = (codes: readonly string[]) =>
    withClient(stack.databaseUrl, async (client) => {
      const rows = await client.query<{ username: string; organization_code: string }>(
        `SELECT username, organization_code FROM users WHERE role = 'reporter' AND organization_code = ANY($1) AND active`,
        [codes],
      );
      return new Map(rows.rows.map((row) => [row.organization_code, row.username]));
    });
  const address = (username: string) => `${username}@lagesbild.example`;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    stack = await startTimedStack({
      at: stockholm(`${DATE} 09:50`),
      instances: 2,
      server: { env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lagesbild.example' } },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await smtp?.close();
  });

  it('mails each overdue reporter exactly once at 10:00, with what is missing and a link to the entry form, and notifies them in the app', async () => {
    // A reporter without mail reminders: notified in the app, never mailed.
    await withClient(stack.databaseUrl, (client) =>
      client.query(`UPDATE users SET email_reminders = false WHERE username = 'vansbro'`),
    );
    const chair = await Api.loggedIn(stack.servers[0]!, 'chair-dalarna');
    const before = (await chair.situation('20')).body;
    expect(before.reporting).toMatchObject({ deadline: null, overdue: [] });
    // Falun saves its figures before the deadline (and confirms them unchanged in the afternoon, below).
    falunUnits = before.organizations.find((org) => org.code === '2080')!.units.map((unit) => unit.id);
    const falun = await Api.loggedIn(stack.servers[0]!, 'falun');
    for (const unit of falunUnits) {
      const saved = await falun.putReport(unit, DATE, reportBody());
      expect(saved.status).toBe(200);
      falunVersions.set(unit, saved.body.version);
    }
    expect(smtp.messages).toHaveLength(0);

    await stack.setTime(stockholm(`${DATE} 09:59:56`));
    // The chair sees who is missing without asking: the situation says so once the deadline passed.
    await expectEventually(async () => {
      const situation = (await chair.situation('20')).body;
      expect(situation.reporting.deadline).toBe('10:00');
      overdue = situation.reporting.overdue;
    }, 30_000);
    const names = overdue.map((org) => org.name);
    expect(names).toEqual(expect.arrayContaining(['Orsa', 'Hedemora', 'Älvdalen', 'Vansbro']));
    const blekinge = (await Api.loggedIn(stack.servers[1]!, 'chair-blekinge').then((api) => api.situation('10'))).body;
    reporters = await reportersOf([...overdue, ...blekinge.reporting.overdue].map((org) => org.code));
    const mailed = [...reporters.values()]
      .filter((username) => username !== 'vansbro')
      .map(address)
      .sort();
    expect(mailed).toContain('orsa@lagesbild.example');
    expect(mailed).toContain('hedemora@lagesbild.example');

    const mails = await smtp.waitForMessages(mailed.length, isReminder);
    expect(recipients(mails)).toEqual(mailed);
    const orsa = mails.find((mail) => mail.to.includes('orsa@lagesbild.example'))!;
    expect(orsa.subject).toBe('Lägesbild: Orsa har inte rapporterat');
    expect(orsa.text).toContain('till tidsgränsen 10:00');
    expect(orsa.text).toContain('https://lagesbild.example/report');
    for (const unit of overdue.find((org) => org.name === 'Orsa')!.missing) expect(orsa.text).toContain(`- ${unit.name}`);
    expect(new Date(orsa.headers.get('date') as Date).getTime()).toBeGreaterThanOrEqual(
      stockholm(`${DATE} 10:00`).getTime() - 1000,
    );

    // In the app too, Vansbro included, linking to the entry form.
    for (const username of ['orsa', 'vansbro']) {
      const inbox = (await (await Api.loggedIn(stack.servers[1]!, username)).notifications()).body;
      expect(inbox.items.filter((notice) => notice.kind === 'reporting.reminder')).toEqual([
        expect.objectContaining({ link: '/report', params: expect.objectContaining({ deadline: '10:00', date: DATE }) }),
      ]);
    }
    // Every reminder logged, with how the mail went.
    await expectEventually(async () => {
      const log = (await chair.reminders('20', DATE)).body;
      const byUser = Object.fromEntries(
        log.filter((entry) => entry.kind === 'reminder').map((entry) => [entry.username, entry.mail]),
      );
      expect(byUser).toMatchObject({ orsa: 'sent', hedemora: 'sent', vansbro: 'opted-out' });
    }, 30_000);
  });

  it('half an hour later the chair and the analysts get one digest of who is still missing; in stabsläge the missing are reminded again, not those who reported', async () => {
    const chair = await Api.loggedIn(stack.servers[0]!, 'chair-dalarna');
    const hedemora = await Api.loggedIn(stack.servers[1]!, 'hedemora');
    await stack.setTime(stockholm(`${DATE} 10:10`));
    // Hedemora reports every unit; the chair declares stabsläge (overdue units are pushed harder).
    for (const unit of overdue.find((org) => org.name === 'Hedemora')!.missing) {
      expect((await hedemora.putReport(unit.id, DATE, reportBody())).status).toBe(200);
    }
    const declared = await chair.declareLevel('20', '20', {
      level: 'staff',
      reason: 'Överbeläggningar, ca 20 vårdplatser saknas.',
    });
    expect(declared.status).toBe(200);
    const reminded = smtp.messages.filter(isReminder).length;

    await stack.setTime(stockholm(`${DATE} 10:29:56`));
    const digests = await smtp.waitForMessages(2, (mail) => isDigest(mail) && mail.subject.includes('Dalarna'));
    const dalarna = digests.filter((mail) => mail.subject.includes('Dalarna'));
    const digestTo = recipients(dalarna);
    const stillMissing = overdue.filter((org) => org.name !== 'Hedemora');
    expect(dalarna[0]!.text).toContain('- Orsa');
    expect(dalarna[0]!.text).not.toContain('Hedemora');
    expect(dalarna[0]!.text).toContain('https://lagesbild.example/region/20');
    const again = await smtp.waitForMessages(stillMissing.length - 1, isAgain); // Vansbro mails no reminders
    expect(recipients(again)).toEqual(
      stillMissing
        .map((org) => reporters.get(org.code)!)
        .filter((username) => username !== 'vansbro')
        .map(address)
        .sort(),
    );
    expect(recipients(again)).not.toContain('hedemora@lagesbild.example');

    // The chair and the analyst, once each; nothing doubled by the second instance or a retry.
    await expectEventually(async () => {
      const log = (await chair.reminders('20', DATE)).body.filter((entry) => entry.kind === 'digest');
      expect(log.map((entry) => `${entry.username} ${entry.mail}`).sort()).toEqual(['chair-dalarna sent', 'region-dalarna sent']);
    }, 30_000);
    expect(digestTo).toEqual(['chair-dalarna@lagesbild.example', 'region-dalarna@lagesbild.example']);
    expect(smtp.messages.filter((mail) => isDigest(mail) && mail.subject.includes('Dalarna'))).toHaveLength(2);
    expect(smtp.messages.filter((mail) => isReminder(mail) && !isAgain(mail))).toHaveLength(reminded);
    const chairInbox = (await chair.notifications()).body.items.filter((notice) => notice.kind === 'reporting.digest');
    expect(chairInbox).toHaveLength(1);
  });

  it('in stabsläge a second deadline at 15:00 asks for figures saved or confirmed unchanged since 10:00, and reminds those without', async () => {
    await stack.setTime(stockholm(`${DATE} 14:00`));
    const falun = await Api.loggedIn(stack.servers[1]!, 'falun');
    // The same figures again: no new version, but they count as confirmed for the 15:00 deadline.
    for (const unit of falunUnits) {
      const again = await falun.putReport(unit, DATE, reportBody());
      expect(again.status).toBe(200);
      expect(again.body.version).toBe(falunVersions.get(unit));
    }
    const before = smtp.messages.length;
    await stack.setTime(stockholm(`${DATE} 14:59:56`));
    const chair = await Api.loggedIn(stack.servers[0]!, 'chair-dalarna');
    await expectEventually(async () => {
      expect((await chair.situation('20')).body.reporting.deadline).toBe('15:00');
    }, 30_000);
    const situation = (await chair.situation('20')).body;
    const names = situation.reporting.overdue.map((org) => org.name);
    expect(names).not.toContain('Falun');
    // Borlänge reported this morning only: overdue for 15:00, and reminded.
    expect(names).toContain('Borlänge');
    const [borlange] = await smtp.waitForMessages(
      1,
      (mail) => mail.to.includes('borlange@lagesbild.example') && mail.text.includes('15:00'),
    );
    expect(borlange!.subject).toBe('Lägesbild: Borlänge har inte rapporterat');
    expect(smtp.messages.slice(before).flatMap((mail) => mail.to)).not.toContain('falun@lagesbild.example');
  });
});
