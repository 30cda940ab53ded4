import type { Situation } from '@lagesbild/shared';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectEventually, logIn, useBrowserSuite } from '../support/browser.js';

// The entry form in a real browser, as Falun's reporter: prefilled, validated by the shared schema,
// outliers confirmed, one save. Only Falun is written to (Orsa, Älvdalen, Vansbro stay silent).

const suite = useBrowserSuite();
const server = suite.server;
let page: Page;
beforeEach(async () => {
  page = await suite.page('falun');
});

async function lunden(): Promise<Situation['organizations'][number]['units'][number]> {
  const response = await page.request.get('/api/regions/20/situation');
  expect(response.status()).toBe(200);
  const situation = (await response.json()) as Situation;
  const unit = situation.organizations.find((org) => org.code === '2080')?.units.find((u) => u.id === '2080-lunden');
  if (!unit) throw new Error('Falun has no unit 2080-lunden');
  return unit;
}

/** Every report PUT the page sends, so a test can say "nothing was saved". */
function recordPuts(target: Page): string[] {
  const puts: string[] = [];
  target.on('request', (request) => {
    if (request.method() === 'PUT' && request.url().includes('/api/units/')) puts.push(request.url());
  });
  return puts;
}

describe('entry form', () => {
  it('a reporter lands on the form, sees who is logged in, fills it in and saves', async () => {
    expect(new URL(page.url()).pathname).toBe('/report');
    await page.getByRole('heading', { level: 1, name: 'Rapportera för Falun' }).waitFor();
    await expect(page.getByTestId('header-user').textContent()).resolves.toContain('falun');
    await expect(page.getByTestId('header-region').textContent()).resolves.toBe('Region Dalarna');

    const before = await lunden();
    const occupied = page.getByLabel('Belagda platser', { exact: true });
    // Prefilled with the latest report (today's when there is one, else yesterday's).
    await expect(occupied.inputValue()).resolves.toBe(String((before.report ?? before.lastReport)?.occupied));
    const next = before.report?.occupied === 27 ? 28 : 27;
    await occupied.fill(String(next));
    await page.getByLabel('Kommentar').fill('Två patienter väntar på SÄBO.');
    await page.getByRole('radio', { name: 'Ansträngd' }).check();
    await page.getByRole('button', { name: /^Spara/ }).click();

    await page.getByText(/^Sparat kl\. \d\d:\d\d$/).waitFor();
    const after = await lunden();
    expect(after.report).toMatchObject({
      occupied: next,
      staffing: 'strained',
      comment: 'Två patienter väntar på SÄBO.',
      updatedBy: 'falun',
    });
  });

  it('a bad value shows the Swedish message next to the field and saves nothing', async () => {
    const before = await lunden();
    const puts = recordPuts(page);
    const occupied = page.getByLabel('Belagda platser', { exact: true });
    await occupied.fill('-3');
    await page.getByLabel('Disponibla platser').fill('');
    await page.getByRole('button', { name: /^Spara/ }).click();

    const message = page.locator('#u-2080-lunden-occupied-error');
    await message.waitFor();
    expect(await message.textContent()).toContain('Ange ett heltal, 0 eller större.');
    expect(await page.locator('#u-2080-lunden-capacity-error').textContent()).toContain('Fältet måste fyllas i.');
    expect(await occupied.getAttribute('aria-invalid')).toBe('true');
    // Focus moves to the error summary, whose links lead to each field.
    await expectEventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary'),
    );
    await page.getByRole('link', { name: /Belagda platser: Ange ett heltal/ }).click();
    await expectEventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('u-2080-lunden-occupied'),
    );
    await expect(page.getByTestId('save-status').textContent()).resolves.toBe('Inget har sparats. Rätta felen ovan.');

    expect(puts).toEqual([]);
    expect((await lunden()).report?.version).toBe(before.report?.version);
  });

  it('a figure far outside the unit’s recent range asks for confirmation before saving', async () => {
    const puts = recordPuts(page);
    await page.getByLabel('Belagda platser', { exact: true }).fill('140');
    await page.getByRole('button', { name: /^Spara/ }).click();

    const dialog = page.getByRole('alertdialog', { name: 'Stämmer siffrorna?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/Belagda platser: 140 \(senaste två veckorna \d+–\d+\)/);
    expect(puts).toEqual([]);

    // "No" goes back to the doubtful figure…
    await dialog.getByRole('button', { name: 'Nej, jag ändrar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectEventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('u-2080-lunden-occupied'),
    );
    expect(puts).toEqual([]);

    // …"yes" saves it as typed.
    await page.getByRole('button', { name: /^Spara/ }).click();
    await dialog.getByRole('button', { name: 'Ja, spara ändå' }).click();
    await page.getByText(/^Sparat kl\. \d\d:\d\d$/).waitFor();
    expect(puts).toHaveLength(1);
    expect((await lunden()).report?.occupied).toBe(140);
  });

  it('each of Borlänge’s two units is checked against its own recent reports before saving', async () => {
    const own = await suite.context();
    try {
      const borlange = await own.newPage();
      await logIn(borlange, 'borlange');
      const puts = recordPuts(borlange);
      const angen = borlange.getByRole('group', { name: /Ängen/ });
      const kvarnsveden = borlange.getByRole('group', { name: /Kvarnsveden/ });
      await kvarnsveden.getByLabel('Belagda platser', { exact: true }).fill('140');
      await borlange.getByRole('button', { name: /^Spara/ }).click();

      const dialog = borlange.getByRole('alertdialog', { name: 'Stämmer siffrorna?' });
      await dialog.waitFor();
      const questions = dialog.getByTestId('outlier-question');
      expect(await questions.count()).toBe(1);
      expect(await questions.textContent()).toMatch(/Kvarnsveden.*Belagda platser: 140/);
      expect(puts).toEqual([]);
      await dialog.getByRole('button', { name: 'Nej, jag ändrar' }).click();
      expect(await angen.getByLabel('Belagda platser', { exact: true }).inputValue()).not.toBe('140');
    } finally {
      await own.close();
    }
  });

  it('a session that runs out while the form is half filled loses nothing: after logging in again the figures are back', async () => {
    const before = await lunden();
    const next = before.report?.occupied === 27 ? 28 : 27;
    await page.getByLabel('Belagda platser', { exact: true }).fill(String(next));
    await page.getByLabel('Kommentar').fill('Skrivet före kaffet.');

    // The manager is called away; 31 idle minutes later the server has let the session go.
    const database = new pg.Client({ connectionString: server.databaseUrl });
    await database.connect();
    try {
      await database.query(
        `UPDATE sessions SET last_seen_at = now() - interval '31 minutes'
          WHERE user_id = (SELECT id FROM users WHERE username = 'falun') AND ended_at IS NULL`,
      );
    } finally {
      await database.end();
    }
    await page.reload();
    await page.waitForURL((url) => url.pathname === '/login');

    await logIn(page, 'falun');
    const notice = page.getByTestId('draft-restored');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Det här är siffrorna du skrev in men inte hann spara.');
    await expect(page.getByLabel('Belagda platser', { exact: true }).inputValue()).resolves.toBe(String(next));
    await expect(page.getByLabel('Kommentar').inputValue()).resolves.toBe('Skrivet före kaffet.');
    await page.getByRole('button', { name: /^Spara/ }).click();
    await page.getByText(/^Sparat kl\. \d\d:\d\d$/).waitFor();
    expect((await lunden()).report).toMatchObject({ occupied: next, comment: 'Skrivet före kaffet.', updatedBy: 'falun' });
    expect(await notice.count()).toBe(0);
  });

  it('logging out on purpose keeps no unsaved figures for the next person at the screen', async () => {
    await page.getByLabel('Kommentar').fill('Inte sparat.');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await logIn(page, 'falun');
    await page.getByRole('heading', { level: 1, name: 'Rapportera för Falun' }).waitFor();
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await page.getByLabel('Kommentar').inputValue()).not.toBe('Inte sparat.');
  });
});
