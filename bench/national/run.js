// National-scale benchmark: situation, history and writes against 21 regions, 290 municipalities
// and five years of figures, in a database of its own (cached between runs in a temp folder).
//
//   node bench/national/run.js [--data-dir DIR] [--fresh] [--out bench/results/national.json]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { reportingDay, shiftDay } from '@lagesbild/shared';
import { loginCookie, startServerProcess } from '../../tests/support/processes.js';
import { hashPassword } from '@lagesbild/server/auth/passwords.js';
import { deadlineRun, startSmtpSink } from './deadline.js';
import { prepareNational, PASSWORD } from './prepare.js';

const root = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: path.join(os.tmpdir(), 'lagesbild-bench-national') },
    fresh: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(root, 'bench/results/national.json') },
    samples: { type: 'string', default: '300' },
    only: { type: 'string', default: 'forecast,situation,history,holidays,write,export,deadline' },
    'forecast-rounds': { type: 'string', default: '10' },
  },
});
const SAMPLES = Number(args.samples);
const ONLY = new Set(args.only.split(','));
const BIG_REGION = '14'; // Västra Götaland: 49 municipalities, the largest region

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}
const summary = (values) => ({
  n: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
  max: percentile(values, 100),
});

async function timed(samples, warmup, request) {
  for (let i = 0; i < warmup; i += 1) await request(i);
  const times = [];
  let bytes = 0;
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    const size = await request(i);
    times.push(performance.now() - started);
    bytes = size;
  }
  return { ...summary(times), bytes };
}

const rssMb = async (pid) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
};
const peakRssMb = async (pid) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024);
};

/**
 * The forecast through the real server: every region's first forecast after start (the whole
 * country cold: 290 municipalities and 21 totals backtested), a region's forecast made anew (as of
 * another past day each time, so nothing kept can answer it: warm, p50/p99 over every region and
 * for the largest), after one report in the largest region (that municipality and the total made
 * again), and asked again unchanged (kept).
 */
