// Live fan-out benchmark: N viewers subscribed to region 20 over socket.io, report writes through
// REST at a steady rate; measures write latency, delivery latency (from just before the PUT is sent
// until each viewer has the event), missed deliveries and the server's memory.
//
//   npm run bench:live -- --viewers 100,1000,3000 --writes 200 --rate 10 [--shards 2] [--instances 2]
//                        [--unpinned] [--nice=-10] [--server-node-arg=--cpu-prof]
//
// Everything runs on loopback: an embedded PostgreSQL in a temp dir, the built server as a child
// process, the viewers in separate processes (so they do not share an event loop with the writer),
// and the writer here. By default PostgreSQL and the server run on CPU 0 and the viewers on the other
// CPUs, so the server is not measured while the load generator steals its core.
import { execFileSync, fork } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres } from '@lagesbild/server/embedded-postgres';
import { reportingDay } from '@lagesbild/shared';
import { loginCookie, startServerProcess, temporaryDataDir } from '../tests/support/processes.js';

const root = path.resolve(import.meta.dirname, '..');
const now = () => performance.timeOrigin + performance.now();

const { values: args } = parseArgs({
  options: {
    viewers: { type: 'string', default: '100,1000,3000' },
    writes: { type: 'string', default: '200' },
    rate: { type: 'string', default: '10' },
    shards: { type: 'string', default: '2' },
    instances: { type: 'string', default: '1' },
    sessions: { type: 'string', default: '8' },
    'subscribe-concurrency': { type: 'string', default: '10' },
    // On by default: PostgreSQL and the server on CPU 0, viewers and writer on the others.
    unpinned: { type: 'boolean', default: false },
    // Scheduling priority (nice, -20..19) for the servers and PostgreSQL, e.g. -10 on a machine
    // shared with other work, so what is measured is the server rather than its neighbours.
    nice: { type: 'string' },
    'server-env': { type: 'string', multiple: true, default: [] },
    'server-node-arg': { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: path.join(root, 'bench/results/live.json') },
    'max-seconds': { type: 'string', default: '900' },
  },
});
const viewerCounts = args.viewers.split(',').map(Number);
const writes = Number(args.writes);
const rate = Number(args.rate);
const shardCount = Number(args.shards);
// Several server instances on the one database: viewer shards spread over them, writes go to the
// first, so the others get every change through the socket.io Postgres adapter.
const instanceCount = Number(args.instances);
const sessionCount = Number(args.sessions);
const subscribeConcurrency = Number(args['subscribe-concurrency']);
const cpus = os.availableParallelism();
const pin = !args.unpinned && cpus > 1;
const serverEnv = Object.fromEntries(args['server-env'].map((pair) => pair.split('=')));

// The units written, each by an account allowed to; every write carries a new comment so it is a change.
const WRITERS = [
  { username: 'falun', unitId: '2080-lunden', capacity: 34 },
  { username: 'borlange', unitId: '2081-angen', capacity: 20 },
  { username: 'borlange', unitId: '2081-kvarnsveden', capacity: 18 },
  { username: 'leksand', unitId: '2029-korttid', capacity: 12 },
  { username: 'mora', unitId: '2062-korttid', capacity: 16 },
  { username: 'region-dalarna', unitId: '20-falu-lasarett', capacity: 300 },
  { username: 'region-dalarna', unitId: '20-iva', capacity: 20 },
];

const cleanups = [];
let postmasterPid;
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch(() => undefined);
}
const hardStop = setTimeout(
  () => {
    console.error(`bench: over --max-seconds ${args['max-seconds']}, stopping`);
    void cleanup().finally(() => process.exit(2));
  },
  Number(args['max-seconds']) * 1000,
);
hardStop.unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
function summary(values) {
  const sorted = Float64Array.from(values).sort();
  const round = (value) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : null),
  };
}

async function rssKb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}
async function cpuTicks(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime + stime
}
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim() || 100);

