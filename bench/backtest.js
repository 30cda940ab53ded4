// npm run backtest: how good each forecast model has been, on the demo data and on the national
// bench data set, per model and horizon (MAE, MASE with m = 7, and the share of days inside the
// 80 % interval, each origin's interval from errors known at that origin), and the model the
// forecast chose per series. The series are read and assembled exactly as the server does it
// (server/src/forecast), as of today. Writes bench/BACKTEST.md and bench/results/backtest.json.
//
//   node bench/backtest.js [--only demo,national] [--data-dir DIR]   (after npm run build)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FORECAST_MODELS, forecastOccupancy, reportingDay } from '@lagesbild/shared';
import { startEmbeddedPostgres } from '@lagesbild/server/embedded-postgres';
import { databaseOptions } from '@lagesbild/server/database/database-options.js';
import { migrateUnderLock } from '@lagesbild/server/database/migrate.js';
import { DemoSeeder } from '@lagesbild/server/demo/demo-seeder.js';
import { readForecastInputs } from '@lagesbild/server/forecast/forecast-data.js';
import { seriesJobs } from '@lagesbild/server/forecast/forecast-series.js';
import { DataSource } from 'typeorm';
import { prepareNational } from './national/prepare.js';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'demo,national' },
    'data-dir': { type: 'string', default: process.env.BENCH_NATIONAL_DIR ?? path.join(os.tmpdir(), 'lagesbild-bench-national') },
    days: { type: 'string', default: '14' },
  },
});
const HORIZON = Number(args.days);
const ONLY = new Set(args.only.split(','));
const ROWS = [...FORECAST_MODELS, 'chosen'];
const SHOWN_HORIZONS = [1, 2, 3, 7, 14].filter((h) => h <= HORIZON);

/** Every municipality's and region total's forecast, as of today, with every candidate calibrated. */
async function backtestRegions(dataSource, asOf) {
  const regions = await dataSource.query(`SELECT code, name FROM regions ORDER BY code`);
  const results = [];
  for (const region of regions) {
    const inputs = await readForecastInputs(dataSource, region, asOf);
    const jobs = seriesJobs(inputs);
    for (const job of [...jobs.municipalities, jobs.total]) {
      const forecast = forecastOccupancy(job.history, { days: HORIZON, calibrateCandidates: true });
      results.push({ kind: job.kind, code: job.code, forecast });
    }
  }
  return results;
}

/** Per model (and the model chosen) and horizon: mean MAE and MASE over the series, coverage pooled over their checked days. */
function summarise(results) {
  const table = Object.fromEntries(
    ROWS.map((model) => [model, Array.from({ length: HORIZON }, () => ({ series: 0, mae: 0, mase: 0, covered: 0, scored: 0 }))]),
  );
  const add = (model, horizons) => {
    horizons.forEach((accuracy, index) => {
      const cell = table[model][index];
      if (!Number.isFinite(accuracy.mase)) return;
      cell.series += 1;
      cell.mae += accuracy.mae;
      cell.mase += accuracy.mase;
      if (accuracy.coverage !== null) {
        cell.covered += accuracy.coverage * accuracy.scored;
        cell.scored += accuracy.scored;
      }
    });
  };
  const outcomes = {};
  const chosen = {};
  for (const { forecast } of results) {
    const outcome = forecast.status === 'ok' ? 'ok' : forecast.reason;
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    for (const candidate of forecast.candidates) if (candidate.available) add(candidate.model, candidate.accuracy.horizons);
    if (forecast.status === 'ok') {
      chosen[forecast.model] = (chosen[forecast.model] ?? 0) + 1;
      add('chosen', forecast.accuracy.horizons);
    }
  }
  const rows = Object.fromEntries(
    ROWS.map((model) => [
      model,
      table[model].map((cell, index) => ({
        horizon: index + 1,
        series: cell.series,
        mae: cell.series ? cell.mae / cell.series : null,
        mase: cell.series ? cell.mase / cell.series : null,
        coverage: cell.scored ? cell.covered / cell.scored : null,
      })),
    ]),
  );
  return { series: results.length, outcomes, chosen, rows };
}

const fixed = (value, digits = 2) => (value === null ? '–' : value.toFixed(digits));
const percent = (value) => (value === null ? '–' : `${Math.round(value * 100)} %`);

