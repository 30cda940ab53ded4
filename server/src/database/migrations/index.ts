import { InitialSchema1764000000000 } from './1764000000000-initial-schema.js';
import { ReferenceData1764000000001 } from './1764000000001-reference-data.js';

// An explicit list, not a glob: TypeORM's import() of a glob stalls under vitest.
export const MIGRATIONS = [InitialSchema1764000000000, ReferenceData1764000000001];