async function measureForecast(baseUrl, databaseUrl, today) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const regions = (await client.query('SELECT code FROM regions ORDER BY code')).rows.map((row) => row.code);
  await client.end();
  const cookies = new Map();
  for (const code of regions) cookies.set(code, await loginCookie(baseUrl, `bench-analyst-${code}`, PASSWORD));
  const ask = async (code, query = '') => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/regions/${code}/forecast${query}`, { headers: { cookie: cookies.get(code) } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`forecast ${code}: ${response.status} ${body.slice(0, 200)}`);
    return { ms: performance.now() - started, body };
  };

  const coldStarted = performance.now();
  const outcomes = {};
  for (const code of regions) {
    const answer = JSON.parse((await ask(code)).body);
    for (const series of [...answer.municipalities, answer.total]) {
      const outcome = series.status === 'ok' ? series.model : series.reason;
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
  }
  const coldMs = performance.now() - coldStarted;

  const anew = [];
  const anewLargest = [];
  for (let round = 1; round <= Number(args['forecast-rounds']); round += 1) {
    for (const code of regions) {
      const { ms } = await ask(code, `?asOf=${shiftDay(today, -round)}`);
      anew.push(ms);
      if (code === BIG_REGION) anewLargest.push(ms);
    }
  }

  const reporter = await loginCookie(baseUrl, 'bench-reporter-1401', PASSWORD);
  const afterReport = [];
  for (let i = 0; i < 30; i += 1) {
    const response = await fetch(`${baseUrl}/api/units/1401-n2/reports/${today}`, {
      method: 'PUT',
      headers: { cookie: reporter, 'content-type': 'application/json' },
      body: JSON.stringify({ capacity: 30, occupied: 20 + (i % 7), admissions: 2, discharges: 2, staffing: 'normal' }),
    });
    if (response.status !== 200) throw new Error(`report: ${response.status} ${await response.text()}`);
    afterReport.push((await ask(BIG_REGION)).ms);
  }
  const kept = await timed(100, 5, async () => (await ask(BIG_REGION)).body.length);
  return {
    regions: regions.length,
    outcomes,
    coldWholeCountryMs: Math.round(coldMs),
    coldTargetMs: 5000,
    regionAnew: summary(anew),
    largestRegionAnew: { region: BIG_REGION, ...summary(anewLargest) },
    targetP99Ms: 200,
    largestAfterOneReport: { region: BIG_REGION, ...summary(afterReport) },
    largestKept: { region: BIG_REGION, ...kept },
  };
}

export async function runNational() {
  const { database, generated } = await prepareNational(args['data-dir'], { fresh: args.fresh });
  // Mail goes to a local SMTP server: the deadline run mails every overdue reporter.
  const smtp = await startSmtpSink();
  const server = await startServerProcess({ env: { DATABASE_URL: database.url, DEMO: '0', SMTP_URL: smtp.url } });
  try {
    const cookie14 = await loginCookie(server.baseUrl, 'bench-analyst-14', PASSWORD);
    const get = (cookie, url) => async () => {
      const response = await fetch(`${server.baseUrl}${url}`, { headers: { cookie } });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`${url}: ${response.status} ${text.slice(0, 200)}`);
      return text.length;
    };
    const today = reportingDay();
    // First, while nothing of the forecast has run in this process: the whole country cold.
    const forecast = !ONLY.has('forecast') ? null : await measureForecast(server.baseUrl, database.url, today);
    const situation = !ONLY.has('situation')
      ? null
      : await timed(SAMPLES, 30, get(cookie14, `/api/regions/${BIG_REGION}/situation`));
    const cookie20 = await loginCookie(server.baseUrl, 'bench-analyst-20', PASSWORD);
    const situation20 = !ONLY.has('situation') ? null : await timed(SAMPLES, 30, get(cookie20, '/api/regions/20/situation'));
    const history = !ONLY.has('history')
      ? null
      : await timed(30, 3, get(cookie14, `/api/regions/${BIG_REGION}/history?from=${shiftDay(today, -364)}&to=${today}`));
    // Five years week by week, and the holiday view (every earlier year's matching days, five years of flows).
    const historyFiveYears = !ONLY.has('history')
      ? null
      : await timed(30, 3, get(cookie14, `/api/regions/${BIG_REGION}/history?from=${shiftDay(today, -1825)}&to=${today}`));
    const holidayView = !ONLY.has('holidays')
      ? null
      : await timed(100, 10, get(cookie14, `/api/regions/${BIG_REGION}/holidays?period=christmas`));
    const write = !ONLY.has('write')
      ? null
      : await timed(SAMPLES, 20, async (i) => {
          const unit = `${BIG_REGION}-h${(i % 4) + 1}`;
          const date = shiftDay(today, -(i % 30));
          const response = await fetch(`${server.baseUrl}/api/units/${unit}/reports/${date}`, {
            method: 'PUT',
            headers: { cookie: cookie14, 'content-type': 'application/json' },
            body: JSON.stringify({
              capacity: 300,
              occupied: 250 + ((performance.now() % 40) | 0) + i,
              admissions: 20,
              discharges: 18,
              staffing: 'normal',
              comment: `bench ${i}`,
            }),
          });
          const text = await response.text();
          if (response.status !== 200) throw new Error(`write: ${response.status} ${text.slice(0, 200)}`);
          return text.length;
        });
    // Two years of the largest region as a download: about 100 000 report rows. Few samples, it is slow.
    const twoYears = `from=${shiftDay(today, -730)}&to=${today}`;
    const download = (url) => async () => {
      const response = await fetch(`${server.baseUrl}${url}`, { headers: { cookie: cookie14 } });
      const body = await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
      return body.byteLength;
    };
    const exportXlsx = !ONLY.has('export')
      ? null
      : await timed(5, 1, download(`/api/regions/${BIG_REGION}/export.xlsx?${twoYears}`));
    const exportCsv = !ONLY.has('export')
      ? null
      : await timed(5, 1, download(`/api/regions/${BIG_REGION}/export/reports.csv?${twoYears}`));
    // What everyone else sees while one analyst downloads: Dalarna's situation, asked again and
    // again until the two-year workbook of the largest region has arrived.
    let situationDuringExport = null;
    if (ONLY.has('export')) {
      const times = [];
      let done = false;
      const exporting = download(`/api/regions/${BIG_REGION}/export.xlsx?${twoYears}`)().finally(() => (done = true));
      const situationOf20 = get(cookie20, '/api/regions/20/situation');
      while (!done) {
        const started = performance.now();
        await situationOf20();
        times.push(performance.now() - started);
      }
      await exporting;
      situationDuringExport = { region: '20', ...summary(times) };
    }
    const deadline = !ONLY.has('deadline')
      ? null
      : await deadlineRun({ databaseUrl: database.url, passwordHash: await hashPassword(PASSWORD), smtp });
    const memory = await rssMb(server.child.pid);
    const peakMemory = await peakRssMb(server.child.pid);
    const result = {
      machine: {
        cpus: os.availableParallelism(),
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.type()} ${os.release()}`,
      },
      dataset: generated,
      situation: { region: BIG_REGION, ...situation },
      situationDalarna: { region: '20', ...situation20 },
      historyYear: { region: BIG_REGION, ...history },
      historyFiveYears: historyFiveYears && { region: BIG_REGION, ...historyFiveYears },
      holidayView: holidayView && { region: BIG_REGION, period: 'christmas', ...holidayView },
      write,
      forecast,
      exportXlsx: exportXlsx && { region: BIG_REGION, days: 731, ...exportXlsx },
      exportCsv: exportCsv && { region: BIG_REGION, days: 731, ...exportCsv },
      situationDuringExport,
      deadline,
      serverRssMb: memory,
      serverPeakRssMb: peakMemory,
    };
    await mkdir(path.dirname(args.out), { recursive: true });
    await writeFile(args.out, JSON.stringify(result, null, 2));
    return result;
  } finally {
    await server.stop();
    await smtp.close();
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runNational()
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
