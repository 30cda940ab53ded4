// npm run bench: every benchmark in turn, each writing its own bench/results/*.json, then the
// summary table bench/RESULTS.md (bench/report.js).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { writeReport } from './report.js';

const root = path.resolve(import.meta.dirname, '..');
const nationalDir = process.env.BENCH_NATIONAL_DIR ?? path.join(os.tmpdir(), 'lagesbild-bench-national');
const benches = [
  ['national scale: situation, history, writes', 'bench/national/run.js', ['--data-dir', nationalDir]],
  ['client: initial JS and first render on demo data', 'bench/client.js', []],
  [
    'client: first render on national data (largest region)',
    'bench/client.js',
    [
      '--national-data-dir',
      nationalDir,
      '--username',
      'bench-analyst-14',
      '--password',
      'bench-password-not-secret',
      '--region',
      '14',
      '--out',
      path.join(root, 'bench/results/client-national.json'),
    ],
  ],
  ['avrop: a request with three offers and two accepts, per call', 'bench/requests.js', []],
  ['live fan-out: 100, 1000, 3000 viewers', 'bench/live-fanout.js', []],
];
let failed = 0;
for (const [name, script, args] of benches) {
  console.log(`\n## ${name}\n`);
  const { status } = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${script} exited with ${status}`);
    failed += 1;
  }
}
await writeReport();
console.log('\nbench/RESULTS.md and bench/results/results.json written');
process.exitCode = failed ? 1 : 0;
