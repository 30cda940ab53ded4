import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { expectEventually, screenshot, seriousAxeViolations, useBrowserSuite } from '../support/browser.js';
import { today } from '../support/dates.js';

// Avrop in real browsers, the minutes' story in under a minute: Avesta asks for six places from the
// forecast's prefilled address; Falun hears of it in its bell and Borlänge sees it on its overview,
// live, and they offer four and two; the chair accepts both from the meeting round as decisions;
// the loans show on every open overview without a reload. Axe on every new screen.

const suite = useBrowserSuite();

/** A municipality's row on the overview's table, by the name in its row header. */
function municipalityRow(page: Page, name: string): Locator {
  // The overview's municipality table: the residents' table below it has a row per municipality too.
  return page
    .getByTestId('municipality-table')
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
}

/** The number on the first line of the free-places cell of a municipality's row (the loans follow below). */
async function freePlaces(page: Page, name: string): Promise<number> {
  const text = await municipalityRow(page, name).getByTestId('cell-free').innerText();
  return Number(text.split('\n')[0]?.replace(/\s/g, ''));
}

async function noSeriousAxe(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('avrop', () => {
  it('Avesta asks for six places, Falun and Borlänge offer live, the chair accepts both in the round, and every overview shows the loans', async () => {
    // Known figures today: Falun's Lunden has 6 free, Borlänge's units 5 each.
    const falunApi = await Api.loggedIn(suite.server, 'falun');
    const borlangeApi = await Api.loggedIn(suite.server, 'borlange');
    expect((await falunApi.putReport('2080-lunden', today(), reportBody({ capacity: 34, occupied: 28 }))).status).toBe(200);
    for (const unit of ['2081-angen', '2081-kvarnsveden']) {
      expect((await borlangeApi.putReport(unit, today(), reportBody({ capacity: 20, occupied: 15 }))).status).toBe(200);
    }

    const avesta = await suite.page('avesta');
    const falun = await suite.page('falun');
    const borlange = await suite.page('borlange');
    const chair = await suite.page('chair-dalarna');
    // Overviews that stay open the whole time: Avesta's and Falun's second tabs, and Borlänge's.
    const avestaOverview = await avesta.context().newPage();
    const falunOverview = await falun.context().newPage();
    for (const page of [avestaOverview, falunOverview, borlange]) {
      await page.goto('/region/20');
      await municipalityRow(page, 'Avesta').waitFor();
    }
    const falunFreeBefore = await freePlaces(falunOverview, 'Falun');

    // Avesta opens the address the forecast's early warning links to: the form is filled in.
    await avesta.goto(`/region/20/requests/new?kind=places&quantity=6&neededBy=${today()}&unitKind=short_term`);
    await avesta.getByRole('heading', { level: 1, name: 'Nytt avrop' }).waitFor();
    expect(await avesta.getByLabel('Antal platser').inputValue()).toBe('6');
    expect(await avesta.getByLabel('Slags platser').inputValue()).toBe('short_term');
    expect(await avesta.getByLabel('Behövs senast').inputValue()).toBe(today());
    // Who can help: the municipalities with free places now, Falun and Borlänge among them.
    const helpers = avesta.getByTestId('who-can-help');
    await helpers.getByTestId('helper-2080').waitFor();
    await helpers.getByTestId('helper-2081').waitFor();
    await noSeriousAxe(avesta);
    await screenshot(avesta, 'request-new-desktop');

    await avesta.getByLabel('Varför behövs det?').fill('Korttidsenheten är full; sex patienter är utskrivningsklara.');
    await avesta.getByRole('button', { name: 'Skicka avrop' }).click();
    await avesta.waitForURL(/\/region\/20\/requests\/[0-9a-f-]+$/);
    const id = new URL(avesta.url()).pathname.split('/').at(-1) ?? '';
    const created = (await (await avesta.request.get(`/api/requests/${id}`)).json()) as { number: number };
    const card = avesta.getByTestId(`request-${created.number}`);
    await card.getByTestId('line-1-quantities').getByText('0 av 6 antagna').waitFor();
    await noSeriousAxe(avesta);

    // Borlänge sees Avesta's new request on its open overview, live, and follows it.
    const badge = municipalityRow(borlange, 'Avesta').locator(`a[href="/region/20/requests/${id}"]`);
    await badge.waitFor();
    await badge.click();
    await borlange.waitForURL(`**/region/20/requests/${id}`);

    // Falun hears of it in its bell and follows the notice.
    const bell = falun.getByRole('banner').getByRole('button', { name: /^Aviseringar, \d+ olästa?$/ });
    await bell.waitFor();
    await bell.click();
    await falun
      .getByRole('region', { name: 'Aviseringar' })
      .getByRole('link', { name: 'Nytt avrop från Avesta: 6 korttidsplatser.' })
      .click();
    await falun.waitForURL(`**/region/20/requests/${id}`);

    // Each offers what it can: four from Falun, two from Borlänge.
    for (const [page, quantity] of [
      [falun, '4'],
      [borlange, '2'],
    ] as const) {
      const form = page.getByRole('form', { name: 'Erbjud på rad 1' });
      await form.getByLabel('Vi kan erbjuda').fill(quantity);
      await form.getByRole('button', { name: 'Lämna erbjudande' }).click();
    }
    await card.getByTestId('line-1-quantities').getByText('6 erbjudna väntar på beslut').waitFor();
    await noSeriousAxe(falun);

    // The region's list of requests, for the record.
    await borlange.goto('/region/20/requests');
    await borlange.getByTestId(`request-${created.number}`).waitFor();
    await noSeriousAxe(borlange);

    // The chair starts the meeting and steps the round to Avesta: its request, both offers waiting.
    await chair.goto('/region/20/meetings');
    await chair.getByLabel('Rubrik').fill('Lägesmöte, avrop');
    await chair.getByRole('button', { name: 'Starta mötet' }).click();
    await chair.waitForURL(/\/meetings\/[0-9a-f-]+$/);
    const position = chair.getByTestId('round-position');
    const atAvesta = async () => /^\d+ av \d+: Avesta/.test((await position.textContent()) ?? '');
    for (let step = 0; step < 16 && !(await atAvesta()); step += 1) {
      const before = await position.textContent();
      await chair.getByRole('button', { name: 'Nästa', exact: true }).click();
      await expectEventually(async () => expect(await position.textContent()).not.toBe(before));
    }
    const round = chair.getByTestId('meeting-requests');
    await round.getByRole('heading', { name: 'Avrop från Avesta' }).waitFor();
    const inRound = round.getByTestId(`request-${created.number}`);
    await inRound.waitFor();
    await noSeriousAxe(chair);
    await screenshot(chair, 'request-meeting-round-desktop');

    for (const [code, text] of [
      ['2080', 'att Falun lånar ut 4 korttidsplatser till Avesta'],
      ['2081', 'att Borlänge lånar ut 2 korttidsplatser till Avesta'],
    ] as const) {
      await inRound.getByRole('button', { name: new RegExp(`^Besluta och anta\\W+${text}`) }).click();
      await inRound.getByTestId(`offer-${code}`).getByText('Antagen').waitFor();
    }
    await inRound.getByTestId('line-1-quantities').getByText('6 av 6 antagna').waitFor();
    // The decisions are in the minutes.
    const meeting = (await (
      await chair.request.get(`/api/meetings/${new URL(chair.url()).pathname.split('/').at(-1)}`)
    ).json()) as {
      decisions: { text: string }[];
    };
    expect(meeting.decisions.map((decision) => decision.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('att Falun lånar ut 4'),
        expect.stringContaining('att Borlänge lånar ut 2'),
      ]),
    );

    // Every open overview shows the loans from both sides, without a reload; Falun's free places
    // offered to others drop by the four it promised.
    for (const page of [avestaOverview, falunOverview, borlange]) {
      if (page === borlange) await page.goto('/region/20');
      const avestaLoans = municipalityRow(page, 'Avesta').getByTestId('loans');
      await avestaLoans.getByText('4 lånade platser hos Falun').waitFor();
      await avestaLoans.getByText('2 lånade platser hos Borlänge').waitFor();
      await municipalityRow(page, 'Falun').getByTestId('loans').getByText('4 platser utlånade till Avesta').waitFor();
    }
    await expectEventually(async () => expect(await freePlaces(falunOverview, 'Falun')).toBe(falunFreeBefore - 4));
    // Avesta's own page asks for nothing more on this request: it is covered.
    await card.getByText('Täckt').first().waitFor();
    await noSeriousAxe(avestaOverview);

    // Falun's page: its unit says to whom it lends. Avesta's: what it borrows, and its request.
    await falun.goto('/region/20/municipality/2080');
    await falun.getByTestId('unit-loan').getByText('4 platser utlånade till Avesta (lovade, ännu inte i bruk)').waitFor();
    await noSeriousAxe(falun);
    await avesta.goto('/region/20/municipality/2084');
    await avesta.getByTestId('loans').first().getByText('4 lånade platser hos Falun').waitFor();
    await avesta.getByTestId('organization-requests').getByTestId(`request-${created.number}`).waitFor();
    await noSeriousAxe(avesta);
    // The region's equipment, open to every municipality.
    await avesta.goto('/region/20/equipment');
    await avesta.getByRole('heading', { level: 1, name: 'Utrustning' }).waitFor();
    await avesta.getByText('Syrgaskoncentrator').first().waitFor();
    await noSeriousAxe(avesta);
  }, 300_000);
});
