import { randomBytes } from 'node:crypto';
import type { Meeting, Network } from '@lagesbild/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectEventually, screenshot, seriousAxeViolations, useBrowserSuite } from '../support/browser.js';

// The LSVO chair runs a network's next meeting from Lägesbild alone: last minutes put on file,
// last meeting's action ticked off, the item on everyone's screen, closed. Falun's member sees the
// action on their start page until it is done.

const suite = useBrowserSuite();

async function api<T>(page: Page, method: 'get' | 'post' | 'put', path: string, data?: unknown): Promise<T> {
  const response = await page.request[method](path, data === undefined ? {} : { data });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function noSeriousViolations(page: Page, name: string): Promise<void> {
  expect(await seriousAxeViolations(page), name).toEqual([]);
  await screenshot(page, name);
}

describe('a network’s meeting in the browser', () => {
  it('the chair runs the agenda, ticks off a carried-over action and closes the meeting', async () => {
    const chair = await suite.page('chair-dalarna');
    const falun = await suite.page('falun');
    const name = `LSVO ${randomBytes(2).toString('hex')}`;

    // Last meeting, made through the API: one action for Falun's member "till nästa möte".
    let network = await api<Network>(chair, 'post', '/api/regions/20/networks', {
      name,
      decisionPhrase: 'LSVO beslutar',
      nextParagraph: 183,
    });
    network = await api<Network>(chair, 'post', `/api/networks/${network.id}/members`, {
      name: 'Karin Ström',
      organizationCode: '2080',
      role: 'förvaltningschef',
      username: 'falun',
    });
    network = await api<Network>(chair, 'post', `/api/networks/${network.id}/members`, { name: 'Maria Holm', organizationCode: '2084' });
    const karin = network.members[0]!;
    const last = await api<Meeting>(chair, 'post', '/api/regions/20/meetings', { title: `${name} november`, networkId: network.id });
    await api<Meeting>(chair, 'post', `/api/meetings/${last.id}/actions`, {
      what: 'Ordna transport till Avesta',
      ownerMemberId: karin.id,
      untilNextMeeting: true,
    });
    await api<Meeting>(chair, 'post', `/api/meetings/${last.id}/close`);

    // Falun's start page shows the open action.
    await falun.goto('/report');
    await falun.getByTestId('my-actions').getByText('Ordna transport till Avesta').waitFor();
    await noSeriousViolations(falun, 'start-page-my-actions');

    // The chair starts the next meeting from the network's card.
    await chair.goto('/region/20/meetings');
    const card = chair.getByTestId(`network-${name}`);
    await card.waitFor();
    await noSeriousViolations(chair, 'meetings-with-networks');
    await card.getByRole('button', { name: `Starta mötet (${name})` }).click();
    await chair.waitForURL(/\/meetings\/[0-9a-f-]+$/);
    const id = new URL(chair.url()).pathname.split('/').at(-1) ?? '';
    const agenda = chair.getByTestId('agenda');
    await agenda.waitFor();
    // Numbered on from the last meeting's one item (§ 183).
    expect(await agenda.locator('h3').allTextContents()).toEqual([
      '§ 184 Föregående minnesanteckningar',
      '§ 185 Uppföljning från föregående möten',
      '§ 186 Lägesbild',
    ]);
    await noSeriousViolations(chair, 'network-meeting');

    // Falun follows on the presentation.
    await falun.goto(`/meetings/${id}/present`);
    await falun.getByTestId('stage').waitFor();

    // § 184 on screen: the last minutes are put on file as proposed.
    const first = chair.getByTestId('item-184');
    await first.getByRole('button', { name: /^Visa på skärmen/ }).click();
    await falun.getByTestId('slide-184').waitFor();
    await first.getByRole('button', { name: /^Besluta enligt förslaget/ }).click();
    await first.locator('.decision-list').getByText('att lägga minnesanteckningarna till handlingarna', { exact: true }).waitFor();
    await expectEventually(async () => expect(await falun.getByTestId('slide-184').textContent()).toContain('LSVO beslutar'));
    await noSeriousViolations(falun, 'presentation-agenda-slide');

    // § 185 on screen: the carried-over action is ticked off in the meeting.
    const second = chair.getByTestId('item-185');
    await second.getByRole('button', { name: /^Visa på skärmen/ }).click();
    await falun.getByTestId('slide-185').waitFor();
    await second.getByTestId('follow-up').getByRole('button', { name: /^Bocka av som klar/ }).click();
    await second.getByTestId('follow-up').getByText('Klar', { exact: true }).waitFor();
    await expectEventually(async () => expect(await falun.getByTestId('slide-185').textContent()).toContain('Klar'));

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
    expect(text).toContain('§ 184 Föregående minnesanteckningar');
    expect(text).toContain('LSVO beslutar');
    expect(text).toContain('att lägga minnesanteckningarna till handlingarna');
    expect(await minutes.locator('s').allTextContents()).toEqual(['Maria Holm, Avesta']);
    await noSeriousViolations(chair, 'network-minutes-print');

    // Ticked off, the action has left Falun's start page.
    await falun.goto('/report');
    await falun.getByRole('heading', { level: 1 }).waitFor();
    expect(await falun.getByTestId('my-actions').count()).toBe(0);

    // The network's own page: members, calendar and the feed address.
    await chair.goto(`/networks/${network.id}`);
    await chair.getByTestId('members').waitFor();
    expect(await chair.getByTestId('feed-url').inputValue()).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await noSeriousViolations(chair, 'network-page');
    // One whole journey through six screens, each checked by axe: longer than a unit test's minute.
  }, 240_000);
});