function printSummary(title, summary) {
  console.log(
    `\n${title}: ${summary.series} series; outcome ${JSON.stringify(summary.outcomes)}; chosen ${JSON.stringify(summary.chosen)}`,
  );
  console.log(`  ${'model'.padEnd(14)}${SHOWN_HORIZONS.map((h) => `h=${h}: MAE / MASE / cover`.padEnd(28)).join('')}`);
  for (const model of ROWS) {
    const cells = SHOWN_HORIZONS.map((h) => {
      const row = summary.rows[model][h - 1];
      return `${fixed(row.mae)} / ${fixed(row.mase)} / ${percent(row.coverage)}`.padEnd(28);
    });
    console.log(`  ${model.padEnd(14)}${cells.join('')}`);
  }
}

function markdownTable(summary) {
  const header = `| horizon | ${ROWS.map((model) => `${model}: MAE · MASE · inside`).join(' | ')} |`;
  const rule = `| ---: | ${ROWS.map(() => '---:').join(' | ')} |`;
  const lines = summary.rows.seasonalNaive.map((_, index) => {
    const cells = ROWS.map((model) => {
      const row = summary.rows[model][index];
      return `${fixed(row.mae)} · ${fixed(row.mase)} · ${percent(row.coverage)}`;
    });
    return `| ${index + 1} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...lines];
}

async function demoData(asOf) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lagesbild-backtest-demo-'));
  const database = await startEmbeddedPostgres({ dataDir, database: 'lagesbild_backtest', persistent: false });
  const dataSource = new DataSource(databaseOptions(database.url));
  try {
    await dataSource.initialize();
    await migrateUnderLock(dataSource);
    await new DemoSeeder(dataSource).seedIfEmpty(asOf);
    return await backtestRegions(dataSource, asOf);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function nationalData(asOf) {
  const { database } = await prepareNational(args['data-dir']);
  const dataSource = new DataSource(databaseOptions(database.url));
  try {
    await dataSource.initialize();
    return await backtestRegions(dataSource, asOf);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.stop();
  }
}

const asOf = reportingDay();
const sets = [];
if (ONLY.has('demo'))
  sets.push({ name: 'demo data (Region Dalarna and Region Blekinge, 180 days)', results: await demoData(asOf) });
if (ONLY.has('national'))
  sets.push({ name: 'national bench data set (21 regions, 290 municipalities, five years)', results: await nationalData(asOf) });

const report = sets.map((set) => {
  const municipalities = summarise(set.results.filter((result) => result.kind === 'municipality'));
  const totals = summarise(set.results.filter((result) => result.kind === 'region'));
  printSummary(`${set.name}, municipalities`, municipalities);
  printSummary(`${set.name}, region totals`, totals);
  return { name: set.name, municipalities, totals };
});

const lines = [
  '# Forecast backtest',
  '',
  'Written by `npm run backtest` (`bench/backtest.js`); the raw figures are in `bench/results/backtest.json`.',
  '',
  `As of ${asOf}, ${HORIZON} days ahead. Each series (a municipality's short-term places occupied, its units summed, or a`,
  "region's total) is read and assembled as the server does it and backtested from rolling origins on its own last year",
  '(`shared/src/rules/forecast`): every model forecasts from every origin with data up to that origin only, and is scored on',
  'the targets of the last 90 days. **MAE** is the mean absolute error in places, **MASE** that error scaled by the one-step',
  'weekly seasonal naive error of the same series (m = 7; below 1 beats it), both averaged over the series; **inside** is',
  'the share of checked days on which the outcome fell inside the 80 % interval built, at that origin, from the model’s',
  'own earlier errors (pooled over the series; 80 % is the aim). **chosen** is the forecast as the product makes it: the',
  'model with the lowest MASE per series, and only where the history supports a forecast at all.',
  '',
];
for (const set of report) {
  for (const [label, summary] of [
    ['municipalities', set.municipalities],
    ['region totals', set.totals],
  ]) {
    lines.push(
      `## ${set.name}: ${label}`,
      '',
      `${summary.series} series. Outcome: ${Object.entries(summary.outcomes)
        .map(([outcome, count]) => `${outcome} ${count}`)
        .join(', ')}. Model chosen: ${
        Object.entries(summary.chosen)
          .map(([model, count]) => `${model} ${count}`)
          .join(', ') || 'none'
      }.`,
      '',
      ...markdownTable(summary),
      '',
    );
  }
}
await mkdir(path.join(root, 'bench/results'), { recursive: true });
await writeFile(
  path.join(root, 'bench/results/backtest.json'),
  `${JSON.stringify({ asOf, horizon: HORIZON, report }, null, 2)}\n`,
);
await writeFile(path.join(root, 'bench/BACKTEST.md'), lines.join('\n'));
console.log('\nbench/BACKTEST.md and bench/results/backtest.json written');
process.exit(0);
