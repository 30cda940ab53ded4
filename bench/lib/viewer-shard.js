// One process of bench viewers: opens sockets to /live, subscribes, and records when each change
// arrives. Run by live-fanout.js through child_process.fork; talks to it over IPC.
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';

const now = () => performance.timeOrigin + performance.now();
const viewers = [];

/** @param {{ url: string, cookies: string[], count: number, region: string, concurrency: number }} job */
async function open(job) {
  const started = now();
  let failed = 0;
  let next = 0;
  const openOne = (index) =>
    new Promise((resolve) => {
      const viewer = {
        socket: null,
        arrivals: new Map(),
        seqs: [],
        outOfOrder: 0,
        duplicates: 0,
        lastSeq: -1,
        subscribed: false,
        disconnects: 0,
      };
      const socket = io(`${job.url}/live`, {
        transports: ['websocket'],
        extraHeaders: { cookie: job.cookies[index % job.cookies.length] },
        reconnection: false,
        forceNew: true,
        timeout: 60_000,
      });
      viewer.socket = socket;
      const onChange = (payload) => {
        const at = now();
        const key = `${payload.unitId}#${payload.report.version}`;
        if (viewer.arrivals.has(key)) viewer.duplicates += 1;
        else viewer.arrivals.set(key, at);
        if (viewer.lastSeq >= 0 && payload.seq !== viewer.lastSeq + 1) viewer.outOfOrder += 1;
        viewer.lastSeq = Math.max(viewer.lastSeq, payload.seq);
      };
      socket.on('report.updated', onChange);
      socket.on('disconnect', () => (viewer.disconnects += 1));
      socket.once('connect_error', () => {
        failed += 1;
        socket.close();
        resolve();
      });
      socket.once('connect', () => {
        socket.timeout(120_000).emit('subscribe', { region: job.region }, (error, ack) => {
          if (error || !ack?.ok) {
            failed += 1;
            socket.close();
          } else {
            viewer.subscribed = true;
            viewer.lastSeq = ack.seq;
            viewers.push(viewer);
          }
          resolve();
        });
      });
    });
  // A bounded number of subscriptions in flight: each one reads a situation on the server.
  await Promise.all(
    Array.from({ length: Math.min(job.concurrency, job.count) }, async () => {
      while (next < job.count) {
        const index = next;
        next += 1;
        await openOne(index);
      }
    }),
  );
  return { opened: viewers.length, failed, ms: now() - started };
}

/**
 * Waits until every viewer has every expected key (or the deadline), then answers with the delivery
 * latencies measured against the writer's send times.
 * @param {{ sends: Record<string, number>, deadline: number }} job
 */
async function collect(job) {
  const keys = Object.keys(job.sends);
  const complete = () => viewers.every((viewer) => viewer.arrivals.size >= keys.length);
  while (!complete() && now() < job.deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const latencies = [];
  const firstByKey = {};
  const lastByKey = {};
  let missed = 0;
  for (const viewer of viewers) {
    for (const key of keys) {
      const at = viewer.arrivals.get(key);
      if (at === undefined) {
        missed += 1;
        continue;
      }
      const latency = at - job.sends[key];
      latencies.push(latency);
      firstByKey[key] = Math.min(firstByKey[key] ?? Infinity, latency);
      lastByKey[key] = Math.max(lastByKey[key] ?? -Infinity, latency);
    }
  }
  return {
    latencies,
    firstByKey,
    lastByKey,
    missed,
    outOfOrder: viewers.reduce((sum, viewer) => sum + viewer.outOfOrder, 0),
    duplicates: viewers.reduce((sum, viewer) => sum + viewer.duplicates, 0),
    disconnects: viewers.reduce((sum, viewer) => sum + viewer.disconnects, 0),
    viewers: viewers.length,
  };
}

let cpuMark = process.cpuUsage();
process.on('message', async (message) => {
  switch (message.type) {
    case 'open':
      process.send({ type: 'opened', ...(await open(message)) });
      break;
    case 'cpu-mark':
      cpuMark = process.cpuUsage();
      process.send({ type: 'cpu-marked' });
      break;
    case 'collect': {
      const cpu = process.cpuUsage(cpuMark);
      process.send({ type: 'collected', cpuMs: (cpu.user + cpu.system) / 1000, ...(await collect(message)) });
      break;
    }
    case 'close':
      for (const viewer of viewers) viewer.socket.close();
      process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
