import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { screenshot, seriousAxeViolations, useBrowserSuite } from '../support/browser.js';
import { freePort } from '../support/processes.js';
import type { ServerOptions } from '../support/server.js';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp.js';

// The inbox and "Mitt konto" in a real browser: a notice arrives live in the bell of a logged-in
// user, and a user changes their own address through the link mailed to it.

// The server mails a real SMTP server, with links to where the browser opens it (same host and
// port, so the session cookie goes along).
let smtp: SmtpTestServer;
const options: ServerOptions & { env: Record<string, string> } = { env: {} };
beforeAll(async () => {
  smtp = await startSmtpServer();
  options.port = await freePort();
  options.env.SMTP_URL = smtp.url;
  options.env.PUBLIC_URL = `http://127.0.0.1:${options.port}`;
});
afterAll(async () => {
  await smtp?.close();
});
const suite = useBrowserSuite(options);

describe('the notification bell', () => {
  it('shows a notice live, reads it in the user’s language, marks all read, and takes the user to the thing', async () => {
    const page = await suite.page('falun');
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Aviseringar, inga olästa' }).waitFor();

    // An admin, elsewhere, sets Falun's address: the bell counts it without a reload.
    const admin = await Api.loggedIn(suite.server, 'admin');
    expect((await admin.updateUser('falun', { email: 'falun.kontor@falun.example' })).status).toBe(200);
    const bell = header.getByRole('button', { name: 'Aviseringar, 1 oläst' });
    await bell.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Ny avisering.' }).count()).toBe(1);

    // By keyboard: the panel opens under the bell, Tab walks into it, Escape closes it.
    await bell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Aviseringar' });
    await panel.waitFor();
    const notice = panel.getByRole('link', {
      name: 'En administratör har ändrat din e-postadress till falun.kontor@falun.example.',
    });
    await notice.waitFor();
    expect(await panel.textContent()).toContain('Oläst');
    expect(await panel.locator('time').first().textContent()).toMatch(/^(nu|för \d+ minuter? sedan)$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-panel-desktop');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await bell.evaluate((element) => element === document.activeElement)).toBe(true);

    await bell.click();
    await panel.getByRole('button', { name: 'Markera alla som lästa' }).click();
    await header.getByRole('button', { name: 'Aviseringar, inga olästa' }).waitFor();
    expect(await panel.textContent()).not.toContain('Oläst');

    // In English the same notice reads English.
    await page.keyboard.press('Escape');
    await header.getByRole('button', { name: 'English' }).click();
    const englishBell = header.getByRole('button', { name: 'Notifications, none unread' });
    await englishBell.click();
    const englishNotice = page
      .getByRole('region', { name: 'Notifications' })
      .getByRole('link', { name: 'An administrator changed your e-mail address to falun.kontor@falun.example.' });
    await englishNotice.click();
    await page.waitForURL('**/account');
    await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
    await page.getByTestId('account-email').getByText('Your e-mail address: falun.kontor@falun.example').waitFor();
  });
});

describe('my account', () => {
  it('a user changes their address: a link is mailed to the new one, and opening it confirms it', async () => {
    const page = await suite.page('borlange');
    await page.getByRole('banner').getByRole('link', { name: 'Mitt konto' }).click();
    await page.getByRole('heading', { name: 'Mitt konto', level: 1 }).waitFor();
    await page.getByText('Din e-postadress: borlange@lagesbild.example').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The shared schema answers at the field first.
    const field = page.getByLabel('Ny e-postadress');
    await field.fill('borlange.ny');
    await page.getByRole('button', { name: 'Skicka bekräftelselänk' }).click();
    await page
      .locator('#account-email-new-error')
      .getByText('Ange en giltig e-postadress, till exempel namn@kommun.se.')
      .waitFor();

    await field.fill('vard.omsorg@borlange.example');
    await page.getByRole('button', { name: 'Skicka bekräftelselänk' }).click();
    await page
      .getByTestId('account-pending')
      .getByText(/Vi har skickat en länk till vard\.omsorg@borlange\.example/)
      .waitFor();
    // Nothing changes until the link is opened.
    await page.getByText('Din e-postadress: borlange@lagesbild.example').waitFor();

    const [mail] = await smtp.waitForMessages(1, (message) => message.to.includes('vard.omsorg@borlange.example'));
    const link = /https?:\/\/\S+/.exec(mail!.text)?.[0];
    expect(link?.startsWith(`${options.env.PUBLIC_URL}/account/confirm-email?token=`)).toBe(true);
    await page.goto(link!);
    await page.getByTestId('email-confirmed').getByText('Klart! Din e-postadress är nu vard.omsorg@borlange.example.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'email-confirmed-desktop');

    await page.getByRole('link', { name: 'Till Mitt konto' }).click();
    await page.getByText('Din e-postadress: vard.omsorg@borlange.example').waitFor();
    expect(await page.getByTestId('account-pending').textContent()).toBe('');

    // Reminders by mail off, and it stays off.
    const reminders = page.getByLabel('Skicka påminnelser till mig via e-post');
    expect(await reminders.isChecked()).toBe(true);
    await reminders.uncheck();
    await page.getByText('Inga påminnelser via e-post.').waitFor();
    await page.reload();
    await page.getByText('Din e-postadress: vard.omsorg@borlange.example').waitFor();
    expect(await page.getByLabel('Skicka påminnelser till mig via e-post').isChecked()).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'account-desktop');
  });
});
