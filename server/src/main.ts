import { Logger } from '@nestjs/common';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { mailStatusLine } from './mail/mail-status.js';

const logger = new Logger('Lägesbild');

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
    logger.log(`Embedded PostgreSQL on 127.0.0.1:${embedded.port}, files in ${config.dataDir}`);
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await app?.close().catch((error: unknown) => logger.error(String(error)));
    await embedded?.stop().catch((error: unknown) => logger.error(String(error)));
    process.exit(0);
  };
  // This is the one shutdown: close the app (running jobs finish while the database is still up),
  // then stop the embedded PostgreSQL, then exit 0. embedded-postgres's own exit hook would stop
  // PostgreSQL at once and exit 130/143 under the closing app, so its signal listeners go; and ours
  // stay registered (`on`), since Nest re-raises the signal once its own hooks are done.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    app = await createApp({ ...config, databaseUrl });
    await app.listen(config.port, config.host);
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  const address = (app.getHttpServer() as import('node:http').Server).address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const boundTo = typeof address === 'object' && address ? address.address : config.host;
  logger.log(`Lägesbild is running at http://localhost:${port} (listening on ${boundTo})`);
  logger.log(mailStatusLine(config));
  if (config.demo) {
    logger.log('Demo mode: log in as falun, borlange, region-dalarna, chair-dalarna or admin, password "demo".');
    // Said at warn level, so it shows whatever LOG_LEVEL is: known passwords are a security matter.
    logger.warn(
      config.hostExplicit
        ? `Demo mode: the demo accounts (password "demo") are reachable on ${boundTo}, as HOST asks.`
        : `Demo mode: listening on ${boundTo} only, since the demo accounts have the password "demo"; set HOST=0.0.0.0 to open it to the network.`,
    );
  }
  // Machine-readable line for tests and scripts that start the server on port 0.
  console.log(`LISTENING ${port}`);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedPostgresError;
  const message = known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  const eaddrinuse = (error as NodeJS.ErrnoException)?.code === 'EADDRINUSE';
  console.error(
    eaddrinuse ? `Port ${process.env.PORT ?? 3000} is taken; set PORT to a free port.` : `Lägesbild could not start: ${message}`,
  );
  process.exit(1);
});
