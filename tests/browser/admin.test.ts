import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAxeViolations, useBrowserSuite } from '../support/browser.js';
import { Api } from '../support/api.js';

// The admin screens in a real browser: users, units and API keys of the admin's own region, and
// the audit trail for admins and analysts.

const suite = useBrowserSuite();
const server = suite.server;

async function as(username: string, password = 'demo'): Promise<{ context: BrowserContext; page: Page }> {
  const page = await suite.page(username, 'desktop', password);
  return { context: page.context(), page };
}

describe('administration', () => {
  it('an admin creates a user, who can then log in', async () => {
    const admin = await as('admin');
    try {
      await admin.page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Administration', exact: true })
        .click();
      await admin.page.waitForURL('**/admin/users');
      await admin.page.getByTestId('users-table').waitFor();

      // The shared schema answers first, in Swedish, next to the field.
      await admin.page.getByLabel('Användarnamn').fill('Inte OK');
      await admin.page.getByLabel('Lösenord', { exact: true }).fill('kort');
      await admin.page.getByRole('button', { name: 'Skapa användaren' }).click();
      await admin.page
        .locator('#new-user-username-error')
        .getByText(/Användarnamnet ska vara 2–64 tecken/)
        .waitFor();
      await admin.page.locator('#new-user-password-error').getByText('Lösenordet ska vara minst 12 tecken.').waitFor();

      await admin.page.getByLabel('Användarnamn').fill('falun-chef');
      await admin.page.getByLabel(/^Namn/).fill('Kim Karlsson');
      await admin.page.getByLabel('Roll').selectOption({ label: 'Rapportör' });
      await admin.page.getByLabel('Organisation').selectOption({ label: 'Falun' });
      await admin.page.getByLabel('Lösenord', { exact: true }).fill('ett långt lösenord');
      await admin.page.getByRole('button', { name: 'Skapa användaren' }).click();
      await admin.page.getByText('Användaren falun-chef har skapats.').waitFor();
      const row = admin.page.getByTestId('user-falun-chef');
      await row.waitFor();
      expect(await row.textContent()).toContain('Kim Karlsson');
      expect(await row.textContent()).toContain('Falun');

      // A second user with the same name is refused by the server, and said so at the field.
      await admin.page.getByLabel('Användarnamn').fill('falun-chef');
      await admin.page.getByLabel('Lösenord', { exact: true }).fill('ett annat långt lösenord');
      await admin.page.getByRole('button', { name: 'Skapa användaren' }).click();
      await admin.page.locator('#new-user-username-error').getByText('Användarnamnet är upptaget.').waitFor();

      const login = await new Api(server).login('falun-chef', 'ett långt lösenord');
      expect(login.status).toBe(200);
      expect(login.body.user.organizationCode).toBe('2080');

      // Deactivated, the account can no longer log in.
      await row.getByRole('button', { name: 'Inaktivera falun-chef' }).click();
      await admin.page
        .getByRole('alertdialog', { name: 'Inaktivera falun-chef?' })
        .getByRole('button', { name: 'Inaktivera' })
        .click();
      await row.getByText('Inaktiverad').waitFor();
      const refused = await new Api(server).login('falun-chef', 'ett långt lösenord');
      expect(refused.status).toBe(401);
    } finally {
      await admin.context.close();
    }
  });

  it('an admin issues an API key, sees it once, and revokes it', async () => {
    const admin = await as('admin');
    try {
      await admin.page.goto('/admin/tokens');
      await admin.page.getByLabel(/^Namn/).fill('Statistikexport');
      await admin.page.getByLabel('Roll').selectOption({ label: 'Analytiker' });
      // The admin chooses how long it lasts (90 days unless changed, at most a year).
      expect(await admin.page.getByLabel('Giltig i').inputValue()).toBe('90');
      await admin.page.getByLabel('Giltig i').selectOption({ label: '30 dagar' });
      await admin.page.getByRole('button', { name: 'Skapa nyckeln' }).click();
      const notice = admin.page.getByTestId('issued-token');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('Nyckeln visas bara en gång');
      const token = await notice.getByLabel('API-nyckel').inputValue();
      expect(token.length).toBeGreaterThan(20);
      await admin.page.getByTestId('token-Statistikexport').waitFor();

      const used = await Api.withToken(server, token).situation('20');
      expect(used.status).toBe(200);

      // Once dismissed, the key is gone from the page; the list never shows it.
      await notice.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
      await notice.waitFor({ state: 'detached' });
      expect(await admin.page.content()).not.toContain(token);
      await admin.page.reload();
      const row = admin.page.getByTestId('token-Statistikexport');
      await row.waitFor();
      expect(await row.textContent()).not.toContain('Aldrig');
      // Its expiry, 30 days from now, in the "Går ut" column.
      const expiresColumn = (await admin.page.getByTestId('tokens-table').locator('thead th').allTextContents()).indexOf(
        'Går ut',
      );
      expect(expiresColumn).toBeGreaterThan(0);
      const in30Days = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', timeZone: 'Europe/Stockholm' }).format(
        Date.now() + 30 * 24 * 3600 * 1000,
      );
      expect(await row.locator('th, td').nth(expiresColumn).textContent()).toContain(in30Days);

      await row.getByRole('button', { name: 'Återkalla Statistikexport' }).click();
      await admin.page
        .getByRole('alertdialog', { name: 'Återkalla ”Statistikexport”?' })
        .getByRole('button', { name: 'Återkalla' })
        .click();
      await row.getByText(/^Återkallad /).waitFor();
      const after = await Api.withToken(server, token).situation('20');
      expect(after.status).toBe(401);
    } finally {
      await admin.context.close();
    }
  });

  it('shows the server’s field errors in the user’s language (English here)', async () => {
    const admin = await as('admin');
    try {
      await admin.page.goto('/admin/users');
      await admin.page.getByRole('button', { name: 'English' }).click();
      await admin.page.getByTestId('user-admin').getByRole('button', { name: /^Edit/ }).click();
      const dialog = admin.page.getByRole('dialog', { name: 'Edit admin' });
      // Only the server knows this is the admin's own account.
      await dialog.getByLabel('Role').selectOption({ label: 'Analyst' });
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.locator('#edit-user-role-error').getByText('You cannot remove your own administrator rights.').waitFor();
    } finally {
      await admin.context.close();
    }
  });

  it('an admin adds, renames and retires a unit without losing it from the list', async () => {
    const admin = await as('admin');
    try {
      await admin.page.goto('/admin/units');
      await admin.page.getByTestId('units-table').waitFor();
      await admin.page.getByLabel('Organisation').selectOption({ label: 'Ludvika' });
      await admin.page.getByLabel('Namn', { exact: true }).fill('Korttidsenheten Nya Ludvika');
      await admin.page.getByLabel('Typ').selectOption({ label: 'Korttidsplatser' });
      await admin.page.getByRole('button', { name: 'Lägg till enheten' }).click();
      await admin.page.getByText('Enheten Korttidsenheten Nya Ludvika har lagts till.').waitFor();
      const row = admin.page.getByRole('row', { name: /Korttidsenheten Nya Ludvika/ });
      await row.getByRole('button', { name: /^Byt namn/ }).click();
      const dialog = admin.page.getByRole('dialog', { name: /^Byt namn på/ });
      await dialog.getByLabel('Nytt namn').fill('Korttidsenheten Bergslagen');
      await dialog.getByRole('button', { name: 'Spara' }).click();
      const renamed = admin.page.getByRole('row', { name: /Korttidsenheten Bergslagen/ });
      await renamed.waitFor();
      await renamed.getByRole('button', { name: /^Avveckla/ }).click();
      await admin.page
        .getByRole('alertdialog', { name: /^Avveckla/ })
        .getByRole('button', { name: 'Avveckla' })
        .click();
      await renamed.getByText(/^Avvecklad /).waitFor();
    } finally {
      await admin.context.close();
    }
  });

  it('the audit trail: searched by user, exported as CSV, for analysts too but not for chairs', async () => {
    const analyst = await as('region-dalarna');
    const chair = await as('chair-dalarna');
    try {
      await analyst.page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Granskningslogg', exact: true })
        .click();
      await analyst.page.getByTestId('audit-table').waitFor();
      await analyst.page.getByLabel('Användare').fill('chair-dalarna');
      await analyst.page.getByRole('button', { name: 'Sök', exact: true }).click();
      await analyst.page.waitForURL(/user=chair-dalarna/);
      const table = analyst.page.getByTestId('audit-table');
      await table.getByText('Inloggning').first().waitFor();
      const actors = await table.locator('tbody th').allTextContents();
      expect(actors.length).toBeGreaterThan(0);
      expect(actors.every((actor) => actor.startsWith('chair-dalarna'))).toBe(true);

      const [download] = await Promise.all([
        analyst.page.waitForEvent('download'),
        analyst.page.getByRole('link', { name: 'Ladda ner som CSV' }).click(),
      ]);
      const csv = await readFile((await download.path()) ?? '', 'utf8');
      expect(csv.split('\n')[0]).toContain('tidpunkt');
      expect(csv).toContain('chair-dalarna');
      expect(csv).not.toContain('region-dalarna,');

      expect(await chair.page.getByRole('link', { name: 'Granskningslogg' }).count()).toBe(0);
      expect(await chair.page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
      await chair.page.goto('/region/20/audit');
      await chair.page.getByText('Granskningsloggen är för regionens administratörer och analytiker.').waitFor();
      await chair.page.goto('/admin');
      await chair.page.getByText('Administrationen är bara för regionens administratörer.').waitFor();
    } finally {
      await analyst.context.close();
      await chair.context.close();
    }
  });

  it('the admin pages and the audit trail have no serious axe violation', async () => {
    const admin = await as('admin');
    try {
      for (const [name, path, ready] of [
        ['admin-users', '/admin/users', 'users-table'],
        ['admin-units', '/admin/units', 'units-table'],
        ['admin-tokens', '/admin/tokens', 'issue-token-title'],
        ['audit', '/region/20/audit', 'audit-table'],
      ] as const) {
        await admin.page.goto(path);
        await (ready === 'issue-token-title' ? admin.page.locator(`#${ready}`) : admin.page.getByTestId(ready)).waitFor();
        expect(await seriousAxeViolations(admin.page)).toEqual([]);
        await screenshot(admin.page, `${name}-desktop`);
      }
      // The dialogs too.
      await admin.page.goto('/admin/users');
      await admin.page
        .getByTestId('user-falun')
        .getByRole('button', { name: /^Ändra/ })
        .click();
      await admin.page.getByRole('dialog', { name: 'Ändra falun' }).waitFor();
      expect(await seriousAxeViolations(admin.page)).toEqual([]);
    } finally {
      await admin.context.close();
    }
  });
});
