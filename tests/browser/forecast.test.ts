import { shiftDay, type SeriesForecast } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { Api } from '../support/api.js';
import { today } from '../support/dates.js';
import { expectEventually, seriousAxeViolations, useBrowserSuite } from '../support/browser.js';

// The municipal manager's page: her residents in hospital, the places she is likely to need over
// the next two weeks and how far to trust that, and her planned places; the region's overview
// and the meeting round with the early warning. Only Avesta's plans are written to.

const suite = useBrowserSuite();

const shortDay = (day: string) =>
  new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', timeZone: 'Europe/Stockholm' }).format(
    new Date(`${day}T12:00:00Z`),
  );
const oneDecimal = (value: number) =>
  new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

async function avestaForecast(api: Api): Promise<Extract<SeriesForecast, { status: 'ok' }>> {
  const series = (await api.forecast('20')).body.municipalities.find((candidate) => candidate.code === '2084');
  if (series?.status !== 'ok') throw new Error('Avesta has no forecast');
  return series;
}

describe('the forecast on the municipality page', () => {
  it('Avesta sees her residents in hospital, the places she will likely need, how far to trust it, and plans more', async () => {
    const api = await Api.loggedIn(suite.server, 'avesta');
    const forecast = await avestaForecast(api);
    const flows = (await api.situation('20')).body.organizations.find((org) => org.code === '2084')?.flows;

    const page = await suite.page('avesta');
    await page.getByRole('link', { name: 'Min kommun' }).click();
    await page.getByRole('heading', { name: 'Avesta', level: 1 }).waitFor();

    // Her residents in hospital, as the region reported them today.
    expect(await page.getByTestId('residents-inpatients').textContent()).toBe(String(flows?.inpatients));
    expect(await page.getByTestId('residents-ready').textContent()).toBe(String(flows?.readyForDischarge));

    // How far to trust it: the backtest's own coverage and mean error, in Swedish numbers.
    const accuracy = page.getByTestId('forecast-accuracy');
    expect(await accuracy.textContent()).toBe(
      `De senaste 90 dagarna låg utfallet inom intervallet ${Math.round((forecast.accuracy.coverage ?? 0) * 100)} % av dagarna; ` +
        `medelfel ${oneDecimal(forecast.accuracy.mae)} platser.`,
    );
    expect(await page.getByTestId('forecast-needed').textContent()).toMatch(
      /^De kommande 14 dagarna behövs troligen upp till \d+ platser, och med 90 % säkerhet högst \d+ \(/,
    );

    // Avesta lacks places: the warning, and a places request prefilled from it.
    const warning = page.getByTestId('early-warning');
    expect(await warning.locator('.notice__title').textContent()).toMatch(
      /^Avesta kan behöva \d+ platse?r? till (i morgon|om \d dagar)$/,
    );
    const request = warning.getByRole('link', { name: /^Begär \d+ platse?r? av andra/ });
    expect(await request.getAttribute('href')).toBe(
      `/region/20/requests/new?kind=places&quantity=${forecast.warning!.peakExtraPlaces}&neededBy=${forecast.warning!.date}&unitKind=short_term`,
    );

    // The chart draws the interval as a band, and its numbers stand in the table beside it.
    const chart = page.getByTestId('forecast-chart');
    await chart.locator('.recharts-area-area').first().waitFor();
    expect(await chart.locator('.recharts-area-area').first().getAttribute('d')).toMatch(/^M/);
    expect(await chart.getByText('Intervall (80 %)').count()).toBe(1);
    const table = page.getByTestId('forecast-table');
    expect(await table.locator('tbody tr').count()).toBe(14);
    const first = forecast.days[0]!;
    expect(await table.locator('tbody tr').first().textContent()).toContain(`${Math.floor(first.low)}–${Math.ceil(first.high)}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // "10 nya korttidsplatser fr.o.m." three days from now: listed, and the table counts them.
    const inThree = shiftDay(today(), 3);
    const row = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: shortDay(inThree), exact: true }) });
    const placesBefore = Number((await row.locator('td').nth(2).textContent())?.replace(/\D.*$/, ''));
    const form = page.getByRole('form', { name: 'Ny planerad förändring' });
    await form.getByLabel('Gäller från och med').fill(inThree);
    await form.getByLabel('Antal platser').fill('-3');
    await form.getByRole('button', { name: 'Spara förändringen' }).click();
    await form.getByText('Ange ett heltal, 0 eller större.').waitFor();
    expect((await api.plannedCapacity('20')).body.filter((entry) => entry.date === inThree)).toEqual([]);

    await form.getByLabel('Antal platser').fill('10');
    await form.getByLabel('Anteckning').fill('Nya huset');
    await form.getByRole('button', { name: 'Spara förändringen' }).click();
    await page
      .getByTestId('planned-status')
      .getByText(/^Sparat: Utökas med 10 från och med /)
      .waitFor();
    await page.getByTestId('planned-capacity').getByRole('cell', { name: 'Nya huset' }).waitFor();
    await expectEventually(async () =>
      expect(Number((await row.locator('td').nth(2).textContent())?.replace(/\D.*$/, ''))).toBe(placesBefore + 10),
    );

    // Someone else in Avesta withdraws the demo's planned change: the list follows, live.
    const demoChange = (await api.plannedCapacity('20')).body.find((entry) => entry.note?.startsWith('Sex platser'));
    expect(demoChange).toBeDefined();
    const rows = page.getByTestId('planned-capacity').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect((await api.withdrawPlannedCapacity(demoChange!.unitId, demoChange!.date)).status).toBe(200);
    await expectEventually(async () => expect(await rows.count()).toBe(1));
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('says so, and draws nothing, where there is no forecast to trust: Vansbro has been silent', async () => {
    const page = await suite.page('chair-dalarna');
    await page.goto('/region/20/municipality/2021');
    const none = page.getByTestId('no-forecast');
    await none.waitFor();
    expect(await none.textContent()).toMatch(/^Ingen prognos: inga siffror sedan \d+ [a-z]+\.?\.$/);
    expect(await page.getByTestId('forecast-chart').count()).toBe(0);
  });
});

describe('the forecast for the region', () => {
  it('the overview warns of Avesta and lists every municipality’s residents in hospital; the round says it too', async () => {
    const chair = await Api.loggedIn(suite.server, 'chair-dalarna');
    const situation = (await chair.situation('20')).body;
    const page = await suite.page('chair-dalarna');
    await page.goto('/region/20');

    const warnings = page.getByTestId('early-warnings');
    await warnings.getByText(/^Avesta kan behöva \d+ platse?r? till/).waitFor();
    // Places are asked for by the municipality itself, not by the chair.
    expect(await warnings.getByRole('link', { name: /^Begär/ }).count()).toBe(0);
    const residents = page.getByTestId('residents-table');
    for (const organization of situation.organizations.filter((org) => org.kind === 'municipality')) {
      const cells = residents.getByTestId(`residents-${organization.code}`).locator('td');
      expect(await cells.first().textContent()).toContain(String((organization.flows ?? organization.lastFlows)?.inpatients));
    }
    await page.getByTestId('forecast-20').getByTestId('forecast-accuracy').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const meeting = (await chair.createMeeting('20', { title: 'Lägesmöte', participants: ['2084'] })).body;
    expect((await chair.setMeetingStep(meeting.id, 0)).status).toBe(200);
    await page.goto(`/meetings/${meeting.id}`);
    const note = page.getByTestId('round-forecast');
    await note.getByText(/^Avesta kan behöva \d+ platse?r? till/).waitFor();
    expect(await note.textContent()).toMatch(/Om 7 dagar: troligen \d+ belagda platser \(intervall \d+–\d+\)/);
  });
});
