import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { daysAgo, today } from '../support/dates.js';
import { useBrowserSuite } from '../support/browser.js';

// The analyst downloads the region's figures from the overview. Nothing is written here.

const suite = useBrowserSuite();
let page: Page;
beforeEach(async () => {
  page = await suite.page('region-dalarna');
  await page.getByTestId('export-panel').waitFor();
});

describe('downloads on the overview', () => {
  it('the Excel file for the chosen week opens with a sheet of reports and one of flows', async () => {
    await page.getByLabel('Från och med').fill(daysAgo(6));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Excel-fil med rapporter och flöden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`lagesbild-20-${daysAgo(6)}--${today()}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(await readFile((await download.path()) ?? '')).buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Rapporter', 'Flöden']);
    const dates = book
      .getWorksheet('Rapporter')!
      .getColumn(1)
      .values.slice(2)
      .map((value) => (typeof value === 'string' ? value : 'not a date string'));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date) => date >= daysAgo(6) && date <= today())).toBe(true);
  });

  it('a reversed period says what is wrong, in Swedish, and offers nothing to download', async () => {
    await page.getByLabel('Från och med').fill(today());
    await page.getByLabel('Till och med').fill(daysAgo(3));
    await page.locator('#export-from-error').waitFor();
    expect(await page.locator('#export-from-error').textContent()).toContain(
      'Från-datumet måste vara samma dag som eller före till-datumet.',
    );
    expect(await page.getByRole('link', { name: /CSV|Excel/ }).count()).toBe(0);
  });
});
