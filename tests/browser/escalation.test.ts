import { describe, expect, it } from 'vitest';
import { screenshot, seriousAxeViolations, useBrowserSuite } from '../support/browser.js';
import { withClient } from '../support/clock.js';
import { today } from '../support/dates.js';

// Declared levels in a real browser: the chair dismisses the triggers' suggestion and declares
// stabsläge, and the banner appears live on a reporter's open overview.
const suite = useBrowserSuite();

describe('declared levels', () => {
  it('the chair dismisses a suggestion and declares stabsläge; Falun’s open overview shows the banner live', async () => {
    // A suggestion waiting for the chair, as the triggers leave it (38 överbeläggningar, more than 30).
    await withClient(suite.server.databaseUrl!, (client) =>
      client.query(
        `INSERT INTO escalation_suggestions (region_code, level, reporting_day, fired) VALUES ('20', 'staff', $1, $2)`,
        [today(), JSON.stringify([{ trigger: 'overcrowding', level: 'staff', above: 30, overcrowding: 38 }])],
      ),
    );
    const falun = await suite.page('falun');
    await falun.getByRole('banner').getByRole('link', { name: 'Översikt' }).click();
    await falun.getByRole('heading', { name: /Region Dalarna/, level: 1 }).waitFor();
    expect(await falun.getByTestId('level-banner').count()).toBe(0);

    const chair = await suite.page('chair-dalarna');
    await chair.getByRole('banner').getByRole('link', { name: 'Läge', exact: true }).click();
    await chair.getByRole('heading', { name: 'Läge och rapportering', level: 1 }).waitFor();
    const suggestion = chair.getByTestId('open-suggestion');
    await suggestion.getByText('Förslag: Stabsläge').waitFor();
    await suggestion.getByText('38 överbeläggningar, fler än 30').waitFor();
    expect(await seriousAxeViolations(chair)).toEqual([]);
    await suggestion.getByRole('button', { name: 'Avfärda' }).click();
    await chair.getByTestId('suggestion-status').getByText('Förslaget är avfärdat.').waitFor();
    await chair.getByText('Inget förslag väntar.').waitFor();

    // Stabsläge with its reason and a measure; a missing reason is named first.
    const form = chair.getByRole('form', { name: 'Ange läge' });
    await form.getByRole('radio', { name: 'Stabsläge' }).check();
    await form.getByRole('button', { name: 'Ange läge' }).click();
    await form.getByText('Ange skälet till läget (högst 500 tecken).').waitFor();
    await form.getByRole('textbox', { name: 'Skäl' }).fill('38 överbeläggningar, ca 20 vårdplatser saknar personal.');
    await form.getByRole('checkbox', { name: 'Elektiv kirurgi stoppad' }).check();
    await form.getByRole('button', { name: 'Ange läge' }).click();
    await form.getByRole('status').getByText('Region Dalarna: Stabsläge angivet.').waitFor();

    // Live on Falun's open overview, without a reload; and on the chair's own screen.
    const banner = falun.getByTestId('level-banner');
    await banner.getByText('Region Dalarna: Stabsläge').waitFor();
    expect(await banner.textContent()).toContain('38 överbeläggningar, ca 20 vårdplatser saknar personal.');
    expect(await banner.textContent()).toContain('Åtgärder: Elektiv kirurgi stoppad');
    expect(await falun.getByTestId('cadence-offer').count()).toBe(0);
    expect(await seriousAxeViolations(falun)).toEqual([]);
    await screenshot(falun, 'level-banner-overview');
    const chairBanner = chair.getByTestId('level-banner');
    await chairBanner
      .getByTestId('cadence-offer')
      .getByText('Förslag: lägesmöte kl. 10:30 och 15:30', { exact: false })
      .waitFor();
    await chair.getByTestId('level-list').getByText('Region Dalarna: Stabsläge').waitFor();
    expect(await seriousAxeViolations(chair)).toEqual([]);
    await screenshot(chair, 'escalation-page');
  });
});
