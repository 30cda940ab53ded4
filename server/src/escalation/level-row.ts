import {
  DEFAULT_ESCALATION_SETTINGS,
  escalationSettingsValuesSchema,
  type EscalationLevelState,
  type EscalationSettings,
} from '@lagesbild/shared';
import type { EntityManager } from 'typeorm';
import { versionedTable, type DbRow } from '../database/versioned-table.js';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * The declared levels and every version of them, defined once like reports: the shared
 * `EscalationLevelState` and its columns, plus the region each row belongs to (stored, not answered).
 */
export const levelTable = versionedTable<EscalationLevelState, 'regionCode'>({
  table: 'escalation_levels',
  versionsTable: 'escalation_level_versions',
  key: ['organizationCode'],
  columns: {
    organizationCode: 'organization_code',
    level: 'level',
    reason: 'reason',
    measures: 'measures',
    otherMeasures: 'other_measures',
    since: 'since',
  },
  hidden: { regionCode: 'region_code' },
});

/** `since` is a timestamp column: like `updatedAt`, it is answered as an ISO string. */
export function withIsoSince(level: EscalationLevelState): EscalationLevelState {
  const since = level.since as unknown;
  return { ...level, since: since instanceof Date ? since.toISOString() : String(since) };
}

export function toLevel(row: DbRow<EscalationLevelState>): EscalationLevelState {
  return withIsoSince(levelTable.toApi(row));
}

/** The current declared levels of a region's organisations (those never declared are normalläge). */
export async function readLevels(db: Queryable, regionCode: string): Promise<EscalationLevelState[]> {
  const rows = await db.query<DbRow<EscalationLevelState>[]>(
    `SELECT ${levelTable.select()} FROM escalation_levels WHERE region_code = $1 ORDER BY organization_code`,
    [regionCode],
  );
  return rows.map(toLevel);
}

/** A region's deadlines and triggers; the defaults (version 0) until its administrator sets its own. */
export async function readSettings(db: Queryable, regionCode: string): Promise<EscalationSettings> {
  const rows = await db.query<{ settings: unknown; version: number; updated_at: Date; updated_by: string }[]>(
    'SELECT settings, version, updated_at, updated_by FROM escalation_settings WHERE region_code = $1',
    [regionCode],
  );
  const row = rows[0];
  if (!row) return { ...DEFAULT_ESCALATION_SETTINGS, version: 0, updatedAt: null, updatedBy: null };
  // Stored through the same schema; parsing again keeps a hand-edited row from reaching the rules.
  const parsed = escalationSettingsValuesSchema.safeParse(row.settings);
  const values = parsed.success ? parsed.data : DEFAULT_ESCALATION_SETTINGS;
  return { ...values, version: row.version, updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by };
}