function pinTo(pid, cpuList) {
  if (!pin) return;
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpuList, String(pid)], { stdio: 'ignore' });
  } catch {
    console.error(`bench: could not pin ${pid} to ${cpuList}`);
  }
}
/** Nanoseconds the process's threads waited on a run queue: CPU they wanted and did not get. */
async function runQueueWaitNs(pid) {
  const { readdir } = await import('node:fs/promises');
  const threads = await readdir(`/proc/${pid}/task`).catch(() => []);
  let total = 0;
  for (const thread of threads) {
    const stat = await readFile(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').catch(() => '0 0');
    total += Number(stat.split(' ')[1] ?? 0);
  }
  return total;
}
/** Busy and total jiffies of the whole machine. */
async function machineTicks() {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = (line[3] ?? 0) + (line[4] ?? 0);
  const total = line.reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}
/** CPU ticks per process for `ppid` and its children (PostgreSQL and its backends). */
async function treeTicks(ppid) {
  const ticks = new Map();
  if (!ppid) return ticks;
  const { readdir } = await import('node:fs/promises');
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(entry) === ppid || Number(fields[1]) === ppid) ticks.set(entry, Number(fields[11] ?? 0) + Number(fields[12] ?? 0));
  }
  return ticks;
}
/** Ticks used between two samples; a backend that ended in between is not counted. */
function ticksBetween(before, after) {
  let sum = 0;
  for (const [pid, value] of after) sum += value - (before.get(pid) ?? 0);
  return sum;
}
/** Renices every thread of `pid` (Linux nice is per thread; new threads inherit it). */
async function reniceAll(pid) {
  if (args.nice === undefined || !pid) return;
  const { readdir } = await import('node:fs/promises');
  for (const thread of await readdir(`/proc/${pid}/task`).catch(() => [])) {
    try {
      execFileSync('renice', ['-n', args.nice, '-p', thread], { stdio: 'ignore' });
    } catch {
      console.error(`bench: could not renice ${pid}/${thread}`);
    }
  }
}
async function postgresPids(dataDir) {
  const pidFile = await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '');
  return Number(pidFile.split('\n')[0]) || undefined;
}

async function startServer(databaseUrl) {
  const server = await startServerProcess({
    env: {
      DATABASE_URL: databaseUrl,
      DEMO: '1',
      // A thousand viewers share a few sessions here; a real session holds a handful of tabs.
      LIVE_MAX_SOCKETS_PER_CREDENTIAL: '100000',
      ...serverEnv,
    },
    nodeArgs: args['server-node-arg'],
  });
  return { pid: server.child.pid, baseUrl: server.baseUrl, output: server.output, stop: () => server.stop() };
}

