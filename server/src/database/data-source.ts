import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options.js';

// For the TypeORM CLI: `npm run migration:run -w server` with DATABASE_URL set.
export default new DataSource(databaseOptions(process.env.DATABASE_URL ?? 'postgres://localhost/lagesbild'));
