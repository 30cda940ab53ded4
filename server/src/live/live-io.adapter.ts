import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import pg from 'pg';
import { createClient, type RedisClientType } from 'redis';
import type { Server, ServerOptions } from 'socket.io';
import { originCheck } from '../auth/origin.js';

export interface LiveAdapterOptions {
  databaseUrl: string;
  redisUrl?: string | undefined;
  allowedOrigins: readonly string[];
  trustProxy: readonly string[] | number;
}

/**
 * socket.io across instances: the Postgres adapter (LISTEN/NOTIFY on the database we already
 * have), or Redis where REDIS_URL is set. Every emit then reaches clients on every instance.
 */
export class LiveIoAdapter extends IoAdapter {
  private pool: pg.Pool | undefined;
  private redisClients: RedisClientType[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly options: LiveAdapterOptions,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const sameOrigin = originCheck(this.options);
    const server = super.createIOServer(port, {
      ...(options as ServerOptions),
      // Browsers must come from our own origin; integrations without an Origin header are let through
      // to the handshake, where they still need a token.
      allowRequest: (request, callback) => callback(null, sameOrigin(request)),
      pingInterval: 10_000,
      pingTimeout: 10_000,
    });
    const logger = new Logger('LiveIoAdapter');
    if (this.options.redisUrl) {
      const publisher = createClient({ url: this.options.redisUrl }) as RedisClientType;
      const subscriber = publisher.duplicate();
      this.redisClients = [publisher, subscriber];
      // node-redis throws an 'error' that has no listener, which would end the process when Redis
      // restarts. Logged instead (once per outage): the clients reconnect and subscribe again by
      // themselves, this instance keeps serving its own sockets, and the seq heartbeat resyncs
      // what other instances' viewers missed meanwhile.
      for (const client of this.redisClients) {
        let outage = false;
        client.on('error', (error: Error) => {
          if (!outage) logger.warn(`Redis adapter lost its connection: ${error.message}`);
          outage = true;
        });
        client.on('ready', () => (outage = false));
      }
      Promise.all([publisher.connect(), subscriber.connect()]).catch((error: unknown) =>
        logger.error(`Redis adapter could not connect: ${String(error)}`),
      );
      server.adapter(createRedisAdapter(publisher, subscriber));
    } else {
      this.pool = new pg.Pool({ connectionString: this.options.databaseUrl, max: 3, application_name: 'lagesbild-live' });
      // The adapter keeps one client checked out for LISTEN and attaches no 'error' listener to it,
      // so a database restart would crash the process. With a listener the client just ends, and
      // the adapter connects and LISTENs again by itself.
      this.pool.on('error', () => undefined);
      this.pool.on('connect', (client) =>
        client.on('error', (error) => logger.warn(`Postgres adapter lost its connection: ${error.message}`)),
      );
      server.adapter(createPostgresAdapter(this.pool, { tableName: 'socket_io_attachments', heartbeatInterval: 5000 }));
    }
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all(this.redisClients.map((client) => client.quit().catch(() => undefined)));
    await this.pool?.end().catch(() => undefined);
  }
}