function request(child, message, replyType) {
  return new Promise((resolve, reject) => {
    const onMessage = (reply) => {
      if (reply.type !== replyType) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(reply);
    };
    const onExit = (code) => reject(new Error(`viewer shard exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(message);
  });
}

async function scenario(databaseUrl, viewers) {
  const servers = [];
  for (let index = 0; index < instanceCount; index += 1) {
    const instance = await startServer(databaseUrl);
    cleanups.push(instance.stop);
    if (instanceCount === 1) pinTo(instance.pid, '0');
    await reniceAll(instance.pid);
    servers.push(instance);
  }
  const server = servers[0];
  const rssAll = async () => (await Promise.all(servers.map((instance) => rssKb(instance.pid)))).reduce((a, b) => a + b, 0);
  const cpuAll = async () => (await Promise.all(servers.map((instance) => cpuTicks(instance.pid)))).reduce((a, b) => a + b, 0);
  const rssIdle = await rssAll();

  const cookies = await Promise.all(Array.from({ length: sessionCount }, () => loginCookie(server.baseUrl, 'region-dalarna')));
  const writerCookies = new Map();
  for (const { username } of WRITERS)
    if (!writerCookies.has(username)) writerCookies.set(username, await loginCookie(server.baseUrl, username));

  // Viewers in their own processes, split evenly.
  const shards = Array.from({ length: Math.min(shardCount, viewers) }, () =>
    fork(path.join(root, 'bench/lib/viewer-shard.js'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    }),
  );
  const stopShards = async () => {
    await Promise.all(
      shards.map(
        (shard) =>
          new Promise((resolve) => {
            if (shard.exitCode !== null) return resolve();
            shard.once('exit', resolve);
            shard.send({ type: 'close' });
            setTimeout(() => shard.kill('SIGKILL'), 5_000).unref();
          }),
      ),
    );
  };
  cleanups.push(stopShards);
  for (const shard of shards) pinTo(shard.pid, cpus > 2 ? `1-${cpus - 1}` : '1');

  const subscribeStart = now();
  const opened = await Promise.all(
    shards.map((shard, index) =>
      request(
        shard,
        {
          type: 'open',
          url: servers[index % servers.length].baseUrl,
          cookies,
          region: '20',
          count: Math.floor(viewers / shards.length) + (index < viewers % shards.length ? 1 : 0),
          concurrency: Math.max(1, Math.floor(subscribeConcurrency / shards.length)),
        },
        'opened',
      ),
    ),
  );
  const subscribeMs = now() - subscribeStart;
  const subscribed = opened.reduce((sum, shard) => sum + shard.opened, 0);
  const failedToOpen = opened.reduce((sum, shard) => sum + shard.failed, 0);
  const rssSubscribed = await rssAll();

  // Steady writes, open loop: each write starts on its schedule whether or not the last answered.
  await Promise.all(shards.map((shard) => request(shard, { type: 'cpu-mark' }, 'cpu-marked')));
  const cpuBefore = await cpuAll();
  const waitBefore = (await Promise.all(servers.map((instance) => runQueueWaitNs(instance.pid)))).reduce((a, b) => a + b, 0);
  const machineBefore = await machineTicks();
  const postgresBefore = await treeTicks(postmasterPid);
  const selfBefore = process.cpuUsage();
  let rssPeak = rssSubscribed;
  const sampler = setInterval(async () => (rssPeak = Math.max(rssPeak, await rssAll())), 250);
  const sends = {};
  const writeLatencies = [];
  let writeErrors = 0;
  const writeStart = now();
  const pending = [];
  for (let index = 0; index < writes; index += 1) {
    const due = writeStart + (index * 1000) / rate;
    const wait = due - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const writer = WRITERS[index % WRITERS.length];
    const body = {
      capacity: writer.capacity,
      occupied: Math.round(writer.capacity * 0.9),
      surgeCapacity: writer.capacity + 4,
      admissions: 2,
      discharges: 1,
      staffing: 'normal',
      comment: `bench ${viewers} #${index}`,
    };
    const sentAt = now();
    pending.push(
      fetch(`${server.baseUrl}/api/units/${writer.unitId}/reports/${reportingDay()}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie: writerCookies.get(writer.username) },
        body: JSON.stringify(body),
      })
        .then(async (response) => {
          const answered = now();
          const report = await response.json();
          if (response.status !== 200) throw new Error(`PUT ${response.status}: ${JSON.stringify(report)}`);
          writeLatencies.push(answered - sentAt);
          sends[`${writer.unitId}#${report.version}`] = sentAt;
        })
        .catch((error) => {
          writeErrors += 1;
          if (writeErrors <= 3) console.error(`bench: write failed: ${error.message}`);
        }),
    );
  }
  await Promise.all(pending);
  const writeSeconds = (now() - writeStart) / 1000;
  const collected = await Promise.all(
    shards.map((shard) => request(shard, { type: 'collect', sends, deadline: now() + 15_000 }, 'collected')),
  );
  clearInterval(sampler);
  const serverCpuMs = ((await cpuAll()) - cpuBefore) * TICK_MS;
  const serverWaitMs =
    ((await Promise.all(servers.map((instance) => runQueueWaitNs(instance.pid)))).reduce((a, b) => a + b, 0) - waitBefore) / 1e6;
  const machineAfter = await machineTicks();
  const postgresMs = ticksBetween(postgresBefore, await treeTicks(postmasterPid)) * TICK_MS;
  const selfCpu = process.cpuUsage(selfBefore);
  const drainSeconds = (now() - writeStart) / 1000;

  const latencies = collected.flatMap((shard) => shard.latencies);
  const spread = Object.keys(sends).map((key) => {
    const first = Math.min(...collected.map((shard) => shard.firstByKey[key] ?? Infinity));
    const last = Math.max(...collected.map((shard) => shard.lastByKey[key] ?? -Infinity));
    return { first, last };
  });
  const result = {
    instances: instanceCount,
    viewers,
    subscribed,
    failedToOpen,
    subscribeSeconds: Math.round(subscribeMs / 100) / 10,
    writes: Object.keys(sends).length,
    writeErrors,
    rate,
    write: summary(writeLatencies),
    delivery: summary(latencies),
    firstViewer: summary(spread.map((entry) => entry.first).filter(Number.isFinite)),
    lastViewer: summary(spread.map((entry) => entry.last).filter(Number.isFinite)),
    expectedDeliveries: Object.keys(sends).length * subscribed,
    missed: collected.reduce((sum, shard) => sum + shard.missed, 0),
    outOfOrder: collected.reduce((sum, shard) => sum + shard.outOfOrder, 0),
    duplicates: collected.reduce((sum, shard) => sum + shard.duplicates, 0),
    disconnects: collected.reduce((sum, shard) => sum + shard.disconnects, 0),
    serverRssMb: {
      idle: Math.round(rssIdle / 1024),
      subscribed: Math.round(rssSubscribed / 1024),
      peak: Math.round(rssPeak / 1024),
    },
    serverCpuPct: Math.round((serverCpuMs / (drainSeconds * 1000)) * 100),
    viewersCpuPct: Math.round((collected.reduce((sum, shard) => sum + shard.cpuMs, 0) / (drainSeconds * 1000)) * 100),
    // Where the CPU went during writes and drain, in % of one core: the server waiting on a run
    // queue means something else held the core it wanted.
    serverRunQueueWaitPct: Math.round((serverWaitMs / (drainSeconds * 1000)) * 100),
    postgresCpuPct: Math.round((postgresMs / (drainSeconds * 1000)) * 100),
    benchWriterCpuPct: Math.round(((selfCpu.user + selfCpu.system) / 1000 / (drainSeconds * 1000)) * 100),
    machineBusyPct: Math.round(
      ((machineAfter.busy - machineBefore.busy) / ((machineAfter.total - machineBefore.total) / cpus)) * 100,
    ),
  };
  result.othersCpuPct = Math.max(
    0,
    result.machineBusyPct - result.serverCpuPct - result.viewersCpuPct - result.postgresCpuPct - result.benchWriterCpuPct,
  );
  // What the fan-out costs the server whoever else runs on the machine: CPU per delivered event.
  result.serverCpuMicrosPerDelivery = Math.round((serverCpuMs * 1000) / Math.max(1, result.expectedDeliveries - result.missed));
  result.writeSeconds = Math.round(writeSeconds * 10) / 10;
  await stopShards();
  cleanups.splice(cleanups.indexOf(stopShards), 1);
  for (const instance of servers) {
    await instance.stop();
    cleanups.splice(cleanups.indexOf(instance.stop), 1);
  }
  return result;
}

function table(results) {
  const ms = (value) => (value === null ? '–' : String(value));
  const lines = [
    '| instances | viewers | writes | write p50 / p99 ms | delivery p50 / p95 / p99 / max ms | last viewer p99 ms | missed | out of order | server RSS idle → peak MB | CPU % server / PostgreSQL / viewers / other work | server run-queue wait % |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const result of results) {
    lines.push(
      `| ${result.instances} | ${result.subscribed}${result.subscribed === result.viewers ? '' : ` of ${result.viewers}`} | ${result.writes} @ ${result.rate}/s | ${ms(result.write.p50)} / ${ms(result.write.p99)} | ${ms(result.delivery.p50)} / ${ms(result.delivery.p95)} / ${ms(result.delivery.p99)} / ${ms(result.delivery.max)} | ${ms(result.lastViewer.p99)} | ${result.missed} | ${result.outOfOrder} | ${result.serverRssMb.idle} → ${result.serverRssMb.peak} | ${result.serverCpuPct} / ${result.postgresCpuPct} / ${result.viewersCpuPct} / ${result.othersCpuPct} | ${result.serverRunQueueWaitPct} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const dataDir = await temporaryDataDir('lagesbild-bench-');
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const database = await startEmbeddedPostgres({ dataDir, database: 'postgres', persistent: false });
  cleanups.push(() => database.stop());
  const postmaster = await postgresPids(dataDir);
  postmasterPid = postmaster;
  if (postmaster) pinTo(postmaster, '0');
  await reniceAll(postmaster);
  // The writer (and clock) here shares the viewers' CPUs, not the server's.
  pinTo(process.pid, cpus > 2 ? `1-${cpus - 1}` : '1');

  const results = [];
  for (const viewers of viewerCounts) {
    // A fresh database per scenario, so each starts from the same demo data.
    const name = `bench_${viewers}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(database.url);
    url.pathname = `/${name}`;
    console.error(
      `bench: ${viewers} viewers, ${writes} writes at ${rate}/s${pin ? ', pinned' : ''}${args.nice ? `, nice ${args.nice}` : ''} …`,
    );
    const loadBefore = os.loadavg()[0];
    const result = await scenario(url.toString(), viewers);
    // Other work on the machine during the run (1-minute load average before and after).
    result.loadAverage = [loadBefore, os.loadavg()[0]].map((value) => Math.round(value * 10) / 10);
    console.error(`bench: ${JSON.stringify(result)}`);
    results.push(result);
  }

  const report = {
    generatedAt: new Date().toISOString(),
    machine: { cpus, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    options: {
      nice: args.nice ?? null,
      writes,
      rate,
      shards: shardCount,
      instances: instanceCount,
      sessions: sessionCount,
      subscribeConcurrency,
      pinned: pin,
      serverEnv,
    },
    results,
  };
  await mkdir(path.dirname(args.out), { recursive: true });
  await writeFile(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(table(results));
  console.log(
    `\n(${writes} writes at ${rate}/s per row; delivery = from just before the PUT until the viewer has the event; written to ${path.relative(process.cwd(), args.out)})`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    clearTimeout(hardStop);
  });
