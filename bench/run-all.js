// npm run bench: every benchmark in turn, each writing its own bench/results/*.json.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const benches = [
  ['national scale (situation, history, writes)', 'bench/national/run.js', []],
  ['live fan-out (100, 1000, 3000 viewers)', 'bench/live-fanout.js', []],
];
let failed = 0;
for (const [name, script, args] of benches) {
  if (!existsSync(path.join(root, script))) continue;
  console.log(`\n## ${name}\n`);
  const { status } = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${script} exited with ${status}`);
    failed += 1;
  }
}
process.exitCode = failed ? 1 : 0;
