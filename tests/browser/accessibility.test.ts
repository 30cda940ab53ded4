import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn, screenshot, seriousAxeViolations, useBrowserSuite, type ViewportName, VIEWPORTS } from '../support/browser.js';

// Every page, at a desktop and a phone size: no serious or critical axe-core violation, and a
// screenshot in tests/artifacts/ to look at. Nothing is written to the database here.

const suite = useBrowserSuite();

interface PageCase {
  name: string;
  user: string | null;
  path: string;
  /** What must be on screen before the page counts as rendered. */
  ready: (page: Page) => Promise<unknown>;
}

const PAGES: PageCase[] = [
  { name: 'login', user: null, path: '/login', ready: (page) => page.getByRole('button', { name: 'Logga in' }).waitFor() },
  {
    name: 'entry-form',
    user: 'falun',
    path: '/report',
    ready: (page) => page.getByLabel('Belagda platser', { exact: true }).waitFor(),
  },
  {
    name: 'flows-form',
    user: 'region-dalarna',
    path: '/flows',
    ready: (page) => page.getByTestId('flows-row-2080').waitFor(),
  },
  {
    name: 'overview',
    user: 'region-dalarna',
    path: '/region/20',
    ready: async (page) => {
      await page.getByTestId('row-2080').waitFor();
      await page.getByTestId('chart-occupancy').locator('svg.recharts-surface').first().waitFor();
      await page.getByTestId('chart-hospital').locator('svg.recharts-surface').first().waitFor();
    },
  },
  {
    name: 'municipality',
    user: 'region-dalarna',
    path: '/region/20/municipality/2080',
    ready: async (page) => {
      await page.getByTestId('unit-table').waitFor();
      await page.getByTestId('chart-flows').locator('svg.recharts-surface').first().waitFor();
      await page.getByTestId('comment-list').waitFor();
    },
  },
  {
    name: 'meetings-list',
    user: 'chair-dalarna',
    path: '/region/20/meetings',
    ready: (page) => page.getByRole('button', { name: 'Starta mötet' }).waitFor(),
  },
  { name: 'admin-users', user: 'admin', path: '/admin/users', ready: (page) => page.getByTestId('users-table').waitFor() },
  { name: 'audit-trail', user: 'admin', path: '/region/20/audit', ready: (page) => page.getByTestId('audit-table').waitFor() },
];

describe('accessibility and layout', () => {
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    for (const target of PAGES) {
      it(`${target.name} at ${VIEWPORTS[viewport].width}×${VIEWPORTS[viewport].height}: no serious axe violation`, async () => {
        const context = await suite.context(viewport);
        try {
          const page = await context.newPage();
          if (target.user) await logIn(page, target.user);
          await page.goto(target.path);
          await target.ready(page);
          await screenshot(page, `${target.name}-${viewport}`);
          // Nothing may stick out sideways on a phone: the page scrolls down, wide tables scroll in place.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          expect(await seriousAxeViolations(page)).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('the overview works from the keyboard: skip link, sorting, freeze', async () => {
    const context = await suite.context();
    try {
      const page = await context.newPage();
      await logIn(page, 'region-dalarna');
      await page.getByTestId('row-2080').waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
      const sort = page.getByRole('button', { name: /^Kommun/ });
      await sort.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Kommun');
      const names = await page.locator('[data-testid="municipality-table"] tbody th a').allTextContents();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
      const freeze = page.getByRole('button', { name: 'Frys bilden' });
      await freeze.focus();
      await page.keyboard.press('Space');
      expect(await freeze.getAttribute('aria-pressed')).toBe('true');
    } finally {
      await context.close();
    }
  });
});
