import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectEventually, screenshot, seriousAxeViolations, useBrowserSuite } from '../support/browser.js';

// The LSVO chair runs a network from Lägesbild alone: sets the network up, runs a meeting (an
// item of its own with a proposal, a decision as proposed, an action for Falun's member "till
// nästa möte"), closes it, and in the next meeting puts the last minutes on file and ticks the
// action off. Falun's member is told in the bell and sees the action on their start page until it
// is done. Every new screen is checked by axe.

const suite = useBrowserSuite();

async function noSeriousViolations(page: Page, name: string): Promise<void> {
  expect(await seriousAxeViolations(page), name).toEqual([]);
  await screenshot(page, name);
}

describe('a network’s meetings in the browser', () => {
  it('the chair sets up a network, runs a meeting with a decision and an action, and follows it up in the next', async () => {
    const chair = await suite.page('chair-dalarna');
    const falun = await suite.page('falun');
    const name = `LSVO ${randomBytes(2).toString('hex')}`;

    // The network, from the meetings page: its name, how it decides, its next §.
    await chair.goto('/region/20/meetings');
    await chair.getByText('Nytt nätverk', { exact: true }).click();
    const create = chair.getByRole('form', { name: 'Nytt nätverk' });
    await create.getByLabel('Namn').fill(name);
    await create.getByLabel('Hur nätverket beslutar').fill('LSVO beslutar');
    await create.getByLabel(/^Nästa paragrafnummer/).fill('183');
    await noSeriousViolations(chair, 'meetings-with-networks');
    await create.getByRole('button', { name: 'Skapa nätverket' }).click();

    // Its page: two members, Falun's with her login; the calendar's feed address.
    await chair.waitForURL(/\/networks\/[0-9a-f-]+$/);
    const addMember = chair.getByRole('form', { name: 'Lägg till personen' });
    for (const [person, organization, username] of [
      ['Karin Ström', 'Falun', 'falun'],
      ['Maria Holm', 'Avesta', ''],
    ] as const) {
      await addMember.getByLabel('Namn', { exact: true }).fill(person);
      await addMember.getByLabel(/^Organisation/).selectOption({ label: organization });
      if (username) await addMember.getByLabel(/^Användarnamn i Lägesbild/).fill(username);
      await addMember.getByRole('button', { name: 'Lägg till personen' }).click();
      await chair.getByTestId('members').getByText(person, { exact: true }).waitFor();
    }
    expect(await chair.getByTestId('feed-url').inputValue()).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await noSeriousViolations(chair, 'network-page');

    // The first meeting, started from the network's card: the round, numbered from § 183.
    await chair.goto('/region/20/meetings');
    await chair
      .getByTestId(`network-${name}`)
      .getByRole('button', { name: `Starta nästa möte i ${name}` })
      .click();
    await chair.waitForURL(/\/meetings\/[0-9a-f-]+$/);
    const firstId = new URL(chair.url()).pathname.split('/').at(-1) ?? '';
    const agenda = chair.getByTestId('agenda');
    await agenda.waitFor();
    expect(await agenda.locator('h3').allTextContents()).toEqual(['§ 183 Lägesbild']);

    // An item of its own, with a proposal, decided as proposed; an action for Karin till next meeting.
    await chair.getByText('Lägg till en punkt', { exact: true }).click();
    const addItem = chair.getByRole('form', { name: 'Lägg till en punkt' });
    await addItem.getByLabel('Typ').selectOption({ label: 'Beslut' });
    await addItem.getByLabel('Rubrik').fill('Korttidsplatser i Avesta');
    await addItem.getByLabel(/^Förslag till beslut/).fill('att Falun lånar ut 4 platser till Avesta');
    await addItem.getByRole('button', { name: 'Lägg till punkten' }).click();
    const avesta = chair.getByTestId('item-184');
    await avesta.getByRole('heading', { name: '§ 184 Korttidsplatser i Avesta' }).waitFor();
    await avesta.getByRole('button', { name: /^Besluta enligt förslaget/ }).click();
    await avesta.locator('.decision-list').getByText('att Falun lånar ut 4 platser till Avesta', { exact: true }).waitFor();
    await avesta.getByText('Ny åtgärd under punkten', { exact: true }).click();
    const addAction = avesta.getByRole('form', { name: 'Ny åtgärd: Korttidsplatser i Avesta' });
    await addAction.getByLabel('Ansvarig').selectOption({ label: 'Karin Ström' });
    await addAction.getByLabel('Åtgärd').fill('Ordna transport till Avesta');
    expect(await addAction.getByLabel('Till nästa möte').isChecked()).toBe(true);
    await addAction.getByRole('button', { name: 'Lägg till åtgärden' }).click();
    await avesta.locator('.item-actions__list').getByText('Ordna transport till Avesta').waitFor();
    await noSeriousViolations(chair, 'network-meeting-first');
    await chair.getByRole('button', { name: 'Avsluta mötet' }).click();
    await chair.getByRole('alertdialog', { name: 'Avsluta mötet?' }).getByRole('button', { name: 'Avsluta mötet' }).click();
    await chair.getByTestId('closed-notice').waitFor();

    // Falun's member was told in the bell, and her start page shows the open action.
    await falun.goto('/report');
    const bell = falun.getByRole('banner').getByRole('button', { name: /^Aviseringar, \d+ oläst/ });
    await bell.click();
    await falun
      .getByRole('region', { name: 'Aviseringar' })
      .getByRole('link', { name: /Ny åtgärd från .*: Ordna transport till Avesta \(till nästa möte\)\./ })
      .waitFor();
    await bell.click();
    await falun.getByTestId('my-actions').getByText('Ordna transport till Avesta').waitFor();
    await noSeriousViolations(falun, 'start-page-my-actions');

    // The next meeting: last minutes, the follow-up and the round, numbered on from § 185.
    await chair.goto('/region/20/meetings');
    const card = chair.getByTestId(`network-${name}`);
    await card.getByRole('button', { name: `Starta nästa möte i ${name}` }).click();
    await chair.waitForURL(/\/meetings\/[0-9a-f-]+$/);
    const id = new URL(chair.url()).pathname.split('/').at(-1) ?? '';
    await agenda.waitFor();
    expect(await agenda.locator('h3').allTextContents()).toEqual([
      '§ 185 Föregående minnesanteckningar',
      '§ 186 Uppföljning från föregående möten',
      '§ 187 Lägesbild',
    ]);
    await noSeriousViolations(chair, 'network-meeting');

    // Falun follows on the presentation.
    await falun.goto(`/meetings/${id}/present`);
    await falun.getByTestId('stage').waitFor();

    // § 185 on screen: the last minutes are put on file as proposed.
    const onFile = chair.getByTestId('item-185');
    await onFile.getByRole('button', { name: /^Visa på skärmen/ }).click();
    await falun.getByTestId('slide-185').waitFor();
    await onFile.getByRole('button', { name: /^Besluta enligt förslaget/ }).click();
    await onFile
      .locator('.decision-list')
      .getByText('att lägga minnesanteckningarna till handlingarna', { exact: true })
      .waitFor();
    await expectEventually(async () => expect(await falun.getByTestId('slide-185').textContent()).toContain('LSVO beslutar'));
    await noSeriousViolations(falun, 'presentation-agenda-slide');

    // § 186 on screen: the carried-over action is ticked off in the meeting.
    const followUp = chair.getByTestId('item-186');
    await followUp.getByRole('button', { name: /^Visa på skärmen/ }).click();
    await falun.getByTestId('slide-186').waitFor();
    await followUp
      .getByTestId('follow-up')
      .getByRole('button', { name: /^Bocka av som klar/ })
      .click();
    await followUp.getByTestId('follow-up').getByText('Klar', { exact: true }).waitFor();
    await expectEventually(async () => expect(await falun.getByTestId('slide-186').textContent()).toContain('Klar'));

    // Maria is away; attendance is saved and shown struck in the minutes.
    await chair.getByRole('checkbox', { name: /Maria Holm/ }).uncheck();
    await chair.getByRole('button', { name: 'Spara närvaron' }).click();
    await chair.getByText('Närvaron är sparad.').waitFor();

    // Closing makes the minutes read-only; the print page has them in the network's form.
    await chair.getByRole('button', { name: 'Avsluta mötet' }).click();
    await chair.getByRole('alertdialog', { name: 'Avsluta mötet?' }).getByRole('button', { name: 'Avsluta mötet' }).click();
    await chair.getByTestId('closed-notice').waitFor();
    expect(await chair.getByRole('button', { name: /^Besluta enligt förslaget/ }).count()).toBe(0);
    await chair.getByTestId('minutes-send').waitFor();
    await noSeriousViolations(chair, 'network-meeting-closed');

    await chair.goto(`/meetings/${id}/print`);
    const minutes = chair.getByTestId('minutes-document');
    await minutes.waitFor();
    const text = (await minutes.textContent()) ?? '';
    expect(text).toContain('§ 185 Föregående minnesanteckningar');
    expect(text).toContain('LSVO beslutar');
    expect(text).toContain('att lägga minnesanteckningarna till handlingarna');
    expect(text).toContain('§ 186 Uppföljning från föregående möten');
    expect(text).toMatch(/Ordna transport till Avesta.*Klar/s);
    expect(await minutes.locator('s').allTextContents()).toEqual(['Maria Holm, Avesta']);
    await noSeriousViolations(chair, 'network-minutes-print');

    // The first meeting is found by a word of its minutes (Swedish stems), the match marked.
    await chair.goto('/region/20/meetings');
    await chair.getByLabel(/^Sök på ord/).fill('transporten');
    await chair.getByRole('search').getByRole('button', { name: 'Sök' }).click();
    const hits = chair.getByTestId('search-hits');
    await hits.waitFor();
    expect(await hits.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      `/meetings/${firstId}`,
    ]);
    expect(await hits.locator('mark').first().textContent()).toBe('transport');
    await noSeriousViolations(chair, 'meeting-search');

    // Ticked off, the action has left Falun's start page.
    await falun.goto('/report');
    await falun.getByRole('heading', { level: 1 }).waitFor();
    expect(await falun.getByTestId('my-actions').count()).toBe(0);

    // One whole journey through seven screens, each checked by axe: longer than a unit test's minute.
  }, 240_000);
});
