import { readFile } from 'node:fs/promises';
import type { Meeting } from '@lagesbild/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectEventually, screenshot, seriousAxeViolations, useBrowserSuite } from '../support/browser.js';

// A situation meeting in real browsers: the chair steps the round from the keyboard on the
// presentation view and Falun's screen follows; the minutes are kept, exported and closed.

const suite = useBrowserSuite();

async function as(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const page = await suite.page(username, 'desktop');
  return { context: page.context(), page };
}

/** The chair starts a meeting through the form, and lands on it. */
async function startMeeting(page: Page, title: string): Promise<string> {
  await page.goto('/region/20/meetings');
  await page.getByLabel('Rubrik').fill(title);
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await page.waitForURL(/\/meetings\/[0-9a-f-]+$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}

async function meetingById(page: Page, id: string): Promise<Meeting> {
  const response = await page.request.get(`/api/meetings/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Meeting;
}

/** The step on a screen: an index into the round, or "overview". */
function stepOf(page: Page): Promise<string | null> {
  return page.getByTestId('stage').getAttribute('data-step');
}

/** Visible text set smaller than 24 px (the presentation must be readable from the back of the room). */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      if (element.closest('.visually-hidden') || !element.checkVisibility()) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < 24) found.push(`${element.tagName.toLowerCase()} "${node.textContent.trim().slice(0, 30)}" ${size}px`);
    }
    return found;
  });
}

describe('situation meetings', () => {
  it('the chair steps the round with the keyboard and Falun’s screen follows', async () => {
    const chair = await as('chair-dalarna');
    const falun = await as('falun');
    try {
      const id = await startMeeting(chair.page, 'Lägesmöte, rundan');
      const meeting = await meetingById(chair.page, id);
      // The region first, then the municipalities in order: Falun's turn is somewhere in the middle.
      expect(meeting.participants[0]).toBe('20');
      expect(meeting.participants).toHaveLength(16);

      await falun.page.goto(`/meetings/${id}/present`);
      await falun.page.getByTestId('stage').waitFor();
      await expectEventually(async () =>
        expect(await falun.page.getByTestId('follow-state').textContent()).toContain('Följer ordföranden'),
      );

      await chair.page.goto(`/meetings/${id}/present`);
      await chair.page.getByTestId('stage').waitFor();
      // "Ansluter …" until the chair's socket has joined the meeting.
      await expectEventually(async () =>
        expect(await chair.page.getByTestId('follow-state').textContent()).toContain('Du styr mötet'),
      );
      expect(await stepOf(chair.page)).toBe('overview');

      await chair.page.keyboard.press('ArrowRight');
      expect(await stepOf(chair.page)).toBe('0');
      await chair.page.getByTestId('step-20').waitFor();
      await expectEventually(async () => expect(await stepOf(falun.page)).toBe('0'));
      await falun.page.getByTestId('step-20').waitFor();

      for (let i = 0; i < 3; i += 1) await chair.page.keyboard.press('ArrowRight');
      await chair.page.keyboard.press('ArrowLeft');
      expect(await stepOf(chair.page)).toBe('2');
      const third = meeting.participants[2] ?? '';
      await expectEventually(async () => expect(await stepOf(falun.page)).toBe('2'));
      await falun.page.getByTestId(`step-${third}`).waitFor();
      await expectEventually(async () => expect((await meetingById(chair.page, id)).step).toBe(2));

      // The follower looks ahead on their own; the chair's step does not move for it.
      await falun.page.keyboard.press('End');
      expect(await stepOf(falun.page)).toBe('15');
      expect(await falun.page.getByTestId('follow-state').textContent()).toContain('Du bläddrar själv');
      expect((await meetingById(falun.page, id)).step).toBe(2);
      await chair.page.keyboard.press('Home');
      await expectEventually(async () => expect((await meetingById(chair.page, id)).step).toBeNull());
      expect(await stepOf(falun.page)).toBe('15');

      // "S" follows the chair again, straight to where the chair is.
      // The chair's last step may still be on its way to this screen: following, it lands there.
      await falun.page.keyboard.press('s');
      await expectEventually(async () => expect(await stepOf(falun.page)).toBe('overview'));
      await chair.page.keyboard.press('ArrowLeft');
      await expectEventually(async () => expect(await stepOf(falun.page)).toBe('15'));

      // Only the chair steers: the server refuses a reporter's step.
      const refused = await falun.page.request.put(`/api/meetings/${id}/step`, { data: { step: 1 } });
      expect(refused.status()).toBe(403);

      // Escape leaves the presentation for the meeting's page.
      await chair.page.keyboard.press('Escape');
      await chair.page.waitForURL(new RegExp(`/meetings/${id}$`));
    } finally {
      await chair.context.close();
      await falun.context.close();
    }
  });

  it('a change during the meeting is shown beside the frozen figure; the minutes export keeps the frozen one', async () => {
    const chair = await as('chair-dalarna');
    const falun = await as('falun');
    try {
      const id = await startMeeting(chair.page, 'Lägesmöte, protokoll');
      const frozen = await meetingById(chair.page, id);
      const lunden = frozen.snapshot.organizations.find((org) => org.code === '2080')?.units[0]?.report;
      if (!lunden) throw new Error('Falun has not reported today in the demo data');

      // Falun reports a new figure while the meeting runs.
      const changed = lunden.occupied === 33 ? 32 : 33;
      await falun.page.getByLabel('Belagda platser', { exact: true }).fill(String(changed));
      await falun.page.getByRole('button', { name: /^Spara/ }).click();
      await falun.page.getByText(/^Sparat kl\. \d\d:\d\d$/).waitFor();

      await chair.page.goto(`/meetings/${id}/present`);
      const live = chair.page.getByTestId('live-2080-occupied');
      await live.waitFor();
      expect(await live.textContent()).toContain(String(changed));
      expect(await chair.page.getByTestId('board-2080').textContent()).toContain(`${lunden.occupied} av ${lunden.capacity}`);
      expect(await chair.page.getByTestId('changed-summary').textContent()).toContain('Falun');

      // The minutes: a decision, an action item and a note, on the meeting's page.
      await chair.page.goto(`/meetings/${id}`);
      await chair.page.getByLabel('Nytt beslut').fill('Hedemora lånar ut sex platser till Avesta');
      await chair.page.getByRole('button', { name: 'Lägg till beslutet' }).click();
      await chair.page.getByText('att Hedemora lånar ut sex platser till Avesta', { exact: true }).waitFor();
      await chair.page.getByLabel('Vem').fill('Hedemora kommun');
      await chair.page.getByLabel('Vad').fill('Ordnar transport till Avesta');
      await chair.page.getByLabel(/Senast/).fill('2030-12-01');
      await chair.page.getByRole('button', { name: 'Lägg till åtgärden' }).click();
      await chair.page.getByRole('cell', { name: 'Ordnar transport till Avesta', exact: true }).waitFor();
      await chair.page.getByLabel('Anteckning för Falun').fill('Läget i Falun är ansträngt men hanterbart.');
      await chair.page.getByRole('button', { name: 'Spara anteckningen (Falun)' }).click();
      await chair.page
        .locator('#note-2080')
        .getByText(/^Sparad \d\d:\d\d$/)
        .waitFor();

      // Falun, following, sees the minutes grow without reloading, read-only.
      await falun.page.goto(`/meetings/${id}`);
      await falun.page.getByText('att Hedemora lånar ut sex platser till Avesta', { exact: true }).waitFor();
      expect(await falun.page.getByLabel('Nytt beslut').count()).toBe(0);

      const [download] = await Promise.all([
        chair.page.waitForEvent('download'),
        chair.page.getByRole('link', { name: 'Ladda ner protokollet (Markdown)' }).click(),
      ]);
      const markdown = await readFile((await download.path()) ?? '', 'utf8');
      expect(markdown).toContain('# Lägesmöte, protokoll');
      expect(markdown).toContain('- att Hedemora lånar ut sex platser till Avesta');
      expect(markdown).toContain('| Hedemora kommun | Ordnar transport till Avesta | 2030-12-01 |');
      expect(markdown).toContain('**Falun:** Läget i Falun är ansträngt men hanterbart.');
      // The frozen figures, not the one reported during the meeting.
      expect(markdown).toMatch(new RegExp(`\\| Falun \\| ${lunden.capacity} \\| ${lunden.occupied} \\|`));

      // The print page has the same minutes with the snapshot tables, and nothing to click on paper.
      await chair.page.goto(`/meetings/${id}/print`);
      const document = chair.page.getByTestId('minutes-document');
      await document.waitFor();
      expect(await document.textContent()).toContain('att Hedemora lånar ut sex platser till Avesta');
      expect(await chair.page.getByTestId('snapshot-table').locator('tbody tr').count()).toBe(16);
      await chair.page.emulateMedia({ media: 'print' });
      expect(await chair.page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).isVisible()).toBe(false);
      await chair.page.emulateMedia({ media: 'screen' });

      // The chair freezes the figures anew: the room now discusses the new value, nothing is "changed".
      await chair.page.goto(`/meetings/${id}/present`);
      await chair.page.getByTestId('live-2080-occupied').waitFor();
      await chair.page.getByRole('button', { name: 'Uppdatera siffrorna' }).click();
      await chair.page.getByTestId('live-2080-occupied').waitFor({ state: 'detached' });
      expect(await chair.page.getByTestId('board-2080').textContent()).toContain(`${changed} av ${lunden.capacity}`);
      expect(await chair.page.getByTestId('changed-summary').count()).toBe(0);

      // Closing makes the minutes read-only, for the chair too.
      await chair.page.goto(`/meetings/${id}`);
      await chair.page.getByRole('button', { name: 'Avsluta mötet' }).click();
      await chair.page
        .getByRole('alertdialog', { name: 'Avsluta mötet?' })
        .getByRole('button', { name: 'Avsluta mötet' })
        .click();
      await chair.page.getByTestId('closed-notice').waitFor();
      expect(await chair.page.getByLabel('Nytt beslut').count()).toBe(0);
      const late = await chair.page.request.post(`/api/meetings/${id}/decisions`, { data: { text: 'att något mer' } });
      expect(late.status()).toBe(409);
      await chair.page.goto('/region/20/meetings');
      expect(await chair.page.getByTestId('meeting-list').textContent()).toContain('Lägesmöte, protokoll');
    } finally {
      await chair.context.close();
      await falun.context.close();
    }
  });

  it('the presentation at 1920×1080: the whole region on one screen, no text under 24 px, no serious axe violation', async () => {
    const chair = await as('chair-dalarna');
    try {
      const id = await startMeeting(chair.page, 'Lägesmöte, presentation');
      await chair.page.goto(`/meetings/${id}/present`);
      const board = chair.page.getByTestId('overview-board');
      await board.waitFor();
      expect(await board.locator('tbody tr').count()).toBe(15);
      for (const theme of ['light', 'dark'] as const) {
        if ((await chair.page.getByTestId('presentation').getAttribute('data-theme')) !== theme)
          await chair.page.keyboard.press('t');
        expect(await chair.page.getByTestId('presentation').getAttribute('data-theme')).toBe(theme);
        expect(await chair.page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
        expect(await chair.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        expect(await smallText(chair.page)).toEqual([]);
        expect(await seriousAxeViolations(chair.page)).toEqual([]);
        await screenshot(chair.page, `presentation-overview-${theme}`);
      }
      // One organisation's turn, with its sparkline, in both themes.
      await chair.page.keyboard.press('ArrowRight');
      await chair.page.getByTestId('step-20').getByTestId('sparkline').waitFor();
      for (const theme of ['dark', 'light'] as const) {
        if ((await chair.page.getByTestId('presentation').getAttribute('data-theme')) !== theme)
          await chair.page.keyboard.press('t');
        expect(await smallText(chair.page)).toEqual([]);
        expect(await seriousAxeViolations(chair.page)).toEqual([]);
        await screenshot(chair.page, `presentation-region-${theme}`);
      }
      await chair.page.keyboard.press('End');
      await chair.page.getByTestId('step-2085').waitFor();
      expect(await smallText(chair.page)).toEqual([]);
      expect(await seriousAxeViolations(chair.page)).toEqual([]);
      await screenshot(chair.page, 'presentation-municipality-light');
    } finally {
      await chair.context.close();
    }
  });

  it('the meetings list, a meeting and its print page have no serious axe violation', async () => {
    const chair = await as('chair-dalarna');
    try {
      const id = await startMeeting(chair.page, 'Lägesmöte, tillgänglighet');
      for (const [name, path, ready] of [
        ['meetings', '/region/20/meetings', 'meeting-list'],
        ['meeting', `/meetings/${id}`, 'overview-board'],
        ['meeting-print', `/meetings/${id}/print`, 'minutes-document'],
      ] as const) {
        await chair.page.goto(path);
        await chair.page.getByTestId(ready).waitFor();
        expect(await seriousAxeViolations(chair.page)).toEqual([]);
        await screenshot(chair.page, `${name}-desktop`);
      }
    } finally {
      await chair.context.close();
    }
  });
});
