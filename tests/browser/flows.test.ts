import type { FlowsResponse } from '@lagesbild/shared';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { today } from '../support/dates.js';
import { expectEventually, logIn, useBrowserSuite } from '../support/browser.js';

// The region analyst enters today's flows per municipality in the browser, and everyone sees them.
// Only Falun, Borlänge and Säter rows are written here (Orsa, Älvdalen, Vansbro stay silent).

const suite = useBrowserSuite();
let page: Page;
beforeEach(async () => {
  page = await suite.page('region-dalarna');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Flöden', exact: true }).click();
  await page.getByTestId('flows-row-2080').waitFor();
});

const cell = (target: Page, municipality: string, column: string) =>
  target.getByTestId(`flows-row-${municipality}`).getByLabel(new RegExp(column));

async function todaysFlows(): Promise<FlowsResponse['rows']> {
  const situation = await page.request.get('/api/regions/20/situation');
  const body = (await situation.json()) as { organizations: { code: string; flows: FlowsResponse['rows'][number] | null }[] };
  return body.organizations.flatMap((org) => (org.flows ? [org.flows] : []));
}

describe('flows per municipality', () => {
  it('the analyst saves Falun’s ready-for-discharge and a chair’s overview shows it without reload', async () => {
    const chairContext = await suite.context();
    try {
      const chair = await chairContext.newPage();
      await logIn(chair, 'chair-dalarna');
      const falunReady = chair.getByTestId('row-2080').getByTestId('cell-ready');
      await falunReady.waitFor();

      // Fifteen municipalities, each labelled by its row and column for screen readers.
      expect(await page.locator('tbody tr').count()).toBe(15);
      const ready = cell(page, '2080', 'Utskrivningsklara');
      expect(await ready.getAttribute('aria-labelledby')).toBe('flows-row-2080 flows-col-readyForDischarge');
      const next = (await ready.inputValue()) === '17' ? '18' : '17';
      await ready.fill(next);
      await page.getByRole('button', { name: 'Spara flödena' }).click();
      await page.getByText(/^Sparat kl\. \d\d:\d\d$/).waitFor();

      const falun = (await todaysFlows()).find((row) => row.municipalityCode === '2080');
      expect(falun).toMatchObject({ readyForDischarge: Number(next), updatedBy: 'region-dalarna', date: today() });
      await expectEventually(async () => expect(await falunReady.textContent()).toBe(next));
      await expect(page.getByTestId('flows-row-2080').textContent()).resolves.toMatch(
        /Sparat i dag \d\d:\d\d \(region-dalarna\)/,
      );
    } finally {
      await chairContext.close();
    }
  });

  it('a bad figure gets the Swedish message in its cell and nothing is saved', async () => {
    const puts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') puts.push(request.url());
    });
    const admissions = cell(page, '2081', 'Inskrivna');
    await admissions.fill('-2');
    await page.getByRole('button', { name: 'Spara flödena' }).click();

    await page.locator('#flow-2081-admissions-error').waitFor();
    expect(await page.locator('#flow-2081-admissions-error').textContent()).toContain('Ange ett heltal, 0 eller större.');
    expect(await admissions.getAttribute('aria-invalid')).toBe('true');
    await expect(page.getByTestId('save-status').textContent()).resolves.toBe('Inget har sparats. Rätta de markerade rutorna.');
    // Focus goes to the figure to correct.
    await expectEventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('flow-2081-admissions'),
    );
    expect(puts).toEqual([]);
  });

  it('cells pasted from a spreadsheet fill rightwards and downwards, and are saved as typed', async () => {
    // One spreadsheet row of seven cells, pasted into Säter's first box.
    const first = cell(page, '2082', 'Inneliggande');
    await first.focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '12\t3\t1\t1\t0\t0\t2\r\n');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await expectEventually(async () => expect(await cell(page, '2082', 'Utskrivningsklara').inputValue()).toBe('2'));
    expect(await first.inputValue()).toBe('12');
    expect(await cell(page, '2082', 'Inskrivna').inputValue()).toBe('3');
    await page.getByRole('button', { name: 'Spara flödena' }).click();
    await page.getByText(/^Sparat kl\. \d\d:\d\d$/).waitFor();
    const sater = (await todaysFlows()).find((row) => row.municipalityCode === '2082');
    expect(sater).toMatchObject({
      inpatients: 12,
      admissions: 3,
      dischargesHome: 1,
      dischargesShortTerm: 1,
      readyForDischarge: 2,
    });
  });
});
