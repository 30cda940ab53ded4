import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import { FileServer, type ServerOptions } from './server.js';

export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../artifacts');

export const VIEWPORTS = {
  desktop: { width: 1920, height: 1080 },
  phone: { width: 375, height: 812 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** A fresh context (its own cookies) at a viewport, with Swedish as the browser language. */
export function newContext(browser: Browser, baseURL: string, viewport: ViewportName = 'desktop'): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: VIEWPORTS[viewport],
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    reducedMotion: 'reduce',
    ...(viewport === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
}

/** Logs in through the login form, as a person would, and waits for the landing page. */
export async function logIn(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  // The URL changes before the lazily loaded page has replaced the login form; wait for the shell.
  await page.getByTestId('header-user').waitFor();
}

/** Polls `check` until it stops throwing (Playwright-style auto-waiting for plain assertions). */
export async function expectEventually(check: () => Promise<void> | void, timeoutMs = 10_000, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Serious and critical axe-core violations on the page as it is now (WCAG 2.1 A and AA rules). */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** A full-page screenshot under tests/artifacts/ (git-ignored), named by page and viewport. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface BrowserSuite {
  /** The file's one server (started before its tests, stopped after). */
  readonly server: FileServer;
  /** The file's one Chromium. */
  readonly browser: Browser;
  /** A fresh context (its own cookies) at a viewport; closed after the test at the latest. */
  context(viewport?: ViewportName): Promise<BrowserContext>;
  /**
   * A page in a fresh context, logged in as `user` through the login form (`null`: not logged in),
   * waiting on the landing page. Its context is `page.context()`, closed after the test at the latest.
   */
  page(user: string | null, viewport?: ViewportName, password?: string): Promise<Page>;
}

/**
 * The browser tests' set-up in one call: one server and one Chromium for the whole file, started
 * together before its tests and stopped after them, and pages logged in as a person would.
 *
 *   const suite = useBrowserSuite();
 *   it('…', async () => {
 *     const page = await suite.page('falun');            // or suite.page('falun', 'phone')
 *     await page.goto('/report');
 *   });
 */
export function useBrowserSuite(options: ServerOptions = {}): BrowserSuite {
  const server = new FileServer();
  let browser: Browser | undefined;
  const open = new Set<BrowserContext>();

  beforeAll(async () => {
    const [, launched] = await Promise.all([server.start(options), launchBrowser()]);
    browser = launched;
  });
  afterEach(async () => {
    await Promise.all([...open].map((context) => context.close()));
    open.clear();
  });
  afterAll(async () => {
    await browser?.close();
    await server.stopIfStarted();
  });

  const suite: BrowserSuite = {
    server,
    get browser(): Browser {
      if (!browser) throw new Error('the browser starts in beforeAll: use it inside a hook or a test');
      return browser;
    },
    async context(viewport = 'desktop') {
      const context = await newContext(suite.browser, server.baseUrl, viewport);
      open.add(context);
      context.once('close', () => open.delete(context));
      return context;
    },
    async page(user, viewport = 'desktop', password = 'demo') {
      const page = await (await suite.context(viewport)).newPage();
      if (user !== null) await logIn(page, user, password);
      return page;
    },
  };
  return suite;
}
