// Speed of the forecast rules alone (no database): every municipality of the country (290, in the
// 21 regions of bench/national/counties.js) and each region's total, on five years of daily
// figures per municipality, of which the forecast uses the last year.
//   cold: a fresh Node process, from importing @lagesbild/shared to the last forecast (target ≤ 5 s)
//   warm: one region's forecast (its municipalities and its total) again, p50 / p99 (target p99 ≤ 200 ms)
// Usage: npm run build -w shared && node bench/backtest-speed.js [--rounds 20] [--days 14]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '@lagesbild/shared';
import { COUNTIES } from './national/counties.js';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    days: { type: 'string', default: '14' },
    cold: { type: 'boolean', default: false },
  },
});
const YEARS_OF_DAYS = 5 * 365 + 1;
const AS_OF = '2026-03-01';

// One municipality: residents ready for discharge wander around a level set by its size, are
// discharged at a weekday rate (few at weekends), a share goes to short-term care, and stays about
// two weeks; a winter peak; some days not reported (null), more often in small municipalities.
function municipality(seed) {
  const random = seededRandom(seed);
  const size = 0.3 + 6 * random() ** 2;
  const rate = [0.45, 0.45, 0.45, 0.45, 0.5, 0.1, 0.05];
  const share = 0.2 + 0.15 * random();
  const stay = 10 + 10 * random();
  const flows = { readyForDischarge: [], discharges: [], dischargesShortTerm: [] };
  const occupied = [];
  let ready = 2 * size;
  let stock = ready * 0.45 * share * stay;
  for (let t = 0; t < YEARS_OF_DAYS; t += 1) {
    const winter = 1 + 0.2 * Math.cos((2 * Math.PI * (t - 15)) / 365);
    const before = flows.readyForDischarge[t - 1] ?? ready;
    const discharged = Math.round(rate[t % 7] * (before ?? ready) * (0.8 + 0.4 * random()));
    const arrivals = Math.max(0, Math.min(discharged, Math.round(discharged * share + random() - 0.5)));
    ready = Math.max(0, ready + (2 * size * winter - ready) * 0.1 + (random() - 0.5) * 2 * Math.sqrt(size));
    stock = stock * (1 - 1 / stay) + arrivals;
    const silent = random() < 0.02 / size;
    flows.readyForDischarge.push(Math.round(ready));
    flows.discharges.push(discharged);
    flows.dischargesShortTerm.push(arrivals);
    occupied.push(silent ? null : Math.round(stock));
  }
  return { occupied, flows };
}

const sum = (series) => series[0].map((_, t) => series.reduce((total, values) => total + (values[t] ?? 0), 0));
function regionTotal(municipalities) {
  return {
    occupied: sum(municipalities.map((m) => m.occupied)),
    flows: {
      readyForDischarge: sum(municipalities.map((m) => m.flows.readyForDischarge)),
      discharges: sum(municipalities.map((m) => m.flows.discharges)),
      dischargesShortTerm: sum(municipalities.map((m) => m.flows.dischargesShortTerm)),
    },
  };
}

const regions = COUNTIES.map((county) => {
  const municipalities = Array.from({ length: county.municipalities }, (_, index) =>
    municipality(Number(county.code) * 100 + index),
  );
  return { code: county.code, municipalities, total: regionTotal(municipalities) };
});

const days = Number(args.days);
const round1 = (value) => Math.round(value * 10) / 10;
const quantile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

if (args.cold) {
  // Cold: the import of the rules and the first forecast of everything, in this fresh process.
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { forecastOccupancy } = await import('@lagesbild/shared');
  const statuses = {};
  const models = {};
  const coverages = [];
  const mases = [];
  for (const region of regions) {
    for (const series of [...region.municipalities, region.total]) {
      const result = forecastOccupancy(
        { asOf: AS_OF, ...series },
        { days, ...(process.env.FORECAST_OPTIONS ? JSON.parse(process.env.FORECAST_OPTIONS) : {}) },
      );
      statuses[result.status === 'ok' ? 'ok' : result.reason] =
        (statuses[result.status === 'ok' ? 'ok' : result.reason] ?? 0) + 1;
      if (result.status !== 'ok') continue;
      const name =
        result.parameters.model === 'holtWinters' && result.parameters.holtWinters.trend ? 'holtWinters (trend)' : result.model;
      models[name] = (models[name] ?? 0) + 1;
      if (result.accuracy.coverage != null) coverages.push(result.accuracy.coverage);
      mases.push(result.accuracy.mase);
    }
  }
  const cpu = process.cpuUsage(cpuStarted);
  const coldCpuMs = Math.round((cpu.user + cpu.system) / 1000);
  coverages.sort((a, b) => a - b);
  mases.sort((a, b) => a - b);
  const coverage = {
    mean: coverages.reduce((a, b) => a + b, 0) / coverages.length,
    p10: quantile(coverages, 0.1),
    median: quantile(coverages, 0.5),
    p90: quantile(coverages, 0.9),
    series: coverages.length,
  };
  const mase = { median: quantile(mases, 0.5), p90: quantile(mases, 0.9) };
  process.stdout.write(
    JSON.stringify({ coldMs: Math.round(performance.now() - started), coldCpuMs, statuses, models, coverage, mase }),
  );
  process.exit(0);
}

