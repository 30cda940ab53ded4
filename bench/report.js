// Turns bench/results/{national,live,client,client-national}.json into bench/results/results.json
// and the committed table bench/RESULTS.md, each figure beside its target.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'bench/results');
const read = async (name) => {
  const file = path.join(results, `${name}.json`);
  return existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : null;
};

const ms = (value) => (value === null || value === undefined ? '–' : `${value} ms`);
const verdict = (ok) => (ok === null ? 'not run' : ok ? 'met' : '**missed**');

export async function writeReport() {
  const [national, live, client, clientNational, requests] = await Promise.all([
    read('national'),
    read('live'),
    read('client'),
    read('client-national'),
    read('requests'),
  ]);
  const live1000 = live?.results?.find((r) => r.viewers === 1000 && (r.instances ?? 1) === 1) ?? null;
  const live3000 = live?.results?.find((r) => r.viewers === 3000 && (r.instances ?? 1) === 1) ?? null;
  const rows = [
    {
      what: `Situation, largest region (${national?.situation?.region ?? '14'}: 49 municipalities), p50 / p99`,
      value: national?.situation ? `${ms(national.situation.p50)} / ${ms(national.situation.p99)}` : '–',
      target: 'p99 ≤ 50 ms',
      ok: national?.situation ? national.situation.p99 <= 50 : null,
    },
    {
      what: 'Situation, Region Dalarna, p50 / p99',
      value: national?.situationDalarna ? `${ms(national.situationDalarna.p50)} / ${ms(national.situationDalarna.p99)}` : '–',
      target: 'p99 ≤ 50 ms',
      ok: national?.situationDalarna ? national.situationDalarna.p99 <= 50 : null,
    },
    {
      what: 'One year of history, largest region, p50 / p99 (response size)',
      value: national?.historyYear
        ? `${ms(national.historyYear.p50)} / ${ms(national.historyYear.p99)} (${Math.round(national.historyYear.bytes / 1024)} kB)`
        : '–',
      target: '≤ 150 ms',
      ok: national?.historyYear ? national.historyYear.p99 <= 150 : null,
    },
    {
      what: 'Five years of history (week by week), largest region, p50 / p99 (response size)',
      value: national?.historyFiveYears
        ? `${ms(national.historyFiveYears.p50)} / ${ms(national.historyFiveYears.p99)} (${Math.round(national.historyFiveYears.bytes / 1024)} kB)`
        : '–',
      target: '≤ 150 ms',
      ok: national?.historyFiveYears ? national.historyFiveYears.p99 <= 150 : null,
    },
    {
      what: 'Holiday view (jul och nyår against five years of flows), largest region, p50 / p99 (response size)',
      value: national?.holidayView
        ? `${ms(national.holidayView.p50)} / ${ms(national.holidayView.p99)} (${Math.round(national.holidayView.bytes / 1024)} kB)`
        : '–',
      target: 'p99 ≤ 150 ms',
      ok: national?.holidayView ? national.holidayView.p99 <= 150 : null,
    },
    {
      what: 'Report write, p50 / p99',
      value: national?.write ? `${ms(national.write.p50)} / ${ms(national.write.p99)}` : '–',
      target: 'p99 ≤ 30 ms',
      ok: national?.write ? national.write.p99 <= 30 : null,
    },
    {
      what: 'Forecast, whole country cold: each region’s first forecast after start (290 municipalities and 21 totals backtested)',
      value: national?.forecast ? ms(national.forecast.coldWholeCountryMs) : '–',
      target: '≤ 5 s',
      ok: national?.forecast ? national.forecast.coldWholeCountryMs <= 5000 : null,
    },
    {
      what: 'Forecast of a region made anew (warm, nothing kept), every region p50 / p99; largest region p50 / p99',
      value: national?.forecast
        ? `${ms(national.forecast.regionAnew.p50)} / ${ms(national.forecast.regionAnew.p99)}; ` +
          `${ms(national.forecast.largestRegionAnew.p50)} / ${ms(national.forecast.largestRegionAnew.p99)}`
        : '–',
      target: 'p99 ≤ 200 ms',
      ok: national?.forecast ? national.forecast.regionAnew.p99 <= 200 : null,
    },
    {
      what: 'Forecast of the largest region after one of its reports / asked again unchanged, p50 / p99',
      value: national?.forecast
        ? `${ms(national.forecast.largestAfterOneReport.p50)} / ${ms(national.forecast.largestAfterOneReport.p99)}; ` +
          `${ms(national.forecast.largestKept.p50)} / ${ms(national.forecast.largestKept.p99)}`
        : '–',
      target: '–',
      ok: null,
    },
    {
      what: 'Download, two years of the largest region: Excel / CSV of reports, p50 (size)',
      value:
        national?.exportXlsx && national?.exportCsv
          ? `${ms(national.exportXlsx.p50)} (${Math.round(national.exportXlsx.bytes / 1024)} kB) / ${ms(national.exportCsv.p50)} (${Math.round(national.exportCsv.bytes / 1024)} kB)`
          : '–',
      target: '–',
      ok: null,
    },
    {
      what: 'Situation, Region Dalarna, while that Excel file downloads: p50 / p99 (requests)',
      value: national?.situationDuringExport
        ? `${ms(national.situationDuringExport.p50)} / ${ms(national.situationDuringExport.p99)} (${national.situationDuringExport.n})`
        : '–',
      target: 'p99 ≤ 50 ms',
      ok: national?.situationDuringExport ? national.situationDuringExport.p99 <= 50 : null,
    },
    {
      what: 'Avrop, a request with three offers and two accepts (demo data): create / offer / accept, p50 / p99',
      value: requests
        ? ['create', 'offer', 'accept'].map((call) => `${ms(requests[call].p50)} / ${ms(requests[call].p99)}`).join(' · ')
        : '–',
      target: '–',
      ok: null,
    },
    {
      what: 'Deadline run, all 21 regions at once, every unit overdue: jobs done / all mails sent (reminders)',
      value: national?.deadline
        ? `${ms(national.deadline.deadlineJobsMs)} / ${ms(national.deadline.allMailsSentMs)} (${national.deadline.reminders})`
        : '–',
      target: '–',
      ok: null,
    },
    {
      what: 'Live fan-out, 1000 viewers: delivery p99, missed',
      value: live1000 ? `${ms(live1000.delivery.p99)}, ${live1000.missed} missed` : '–',
      target: 'p99 ≤ 250 ms, 0 missed',
      ok: live1000 ? live1000.delivery.p99 <= 250 && live1000.missed === 0 : null,
    },
    {
      what: 'Live fan-out, 3000 viewers: delivery p99, missed',
      value: live3000 ? `${ms(live3000.delivery.p99)}, ${live3000.missed} missed` : '–',
      target: 'held (0 missed)',
      ok: live3000 ? live3000.missed === 0 : null,
    },
    {
      what: 'Server memory (RSS): after the national bench (its peak, during the downloads) / 3000 viewers peak',
      value: `${national?.serverRssMb ?? '–'} MB (${national?.serverPeakRssMb ?? '–'} MB) / ${live3000?.serverRssMb?.peak ?? '–'} MB`,
      target: '–',
      ok: null,
    },
    {
      what: 'Client initial JS, gzip',
      value: client ? `${client.initialAssets.jsGzipKb} kB (+ ${client.initialAssets.cssGzipKb} kB CSS)` : '–',
      target: '≤ 250 kB',
      ok: client ? client.initialAssets.jsGzipKb <= 250 : null,
    },
    {
      what: 'Overview first full render, demo data (Dalarna), p50 / max',
      value: client ? `${ms(client.firstRender.p50)} / ${ms(client.firstRender.max)}` : '–',
      target: '≤ 1.5 s',
      ok: client ? client.firstRender.p50 <= 1500 : null,
    },
    {
      what: 'Overview first full render, national data (largest region), p50 / max',
      value: clientNational ? `${ms(clientNational.firstRender.p50)} / ${ms(clientNational.firstRender.max)}` : '–',
      target: '≤ 1.5 s',
      ok: clientNational ? clientNational.firstRender.p50 <= 1500 : null,
    },
  ];
  const machine = national?.machine ?? {
    cpus: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  const combined = {
    generatedAt: new Date().toISOString(),
    machine,
    targets: rows,
    national,
    live,
    client,
    clientNational,
    requests,
  };
  await writeFile(path.join(results, 'results.json'), JSON.stringify(combined, null, 2));

  const dataset = national?.dataset;
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (`bench/run-all.js`); the raw figures are in `bench/results/*.json`.',
    '',
    `Machine: ${machine.cpus} CPUs, ${machine.memoryGb} GB, Node ${machine.node}${machine.platform ? `, ${machine.platform}` : ''}. ` +
      `Generated ${combined.generatedAt}.`,
    dataset
      ? `National data set: ${dataset.regions} regions, ${dataset.municipalities} municipalities, ${dataset.units} units, ` +
        `${dataset.reports.toLocaleString('en')} reports (+ as many versions) and ${dataset.flows.toLocaleString('en')} flow rows ` +
        `over five years, generated in ${dataset.seconds} s into a database of its own.`
      : '',
    '',
    '| measure | result | target | |',
    '| --- | ---: | --- | --- |',
    ...rows.map(
      (row) => `| ${row.what} | ${row.value} | ${row.target} | ${row.ok === null && row.target === '–' ? '' : verdict(row.ok)} |`,
    ),
    '',
    'Each HTTP figure is sequential requests through the real server process on loopback after a warm-up',
    '(situation and writes 300 samples, history 30, holiday view 100, downloads 5; the forecast: the whole country once, right after start,',
    'then each region as of ten different past days, the largest after each of 30 reports, and 100 times unchanged;',
    'the quality of the forecasts is in `bench/BACKTEST.md`). The live fan-out method, its other runs and the',
    'analysis of where the time goes are in `bench/ANALYSIS-live.md`; the history design in',
    '`docs/architecture.md`. This machine is shared with other work: load on the other core shows up',
    'in the tails, so compare runs made at the same time.',
    '',
  ];
  if (live?.results) {
    lines.push(
      '## Live fan-out',
      '',
      '| viewers | write p50 / p99 ms | delivery p50 / p95 / p99 / max ms | missed | out of order |',
      '| ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of live.results) {
      lines.push(
        `| ${r.viewers}${(r.instances ?? 1) > 1 ? ` (${r.instances} instances)` : ''} | ${r.write.p50} / ${r.write.p99} | ${r.delivery.p50} / ${r.delivery.p95} / ${r.delivery.p99} / ${r.delivery.max} | ${r.missed} | ${r.outOfOrder ?? 0} |`,
      );
    }
    lines.push('');
  }
  await writeFile(path.join(root, 'bench/RESULTS.md'), lines.filter((line) => line !== null).join('\n'));
  return combined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeReport()
    .then(() => console.log('bench/RESULTS.md written'))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
