import 'reflect-metadata';
import { type INestApplication, Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { refuseHostileInput } from './common/hostile-input.js';
import type { AppConfig } from './config/config.js';
import { migrateUnderLock } from './database/migrate.js';
import { DemoSeeder } from './demo/demo-seeder.js';
import { LiveIoAdapter } from './live/live-io.adapter.js';
import { serveClient } from './static-client.js';

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['error', 'fatal'],
  warn: ['error', 'fatal', 'warn'],
  log: ['error', 'fatal', 'warn', 'log'],
  debug: ['error', 'fatal', 'warn', 'log', 'debug'],
};

/**
 * The one bootstrap, used by main.ts and by tests alike, so neither can forget the validation
 * pipe, the socket adapter, the headers or the migrations.
 */
export async function createApp(config: AppConfig & { databaseUrl: string }): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: LOG_LEVELS[config.logLevel],
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: '256kb' });
  app.use(refuseHostileInput);
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        // upgrade-insecure-requests blanks the app when served over plain HTTP on a LAN address.
        useDefaults: true,
        directives: { 'upgrade-insecure-requests': config.cookieSecure ? [] : null, 'connect-src': ["'self'", 'ws:', 'wss:'] },
      },
      hsts: config.cookieSecure,
    }),
  );
  app.setGlobalPrefix('api');
  app.useWebSocketAdapter(
    new LiveIoAdapter(app, {
      databaseUrl: config.databaseUrl,
      redisUrl: config.redisUrl,
      allowedOrigins: config.allowedOrigins,
      trustProxy: config.trustProxy,
    }),
  );
  app.enableShutdownHooks();

  const dataSource = app.get(DataSource);
  await migrateUnderLock(dataSource, async () => {
    if (config.demo) await app.get(DemoSeeder).seedIfEmpty();
  });
  if (!serveClient(app.getHttpAdapter().getInstance(), config.clientDist)) {
    new Logger('Lägesbild').warn(`No client build in ${config.clientDist}; serving the API only.`);
  }
  await app.init();
  return app;
}
