// Avrop under load: many rounds of a request with three offers and two accepts (Avesta asks for six
// places; Falun, Borlänge and Mora offer two each; Avesta accepts two of them), each call through
// the real server process on loopback, on the demo data. p50 / p99 per kind of call.
//
//   node bench/requests.js [--rounds 100] [--out bench/results/requests.json]
import { mkdir, mkdtemp, chmod, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { reportingDay, shiftDay } from '@lagesbild/shared';
import { startEmbeddedPostgres } from '@lagesbild/server/embedded-postgres';
import { loginCookie, startServerProcess } from '../tests/support/processes.js';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '5' },
    out: { type: 'string', default: path.join(root, 'bench/results/requests.json') },
  },
});
const ROUNDS = Number(args.rounds);
const WARMUP = Number(args.warmup);

function percentile(values, p) {
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

export async function runRequests() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lagesbild-bench-requests-'));
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir, database: 'lagesbild_bench_requests' });
  const server = await startServerProcess({ env: { DATABASE_URL: database.url, DEMO: '1' } });
  try {
    const cookies = Object.fromEntries(
      await Promise.all(
        ['avesta', 'falun', 'borlange', 'mora'].map(async (user) => [user, await loginCookie(server.baseUrl, user)]),
      ),
    );
    const call = async (user, method, url, body) => {
      const started = performance.now();
      const response = await fetch(`${server.baseUrl}${url}`, {
        method,
        headers: { cookie: cookies[user], 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = await response.json();
      const took = performance.now() - started;
      if (response.status !== 200 && response.status !== 201) {
        throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
      }
      return { json, took };
    };
    const times = { create: [], offer: [], accept: [], list: [] };
    const from = reportingDay();
    for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
      const measured = round >= WARMUP;
      const record = (kind, took) => measured && times[kind].push(took);
      const created = await call('avesta', 'POST', '/api/regions/20/requests', {
        reason: `Bench ${round}`,
        urgency: 'urgent',
        neededBy: from,
        lines: [{ kind: 'places', quantity: 6, unitKind: 'short_term', from, to: shiftDay(from, 7) }],
      });
      record('create', created.took);
      const lineId = created.json.lines[0].id;
      let request = created.json;
      for (const offerer of ['falun', 'borlange', 'mora']) {
        const offered = await call(offerer, 'POST', `/api/requests/${request.id}/offers`, { lineId, quantity: 2 });
        record('offer', offered.took);
        request = offered.json;
      }
      for (const offer of request.lines[0].offers.slice(0, 2)) {
        const accepted = await call('avesta', 'POST', `/api/offers/${offer.id}/accept`, {});
        record('accept', accepted.took);
      }
      const listed = await call('falun', 'GET', '/api/regions/20/requests');
      record('list', listed.took);
    }
    const result = {
      machine: { cpus: os.availableParallelism(), node: process.version },
      rounds: ROUNDS,
      create: summary(times.create),
      offer: summary(times.offer),
      accept: summary(times.accept),
      listActive: summary(times.list),
    };
    await mkdir(path.dirname(args.out), { recursive: true });
    await writeFile(args.out, JSON.stringify(result, null, 2));
    return result;
  } finally {
    await server.stop();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runRequests()
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
