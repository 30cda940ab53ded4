import { describe, expect, it } from 'vitest';
import { expectEventually, screenshot, seriousAxeViolations, useBrowserSuite } from '../support/browser.js';

// Holiday planning in a real browser: Mora fills in its staffing for the coming jul och nyår in
// its grid, and the region's view of the county's plan shows it without a reload. The demo leaves
// Mora unplanned for exactly this.

const suite = useBrowserSuite();

describe('holiday planning', () => {
  // Longer than the default: axe over a page of three period-wide tables takes about 20 s on two shared cores.
  it('Mora enters its staffing for julafton and the region’s county plan shows it live', async () => {
    const region = await suite.page('region-dalarna');
    await region.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Helger', exact: true }).click();
    await region.getByRole('heading', { name: 'Helgplanering', level: 1 }).waitFor();
    const moraInCounty = region.getByTestId('county-plan-2062');
    await moraInCounty.waitFor();
    // Mora's cell under julafton's column (the column is headed by the day and its name).
    const headings = await region.getByTestId('county-plan').getByRole('columnheader').allTextContents();
    const column = headings.findIndex((heading) => heading.includes('Julafton'));
    expect(column).toBeGreaterThan(0);
    const julafton = (row: typeof moraInCounty) => row.getByRole('cell').nth(column - 1);
    // The region reads every municipality's plan and edits none; it may download the county's plan.
    expect(await region.getByTestId('plan-grid').count()).toBe(0);
    await region.getByTestId('plan-export').waitFor();
    expect(await julafton(moraInCounty).textContent()).toContain('Ej planerad');

    const mora = await suite.page('mora');
    await mora.goto('/region/20/holidays');
    const grid = mora.getByTestId('plan-grid');
    await grid.getByRole('table', { name: 'Moras bemanning per dag' }).waitFor();
    const day = grid.getByRole('row').filter({ hasText: 'Julafton' });
    const caseworkers = day.getByRole('textbox', { name: /^Biståndshandläggare i tjänst/ });
    const phone = day.getByRole('textbox', { name: /^Telefon/ });

    // A phone number that is none is refused before anything is sent, and focus goes to it.
    await caseworkers.fill('2');
    await day.getByRole('combobox', { name: /^Trygg hemgång/ }).selectOption({ label: 'Öppen' });
    await phone.fill('ring växeln');
    await grid.getByRole('button', { name: 'Spara bemanningen' }).click();
    await grid.getByText('Inget har sparats. Rätta de markerade rutorna.').waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    expect(await phone.evaluate((element) => element === document.activeElement)).toBe(true);
    await day.getByText('Ange ett telefonnummer, till exempel 023-123 45 eller 070-123 45 67.').waitFor();
    expect(await seriousAxeViolations(mora)).toEqual([]);
    expect(await julafton(moraInCounty).textContent()).toContain('Ej planerad');

    await phone.fill('070-174 06 99');
    await grid.getByRole('button', { name: 'Spara bemanningen' }).click();
    await grid.getByText('Sparat: 1 dag.').waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBeNull();

    // The region's screen follows without a reload: who is on duty, Trygg hemgång, whom to call.
    const cell = julafton(moraInCounty);
    await cell.getByText('BH 2').waitFor();
    expect(await cell.textContent()).toContain('TH öppen');
    expect(await cell.textContent()).toContain('070-174 06 99');
    expect(await cell.textContent()).not.toContain('Ej planerad');
    expect(await moraInCounty.getByRole('rowheader').textContent()).toMatch(/Mora\s*1 av \d+ dagar planerade/);
    expect(await seriousAxeViolations(region)).toEqual([]);
    await screenshot(region, 'holidays-county-plan');

    // After a reload Mora's grid reads what was stored.
    await mora.reload();
    const stored = mora.getByTestId('plan-grid').getByRole('row').filter({ hasText: 'Julafton' });
    await expectEventually(async () =>
      expect(await stored.getByRole('textbox', { name: /^Telefon/ }).inputValue()).toBe('070-174 06 99'),
    );
    expect(await stored.getByRole('textbox', { name: /^Biståndshandläggare i tjänst/ }).inputValue()).toBe('2');
  }, 180_000);

  it('the analysis shows readmissions and patient-days ready for discharge per municipality, a year by default', async () => {
    const page = await suite.page('region-dalarna');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Analys', exact: true }).click();
    await page.getByRole('heading', { name: 'Analys av flöden', level: 1 }).waitFor();
    const readmissions = page.getByRole('table', { name: 'Återinskrivningar per kommun under perioden' });
    const ready = page.getByRole('table', { name: 'Vårddygn som utskrivningsklar per kommun under perioden' });
    const weekdays = page.getByRole('table', { name: /^Utskrivningar per dag efter veckodag/ });
    await readmissions.waitFor();
    await weekdays.waitFor();
    // Fifteen municipalities and the region, each by name; the demo reports readmissions and readiness.
    expect(await readmissions.getByRole('row').count()).toBe(17);
    const falun = readmissions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Falun' }) });
    expect(await falun.getByRole('cell').nth(2).textContent()).toMatch(/^\d+(,\d)? %$/);
    expect(await ready.getByRole('row').filter({ hasText: 'Hela regionen' }).getByRole('cell').first().textContent()).toMatch(
      /^[1-9]/,
    );
    expect(await weekdays.getByRole('columnheader', { name: 'Röda dagar' }).count()).toBe(1);

    // Five years: the same tables over a longer period, red days counted apart (a year has 13 to 16).
    const redDays = async () => Number(/röda dagar \((\d+) under perioden\)/.exec((await weekdays.textContent()) ?? '')?.[1]);
    expect(await redDays()).toBeLessThan(20);
    await page.getByRole('radio', { name: '5 år' }).check();
    await expectEventually(async () => expect(await redDays()).toBeGreaterThan(60));
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 180_000);
});
