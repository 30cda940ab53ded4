import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@lagesbild/server/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One PostgreSQL for the whole run; every test file gets its own database in it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lagesbild-test-pg-'));
  // As root, PostgreSQL runs as 'postgres' and must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
  project.provide('postgresUrl', database.url);
  return async () => {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
