import { describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { expectEventually, logIn, seriousAxeViolations, useBrowserSuite } from '../support/browser.js';

// Every version of a figure is kept, and the municipality page shows today's corrections: who
// changed which figure, when. Only Falun is written to.

const suite = useBrowserSuite();
const server = suite.server;

describe('corrections on the municipality page', () => {
  it('lists each version of Lunden with what changed, and grows live with the next correction', async () => {
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    const save = async (occupied: number, comment: string | null = null) => {
      const response = await falun.putReport('2080-lunden', today(), reportBody({ occupied, comment }));
      expect(response.status).toBe(200);
      return response.body.version;
    };
    await save(27);
    const corrected = await save(140);

    const context = await suite.context();
    try {
      const page = await context.newPage();
      await logIn(page, 'chair-dalarna');
      await page.goto('/region/20/municipality/2080');
      const lunden = page.getByTestId('versions-2080-lunden');
      await lunden.getByText(`Lunden: ${corrected} versioner i dag – visa vem som ändrade vad`).click();
      const items = lunden.locator('li');
      await items.nth(corrected - 1).waitFor();
      expect(await items.count()).toBe(corrected);
      expect(await items.nth(corrected - 1).textContent()).toMatch(
        new RegExp(`^Version ${corrected}, kl\\. \\d\\d:\\d\\d av falun: Belagda platser 27 → 140$`),
      );

      // Falun corrects again while the list is open: it grows by itself.
      const fixed = await save(14, 'Rättat: 14, inte 140.');
      await expectEventually(async () => expect(await items.count()).toBe(fixed));
      expect(await items.nth(fixed - 1).textContent()).toContain(
        'Belagda platser 140 → 14 · Kommentar – → ”Rättat: 14, inte 140.”',
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
