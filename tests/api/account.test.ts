import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, type ApiResponse } from '../support/api.js';
import { withClient } from '../support/clock.js';
import { FileServer } from '../support/server.js';
import { startSmtpServer, type ReceivedMail, type SmtpTestServer } from '../support/smtp.js';

// Users' e-mail addresses (issue 14): set by an admin, or changed by the user through a link mailed
// to the new address and opened while logged in as that user; and the user's own choice of
// reminders by mail.

const PUBLIC_URL = 'https://lagesbild.region.example';
const server = new FileServer();
let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  await server.start({ env: { SMTP_URL: smtp.url, PUBLIC_URL } });
});
afterAll(async () => {
  await server.stopIfStarted();
  await smtp?.close();
});

const unique = () => randomBytes(4).toString('hex');

function ok<T>(response: ApiResponse<T>): T {
  if (response.status >= 300) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A new reporter of Mora, logged in, with no address. */
async function newUser(): Promise<Api & { username: string }> {
  const admin = await Api.loggedIn(server, 'admin');
  const username = `u-${unique()}`;
  ok(await admin.createUser({ username, role: 'reporter', organizationCode: '2062', password: 'a long enough password' }));
  return Object.assign(await Api.loggedIn(server, username, 'a long enough password'), { username });
}

/** The confirmation link in the (latest) mail to `address`, and the token in it. */
async function mailedLink(address: string, count = 1): Promise<{ mail: ReceivedMail; link: string; token: string }> {
  const mails = await smtp.waitForMessages(count, (message) => message.to.includes(address));
  const mail = mails.at(-1)!;
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no link in: ${mail.text}`);
  return { mail, link, token: new URL(link).searchParams.get('token') ?? '' };
}

describe('my account', () => {
  it('shows my address (demo users have <username>@lagesbild.example) and my reminder choice, which I change', async () => {
    const falun = await Api.loggedIn(server, 'falun');
    expect(ok(await falun.account())).toEqual({
      username: 'falun',
      displayName: null,
      role: 'reporter',
      organizationCode: '2080',
      regionCode: '20',
      email: 'falun@lagesbild.example',
      emailReminders: true,
      pendingEmail: null,
      mailEnabled: true,
    });
    expect(ok(await falun.updateAccount({ emailReminders: false })).emailReminders).toBe(false);
    expect(ok(await falun.account()).emailReminders).toBe(false);
    expect(ok(await falun.updateAccount({ emailReminders: true })).emailReminders).toBe(true);
    const audit = ok(await (await Api.loggedIn(server, 'admin')).audit('20', { user: 'falun' }));
    expect(audit.some((record) => record.action === 'account.settings')).toBe(true);
  });

  it('refuses bad input with a 400 naming the field, in Swedish, and stores nothing', async () => {
    const user = await newUser();
    const cases: [Promise<ApiResponse<unknown>>, string, string][] = [
      [user.requestEmailChange('inte en adress'), 'email', 'validation.email'],
      [user.requestEmailChange(`${'a'.repeat(250)}@x.se`), 'email', 'validation.email'],
      [user.request('POST', '/api/account/email', {}), 'email', 'validation.email'],
      [user.request('POST', '/api/account/email', { email: 'a@b.se', cc: 'c@d.se' }), 'cc', 'validation.unknownField'],
      [user.request('PATCH', '/api/account', { emailReminders: 'nej' }), 'emailReminders', 'validation.invalid'],
      [user.request('PATCH', '/api/account', { email: 'a@b.se' }), 'email', 'validation.unknownField'],
      [user.confirmEmail(''), 'token', 'validation.emailToken'],
      [user.confirmEmail('x'.repeat(201)), 'token', 'validation.emailToken'],
    ];
    for (const [call, field, code] of cases) {
      const response = await call;
      expect(response.status, field).toBe(400);
      expect(response.error?.codes?.[field], JSON.stringify(response.body)).toEqual([code]);
    }
    const invalid = await user.requestEmailChange('namn@');
    expect(invalid.error?.errors?.email).toEqual(['Ange en giltig e-postadress, till exempel namn@kommun.se.']);
    expect(ok(await user.account())).toMatchObject({ email: null, pendingEmail: null, emailReminders: true });
  });

  it('an API token has no account', async () => {
    const admin = await Api.loggedIn(server, 'admin');
    const issued = ok(await admin.issueToken({ name: `t-${unique()}`, organizationCode: '2080', role: 'reporter' }));
    const token = Api.withToken(server, issued.token);
    expect((await token.account()).status).toBe(403);
    expect((await token.requestEmailChange('a@b.se')).status).toBe(403);
  });
});

describe('changing my own address', () => {
  it('mails a link to the new address; the address changes only when I open it logged in as me', async () => {
    const user = await newUser();
    const borlange = await Api.loggedIn(server, 'borlange');
    const address = `${user.username}@mora.example`;

    const asked = await user.requestEmailChange(`  ${address} `);
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ email: null, pendingEmail: { email: address, expiresAt: expect.any(String) } });
    const expiresIn = Date.parse(asked.body.pendingEmail!.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(23.9 * 3600_000);
    expect(expiresIn).toBeLessThanOrEqual(24 * 3600_000);

    const { mail, link, token } = await mailedLink(address);
    expect(mail.subject).toBe('Lägesbild: bekräfta din nya e-postadress');
    expect(mail.text).toContain(`Öppna länken medan du är inloggad som ${user.username}`);
    expect(link.startsWith(`${PUBLIC_URL}/account/confirm-email?token=`)).toBe(true);
    // Only the token's hash is stored.
    const stored = await withClient(
      server.databaseUrl!,
      async (client) =>
        (await client.query<{ token_hash: string }>('SELECT token_hash FROM email_changes WHERE email = $1', [address])).rows,
    );
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    expect(ok(await user.account()).email).toBeNull();

    // Someone else opening the link changes nothing, for anyone.
    const other = await borlange.confirmEmail(token);
    expect(other.status).toBe(400);
    expect(other.error?.codes?.token).toEqual(['validation.emailToken']);
    expect(ok(await borlange.account()).email).toBe('borlange@lagesbild.example');

    const confirmed = await user.confirmEmail(token);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ email: address, pendingEmail: null });
    expect((await user.confirmEmail(token)).status).toBe(400);
    const audit = ok(await (await Api.loggedIn(server, 'admin')).audit('20', { user: user.username }));
    expect(audit.find((record) => record.action === 'account.email.confirm')).toMatchObject({
      before: { email: null },
      after: { email: address },
    });
  });

  it('a newer request, an address set by an admin, or 24 hours make a link void', async () => {
    const user = await newUser();
    const admin = await Api.loggedIn(server, 'admin');
    const first = `${user.username}.1@mora.example`;
    const second = `${user.username}.2@mora.example`;
    ok(await user.requestEmailChange(first));
    const firstLink = await mailedLink(first);
    ok(await user.requestEmailChange(second));
    const secondLink = await mailedLink(second);
    expect((await user.confirmEmail(firstLink.token)).status).toBe(400);

    ok(await admin.updateUser(user.username, { email: `${user.username}@admin.example` }));
    expect((await user.confirmEmail(secondLink.token)).status).toBe(400);
    expect(ok(await user.account())).toMatchObject({ email: `${user.username}@admin.example`, pendingEmail: null });

    const third = `${user.username}.3@mora.example`;
    ok(await user.requestEmailChange(third));
    const thirdLink = await mailedLink(third);
    await withClient(server.databaseUrl!, (client) =>
      client.query(`UPDATE email_changes SET expires_at = now() - interval '1 second' WHERE email = $1`, [third]),
    );
    expect((await user.confirmEmail(thirdLink.token)).status).toBe(400);
    expect(ok(await user.account())).toMatchObject({ email: `${user.username}@admin.example`, pendingEmail: null });
  });

  it('the same link opened in two tabs at once confirms once', async () => {
    for (let round = 0; round < 3; round += 1) {
      const user = await newUser();
      const address = `${user.username}@mora.example`;
      ok(await user.requestEmailChange(address));
      const { token } = await mailedLink(address);
      const answers = await Promise.all(Array.from({ length: 6 }, () => user.confirmEmail(token)));
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400, 400, 400, 400, 400]);
      expect(ok(await user.account()).email).toBe(address);
    }
  });

  it('refuses my current address, and more than five requests an hour (429 with Retry-After)', async () => {
    const user = await newUser();
    const admin = await Api.loggedIn(server, 'admin');
    ok(await admin.updateUser(user.username, { email: `${user.username}@mora.example` }));
    const same = await user.requestEmailChange(`${user.username.toUpperCase()}@mora.example`);
    expect(same.status).toBe(400);
    expect(same.error?.codes?.email).toEqual(['validation.sameEmail']);

    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) => user.requestEmailChange(`${user.username}.${index}@mora.example`)),
    );
    expect(answers.filter((answer) => answer.status === 202)).toHaveLength(5);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(3);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(3500);
  });
});

describe('an admin sets addresses', () => {
  it('when creating and changing a user, refusing one that is not an address, with nothing stored', async () => {
    const admin = await Api.loggedIn(server, 'admin');
    const username = `u-${unique()}`;
    const bad = await admin.createUser({
      username,
      role: 'reporter',
      organizationCode: '2062',
      password: 'a long enough password',
      email: 'kim(at)mora.example',
    });
    expect(bad.status).toBe(400);
    expect(bad.error?.codes).toEqual({ email: ['validation.email'] });
    expect(ok(await admin.users()).some((user) => user.username === username)).toBe(false);

    const created = ok(
      await admin.createUser({
        username,
        role: 'reporter',
        organizationCode: '2062',
        password: 'a long enough password',
        email: 'kim@mora.example',
      }),
    );
    expect(created.email).toBe('kim@mora.example');
    const refused = await admin.updateUser(username, { email: 'kim@', displayName: 'Kim' });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.error!.codes!)).toEqual(['email']);
    expect(ok(await admin.users()).find((user) => user.username === username)).toMatchObject({
      email: 'kim@mora.example',
      displayName: null,
    });
    expect(ok(await admin.updateUser(username, { email: null })).email).toBeNull();
    // Another region's user is out of reach.
    expect((await admin.updateUser('solvesborg', { email: 'x@solvesborg.example' })).status).toBe(403);
  });
});
