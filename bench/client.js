// Client benchmark: the initial JS (and CSS) a browser loads before the first page, gzipped, and
// the time from navigation to the region overview's first full render in Chromium.
//
//   node bench/client.js [--runs 10] [--database-url URL --username U --password P] [--region 20]
//
// Without --database-url the server runs on demo data in an embedded PostgreSQL of its own.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startEmbeddedPostgres } from '@lagesbild/server/embedded-postgres';
import { launchChromium } from '../tests/support/chromium.js';
import { loginCookie, startServerProcess, temporaryDataDir } from '../tests/support/processes.js';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'client/dist');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    'database-url': { type: 'string' },
    'national-data-dir': { type: 'string' },
    username: { type: 'string', default: 'region-dalarna' },
    password: { type: 'string', default: 'demo' },
    region: { type: 'string', default: '20' },
    out: { type: 'string', default: path.join(root, 'bench/results/client.json') },
  },
});
/** What index.html makes the browser fetch before any lazy chunk: entry scripts, preloads, CSS. */
export async function initialAssets() {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  const sizes = await Promise.all(
    [...new Set(refs)].map(async (ref) => {
      const content = await readFile(path.join(dist, ref));
      return { file: ref, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    }),
  );
  const sum = (kind, key) => sizes.filter((s) => s.file.endsWith(kind)).reduce((total, s) => total + s[key], 0);
  return {
    files: sizes,
    jsGzipKb: Math.round(sum('.js', 'gzip') / 102.4) / 10,
    jsRawKb: Math.round(sum('.js', 'raw') / 102.4) / 10,
    cssGzipKb: Math.round(sum('.css', 'gzip') / 102.4) / 10,
  };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
};

/**
 * "First full render": every municipality's row, the key figures, a drawn chart, and the
 * connection marked live — what a chair would wait for before sharing the screen.
 */
export async function firstRender({ baseUrl, username, password, region, runs }) {
  const browser = await launchChromium();
  try {
    const cookie = await loginCookie(baseUrl, username, password);
    const [name, value] = cookie.split('=');
    const organizations = await (await fetch(`${baseUrl}/api/regions/${region}/organizations`, { headers: { cookie } })).json();
    const municipalities = organizations.filter((o) => o.kind === 'municipality').length;
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      // A new context each time: no cache, no service worker, as on a first visit.
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'sv-SE' });
      await context.addCookies([{ name, value, url: baseUrl }]);
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${baseUrl}/region/${region}`);
      await page.waitForFunction(
        (count) =>
          document.querySelectorAll('[data-testid^="row-"]').length >= count &&
          document.querySelector('[data-testid="figure-municipalOccupied-value"]') !== null &&
          document.querySelector('.recharts-surface') !== null &&
          (document.querySelector('[data-testid="connection"]')?.textContent ?? '').includes('Live'),
        municipalities,
        { timeout: 30_000, polling: 'raf' },
      );
      times.push(Date.now() - started);
      await context.close();
    }
    return { runs, municipalities, p50: percentile(times, 50), max: Math.max(...times), times };
  } finally {
    await browser.close();
  }
}

export async function runClient() {
  const assets = await initialAssets();
  let dataDir;
  let server;
  let national;
  try {
    if (args['national-data-dir']) {
      // The national data set made by bench/national/run.js, in its own PostgreSQL.
      national = await startEmbeddedPostgres({ dataDir: args['national-data-dir'], database: 'lagesbild_bench' });
      server = await startServerProcess({ env: { DATABASE_URL: national.url, DEMO: '0' } });
    } else if (args['database-url']) {
      server = await startServerProcess({ env: { DATABASE_URL: args['database-url'], DEMO: '0' } });
    } else {
      dataDir = await temporaryDataDir('lagesbild-bench-client-');
      server = await startServerProcess({ env: { DATA_DIR: dataDir, DEMO: '1' } });
    }
    const render = await firstRender({
      baseUrl: server.baseUrl,
      username: args.username,
      password: args.password,
      region: args.region,
      runs: Number(args.runs),
    });
    const result = {
      initialAssets: assets,
      firstRender: {
        data: args['national-data-dir'] ? 'national' : args['database-url'] ? 'external' : 'demo',
        region: args.region,
        ...render,
      },
    };
    await mkdir(path.dirname(args.out), { recursive: true });
    await writeFile(args.out, JSON.stringify(result, null, 2));
    return result;
  } finally {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await national?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runClient()
    .then((result) =>
      console.log(JSON.stringify({ ...result, initialAssets: { ...result.initialAssets, files: undefined } }, null, 2)),
    )
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
