import { freePort, startProcess, type StartedProcess } from './processes.js';

export interface RunningRedis {
  url: string;
  /** Stops the server (SIGTERM) and waits until it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port, as after a restart or failover. */
  start(): Promise<void>;
}

/**
 * A real Redis (Debian's `redis-server`) on a free loopback port, without persistence, for the
 * socket.io Redis adapter tests.
 */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort();
  let running: StartedProcess | undefined;

  async function start(): Promise<void> {
    running = await startProcess({
      name: 'redis-server',
      command: 'redis-server',
      args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      ready: /Ready to accept connections/,
      describeError: (error) =>
        error.code === 'ENOENT'
          ? new Error('redis-server is not installed; the Redis adapter tests need it: apt-get install -y redis-server')
          : error,
    });
  }

  async function stop(): Promise<void> {
    const stopping = running;
    running = undefined;
    await stopping?.stop('SIGTERM');
  }

  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}