const child = spawnSync(process.execPath, [import.meta.filename, '--cold', '--days', String(days)], {
  cwd: root,
  encoding: 'utf8',
});
if (child.status !== 0) throw new Error(`cold run failed: ${child.stderr}`);
const cold = JSON.parse(child.stdout);

const { forecastOccupancy } = await import('@lagesbild/shared');
const forecastRegion = (region) => {
  for (const series of [...region.municipalities, region.total]) forecastOccupancy({ asOf: AS_OF, ...series }, { days });
};
for (const region of regions) forecastRegion(region);
// Wall time, and CPU time: on a machine shared with other work the wall time waits for the CPU.
const samples = [];
const largest = [];
const cpuSamples = [];
const largestCpu = [];
for (let round = 0; round < Number(args.rounds); round += 1) {
  for (const region of regions) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    forecastRegion(region);
    const cpu = process.cpuUsage(cpuStarted);
    const elapsed = performance.now() - started;
    samples.push(elapsed);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
    if (region.code === '14') {
      largest.push(elapsed);
      largestCpu.push((cpu.user + cpu.system) / 1000);
    }
  }
}
for (const list of [samples, largest, cpuSamples, largestCpu]) list.sort((a, b) => a - b);
const result = {
  date: new Date().toISOString(),
  days,
  series: regions.reduce((n, region) => n + region.municipalities.length + 1, 0),
  coldMs: cold.coldMs,
  coldCpuMs: cold.coldCpuMs,
  coldTargetMs: 5000,
  loadAverage: os.loadavg().map(round1),
  statuses: cold.statuses,
  models: cold.models,
  coverage: Object.fromEntries(
    Object.entries(cold.coverage).map(([key, value]) => [key, key === 'series' ? value : Math.round(value * 1000) / 1000]),
  ),
  mase: Object.fromEntries(Object.entries(cold.mase).map(([key, value]) => [key, Math.round(value * 1000) / 1000])),
  regionWarm: {
    p50: round1(quantile(samples, 0.5)),
    p99: round1(quantile(samples, 0.99)),
    cpuP50: round1(quantile(cpuSamples, 0.5)),
    cpuP99: round1(quantile(cpuSamples, 0.99)),
    samples: samples.length,
    targetP99: 200,
  },
  largestRegionWarm: {
    region: '14',
    municipalities: 49,
    p50: round1(quantile(largest, 0.5)),
    p99: round1(quantile(largest, 0.99)),
    cpuP50: round1(quantile(largestCpu, 0.5)),
    cpuP99: round1(quantile(largestCpu, 0.99)),
  },
};
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/forecast-speed.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`forecast of ${result.series} series (290 municipalities + 21 region totals), ${days} days ahead`);
const { regionWarm: r, largestRegionWarm: l } = result;
console.log(
  `  load average ${result.loadAverage.join(' ')} on ${os.cpus().length} cores (wall time waits for the CPU; CPU time does not)`,
);
console.log(`  cold, whole country:       ${result.coldMs} ms wall, ${result.coldCpuMs} ms CPU (target ≤ 5000 ms)`);
console.log(
  `  warm, one region:          p50 ${r.p50} / p99 ${r.p99} ms wall, p50 ${r.cpuP50} / p99 ${r.cpuP99} ms CPU (target p99 ≤ 200 ms)`,
);
console.log(`  warm, largest region (14): p50 ${l.p50} / p99 ${l.p99} ms wall, p50 ${l.cpuP50} / p99 ${l.cpuP99} ms CPU`);
console.log(`  outcome: ${JSON.stringify(result.statuses)}; models chosen: ${JSON.stringify(result.models)}`);
const c = result.coverage;
console.log(
  `  80 % interval, share of checked days inside (per series): mean ${c.mean}, p10 ${c.p10}, median ${c.median}, p90 ${c.p90}`,
);
console.log(`  MASE of the chosen model: median ${result.mase.median}, p90 ${result.mase.p90}`);
