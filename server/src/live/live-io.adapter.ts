import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import pg from 'pg';
import { createClient, type RedisClientType } from 'redis';
import type { Server, ServerOptions } from 'socket.io';
import { isSameOrigin } from '../auth/origin.js';

export interface LiveAdapterOptions {
  databaseUrl: string;
  redisUrl?: string | undefined;
  allowedOrigins: readonly string[];
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
    const server = super.createIOServer(port, {
      ...(options as ServerOptions),
      // Browsers must come from our own origin; integrations without an Origin header are let through
      // to the handshake, where they still need a token.
      allowRequest: (request, callback) => callback(null, isSameOrigin(request.headers, this.options.allowedOrigins)),
      pingInterval: 10_000,
      pingTimeout: 10_000,
    });
    if (this.options.redisUrl) {
      const publisher = createClient({ url: this.options.redisUrl }) as RedisClientType;
      const subscriber = publisher.duplicate();
      this.redisClients = [publisher, subscriber];
      // A Redis that cannot be reached is logged, not fatal: this instance still serves its own sockets.
      Promise.all([publisher.connect(), subscriber.connect()]).catch((error: unknown) =>
        new Logger('LiveIoAdapter').error(`Redis adapter could not connect: ${String(error)}`),
      );
      server.adapter(createRedisAdapter(publisher, subscriber));
    } else {
      this.pool = new pg.Pool({ connectionString: this.options.databaseUrl, max: 3, application_name: 'lagesbild-live' });
      this.pool.on('error', () => undefined);
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
