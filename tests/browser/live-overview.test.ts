import { describe, expect, it } from 'vitest';
import { expectEventually, logIn, useBrowserSuite } from '../support/browser.js';

// Two people, two browsers: Falun saves, the region analyst's overview changes without a reload.

const suite = useBrowserSuite();

/** Digits only: "1 234" (sv-SE, with a no-break space) → 1234. */
function count(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

describe('live overview', () => {
  it('shows Falun’s new figures and the new totals to another user without reload', async () => {
    const analystContext = await suite.context();
    const reporterContext = await suite.context();
    try {
      const analyst = await analystContext.newPage();
      await logIn(analyst, 'region-dalarna');
      expect(new URL(analyst.url()).pathname).toBe('/region/20');
      const row = analyst.getByTestId('row-2080');
      await row.waitFor();
      await expectEventually(async () => expect(await analyst.getByTestId('connection').textContent()).toContain('Live'));
      // A marker that only survives if the page is never reloaded.
      await analyst.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
      const occupiedBefore = count(await analyst.getByTestId('figure-municipalOccupied-value').textContent());
      const rowBefore = await row.getByTestId('cell-occupancy').textContent();

      const reporter = await reporterContext.newPage();
      await logIn(reporter, 'falun');
      const field = reporter.getByLabel('Belagda platser', { exact: true });
      const previous = Number(await field.inputValue());
      const next = previous === 27 ? 28 : 27;
      await field.fill(String(next));
      await reporter.getByRole('button', { name: /^Spara/ }).click();
      await reporter.getByText(/^Sparat kl\. \d\d:\d\d$/).waitFor();

      await expectEventually(async () => {
        expect(await row.getByTestId('cell-occupancy').textContent()).toContain(`${next} av`);
      });
      expect(await row.getByTestId('cell-occupancy').textContent()).not.toBe(rowBefore);
      // Falun reported today in the demo data, so the total moves by exactly the difference.
      expect(count(await analyst.getByTestId('figure-municipalOccupied-value').textContent())).toBe(
        occupiedBefore + next - previous,
      );
      expect(await row.textContent()).toContain('Nyss uppdaterad');
      expect(await analyst.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    } finally {
      await analystContext.close();
      await reporterContext.close();
    }
  });

  it('freezes the picture on request and catches up when released', async () => {
    const analystContext = await suite.context();
    const reporterContext = await suite.context();
    try {
      const analyst = await analystContext.newPage();
      await logIn(analyst, 'region-dalarna');
      const row = analyst.getByTestId('row-2080');
      await row.waitFor();
      await expectEventually(async () => expect(await analyst.getByTestId('connection').textContent()).toContain('Live'));
      const freeze = analyst.getByRole('button', { name: 'Frys bilden' });
      await freeze.click();
      expect(await freeze.getAttribute('aria-pressed')).toBe('true');
      const frozenText = await row.getByTestId('cell-occupancy').textContent();

      const reporter = await reporterContext.newPage();
      await logIn(reporter, 'falun');
      const field = reporter.getByLabel('Belagda platser', { exact: true });
      const next = Number(await field.inputValue()) === 25 ? 26 : 25;
      await field.fill(String(next));
      await reporter.getByRole('button', { name: /^Spara/ }).click();
      await reporter.getByText(/^Sparat kl\. \d\d:\d\d$/).waitFor();

      await expectEventually(async () => expect(await analyst.getByText(/1 ny ändring väntar/).count()).toBe(1));
      expect(await row.getByTestId('cell-occupancy').textContent()).toBe(frozenText);
      await freeze.click();
      await expectEventually(async () => expect(await row.getByTestId('cell-occupancy').textContent()).toContain(`${next} av`));
    } finally {
      await analystContext.close();
      await reporterContext.close();
    }
  });
});
