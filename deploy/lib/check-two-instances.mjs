// Reproduces docker-compose.yml without Docker: one embedded PostgreSQL, two server instances on
// loopback started together, and Debian's haproxy with deploy/haproxy.cfg in front. Then checks
// that a write through the load balancer reaches viewers on both instances, over WebSocket and
// over the sticky polling fallback. Run through deploy/check-two-instances.sh.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { io } from 'socket.io-client';
import { startEmbeddedPostgres } from '@lagesbild/server/embedded-postgres';
import { reportingDay } from '@lagesbild/shared';
import { freePort, loginCookie, startProcess, startServerProcess, temporaryDataDir } from '../../tests/support/processes.js';

const root = path.resolve(import.meta.dirname, '../..');
const HAPROXY = process.env.HAPROXY ?? 'haproxy';
const cleanups = [];
let failures = 0;

const log = (line) => console.log(line);
const check = (ok, what) => {
  log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures += 1;
};

function startInstance(name, port, databaseUrl) {
  return startServerProcess({
    name,
    env: { DATABASE_URL: databaseUrl, PORT: String(port), DEMO: '1', HEARTBEAT_MS: '1000' },
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** A viewer subscribed to region 20 that records every change's seq. */
function viewer(name, url, cookie, transports) {
  return new Promise((resolve, reject) => {
    const seqs = [];
    const socket = io(`${url}/live`, {
      transports,
      extraHeaders: { cookie },
      reconnection: false,
      forceNew: true,
      timeout: 10_000,
    });
    socket.on('report.updated', (event) => seqs.push(event.seq));
    socket.once('connect_error', (error) => reject(new Error(`${name}: ${error.message}`)));
    socket.once('connect', () => {
      socket.timeout(10_000).emit('subscribe', { region: '20' }, (error, ack) => {
        if (error || !ack?.ok) return reject(new Error(`${name}: subscribe ${error?.message ?? JSON.stringify(ack)}`));
        resolve({
          name,
          socket,
          seqs,
          seq: ack.seq,
          transport: () => socket.io.engine?.transport?.name,
          waitFor: (seq) =>
            withTimeout(
              new Promise((done) => {
                const test = () => seqs.includes(seq) && (socket.off('report.updated', test), done());
                socket.on('report.updated', test);
                test();
              }),
              5_000,
              `${name} waiting for seq ${seq} (has ${JSON.stringify(seqs)})`,
            ),
        });
      });
    });
  });
}

async function main() {
  const dataDir = await temporaryDataDir('lagesbild-lb-');
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const database = await startEmbeddedPostgres({ dataDir, database: 'lagesbild', persistent: false });
  cleanups.push(() => database.stop());
  log(`PostgreSQL on ${new URL(database.url).host}`);

  // Started together, as docker-compose does; a crashed one is started again, as its restart policy would.
  const [port1, port2, lbPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const ports = [port1, port2];
  const outcomes = await Promise.allSettled([
    startInstance('app1', port1, database.url),
    startInstance('app2', port2, database.url),
  ]);
  for (const [index, outcome] of outcomes.entries()) {
    const name = `app${index + 1}`;
    if (outcome.status === 'fulfilled') {
      cleanups.push(() => outcome.value.stop());
      continue;
    }
    const line = /Lägesbild could not start: .*/.exec(outcome.reason.message)?.[0] ?? outcome.reason.message.split('\n')[0];
    log(`WARN ${name} failed when both started at once: ${line}`);
    const retried = await startInstance(name, ports[index], database.url);
    cleanups.push(() => retried.stop());
    log(`     ${name} started on the second try`);
  }
  check(
    outcomes.every((outcome) => outcome.status === 'fulfilled'),
    'two instances started together on one empty database',
  );
  log(`app1 on 127.0.0.1:${port1}, app2 on 127.0.0.1:${port2}`);

  const lb = await startProcess({
    name: 'haproxy',
    command: HAPROXY,
    args: ['-db', '-f', path.join(root, 'deploy/haproxy.cfg')],
    env: { ...process.env, LB_BIND: `127.0.0.1:${lbPort}`, APP1_ADDR: `127.0.0.1:${port1}`, APP2_ADDR: `127.0.0.1:${port2}` },
  });
  cleanups.push(() => lb.stop());
  const lbUrl = `http://127.0.0.1:${lbPort}`;

  // Wait until haproxy has marked both servers up: a request pinned to each answers 200.
  const pinned = async (server) => {
    for (;;) {
      const response = await fetch(`${lbUrl}/api/health`, { headers: { cookie: `lagesbild_lb=${server}` } }).catch(() => null);
      if (response?.status === 200) return response;
      if (lb.child.exitCode !== null) throw new Error(`haproxy exited:\n${lb.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  await withTimeout(Promise.all([pinned('app1'), pinned('app2')]), 20_000, 'haproxy health checks');
  log(`haproxy on ${lbUrl} with both servers up`);

  // The sticky cookie: the load balancer sets it on a first response and honours it afterwards.
  const first = await fetch(`${lbUrl}/api/health`);
  const lbCookie = first.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('lagesbild_lb='))
    ?.split(';')[0];
  check(Boolean(lbCookie), `load balancer sets a sticky cookie (${lbCookie ?? 'none'})`);

  const session = await loginCookie(lbUrl, 'region-dalarna');
  const writer = await loginCookie(lbUrl, 'falun');
  const viewers = await Promise.all([
    viewer('direct app1 (websocket)', `http://127.0.0.1:${port1}`, session, ['websocket']),
    viewer('direct app2 (websocket)', `http://127.0.0.1:${port2}`, session, ['websocket']),
    viewer('lb → app1 (websocket)', lbUrl, `${session}; lagesbild_lb=app1`, ['websocket']),
    viewer('lb → app2 (websocket)', lbUrl, `${session}; lagesbild_lb=app2`, ['websocket']),
    viewer('lb → app1 (polling only)', lbUrl, `${session}; lagesbild_lb=app1`, ['polling']),
    viewer('lb → app2 (polling only)', lbUrl, `${session}; lagesbild_lb=app2`, ['polling']),
    viewer('lb, polling then upgrade', lbUrl, `${session}; ${lbCookie}`, ['polling', 'websocket']),
  ]);
  cleanups.push(async () => viewers.forEach((one) => one.socket.close()));
  const start0 = Math.max(...viewers.map((one) => one.seq));

  // Writes through the load balancer, one landing on each instance.
  for (const [index, target] of ['app1', 'app2'].entries()) {
    const response = await fetch(`${lbUrl}/api/units/2080-lunden/reports/${reportingDay()}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: `${writer}; lagesbild_lb=${target}` },
      body: JSON.stringify({
        capacity: 34,
        occupied: 20 + index,
        surgeCapacity: 40,
        admissions: 1,
        discharges: 1,
        staffing: 'normal',
        comment: `lb check ${Date.now()}`,
      }),
    });
    check(response.status === 200, `PUT through the load balancer to ${target} → ${response.status}`);
    const seq = start0 + index + 1;
    const arrived = await Promise.allSettled(viewers.map((one) => one.waitFor(seq)));
    for (const [position, outcome] of arrived.entries()) {
      check(
        outcome.status === 'fulfilled',
        `write via ${target} (seq ${seq}) reached ${viewers[position].name}${outcome.status === 'rejected' ? `: ${outcome.reason.message}` : ''}`,
      );
    }
  }
  const upgraded = viewers.at(-1);
  check(
    upgraded.transport() === 'websocket',
    `the polling client upgraded to websocket through the load balancer (${upgraded.transport()})`,
  );

  const routed = [...lb.output().matchAll(/lagesbild\/(app[12]) .*"(?:GET|POST) \/socket\.io\//g)].map((match) => match[1]);
  log(
    `haproxy routed socket.io requests: app1 ${routed.filter((name) => name === 'app1').length}, app2 ${routed.filter((name) => name === 'app2').length}`,
  );
}

const deadline = setTimeout(() => {
  console.error('check-two-instances: over 120 s, stopping');
  failures += 1;
  void finish();
}, 120_000);

async function finish() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch(() => undefined);
  clearTimeout(deadline);
  console.log(
    failures === 0
      ? 'PASS: a write through the load balancer reaches viewers on both instances'
      : `FAIL: ${failures} check(s) failed`,
  );
  process.exit(failures === 0 ? 0 : 1);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void finish());
main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    failures += 1;
  })
  .finally(finish);
