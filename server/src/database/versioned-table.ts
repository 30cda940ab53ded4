import type { EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

/** What every versioned row carries besides its key and figures (`versionStamp` in the shared schemas). */
interface Stamp {
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** The API's fields of a row that are columns of their own: everything but the stamp. */
type Fields<Row extends Stamp> = Exclude<keyof Row, keyof Stamp> & string;

/** A row as read from the database: the same names as the API (the SELECT list aliases them), with the time still a Date. */
export type DbRow<Row extends Stamp> = Omit<Row, 'updatedAt'> & { updatedAt: Date };

export interface VersionedTableDefinition<Row extends Stamp, Hidden extends string> {
  /** The current version of each row. */
  table: string;
  /** Every version of every row, append-only, with who saved it and through which credential. */
  versionsTable: string;
  /** Each API field → its column, in the table's order. The compiler asks for every field of the shared schema. */
  columns: { readonly [Field in Fields<Row>]-?: string };
  /** The fields that identify a row (its primary key), in both tables. */
  key: readonly Fields<Row>[];
  /** Columns stored with each row that the API does not answer (e.g. a flow's region), with their names. */
  hidden?: { readonly [Name in Hidden]: string };
}

export interface WriteStamp {
  version: number;
  by: string;
  via: 'session' | 'token' | 'system';
}

/**
 * One stored entity's table, defined once: its key and figure columns, plus the bookkeeping every
 * versioned table has (`version`, `updated_at`/`updated_by` in the current table, `created_at`,
 * `created_by` and `via` in the versions table). It yields the SELECT lists, the upsert of the
 * current row together with the insert of its version, the bulk load, and the row → API mapper, so
 * a new figure is one more entry in `columns` (and a migration).
 */
export function versionedTable<Row extends Stamp, Hidden extends string = never>(
  definition: VersionedTableDefinition<Row, Hidden>,
) {
  const fields = Object.keys(definition.columns) as Fields<Row>[];
  const fieldColumns = fields.map((field) => definition.columns[field]);
  const hidden = Object.entries(definition.hidden ?? {}) as [Hidden, string][];
  const hiddenColumns = hidden.map(([, column]) => column);
  const keyColumns = definition.key.map((field) => definition.columns[field]);
  const stored = [...fieldColumns, ...hiddenColumns, 'version'];
  const updated = stored.filter((column) => !keyColumns.includes(column));

  const selectList = (updatedAt: string, updatedBy: string, alias?: string) => {
    const at = (column: string) => (alias ? `${alias}.${column}` : column);
    return [
      ...fields.map((field) => `${at(definition.columns[field])} AS "${field}"`),
      `${at('version')} AS "version"`,
      `${at(updatedAt)} AS "updatedAt"`,
      `${at(updatedBy)} AS "updatedBy"`,
    ].join(', ');
  };
  const values = (count: number, from = 1) => Array.from({ length: count }, (_, index) => `$${from + index}`).join(', ');

  // The current row and its version in one statement: the version is what was stored, to the letter.
  const writeSql = `
    WITH stored AS (
      INSERT INTO ${definition.table} AS t (${stored.join(', ')}, updated_at, updated_by)
      VALUES (${values(stored.length)}, now(), $${stored.length + 1})
      ON CONFLICT (${keyColumns.join(', ')}) DO UPDATE SET
        ${[...updated, 'updated_at', 'updated_by'].map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
      RETURNING *
    ), version AS (
      INSERT INTO ${definition.versionsTable} (${stored.join(', ')}, created_at, created_by, via)
      SELECT ${stored.join(', ')}, updated_at, updated_by, $${stored.length + 2} FROM stored
    )
    SELECT ${selectList('updated_at', 'updated_by')} FROM stored`;

  // Many rows at once (the demo history): typed by the tables' own row types, so no casts are needed.
  const loadSql = `
    WITH stored AS (
      INSERT INTO ${definition.table} (${stored.join(', ')}, updated_at, updated_by)
      SELECT ${stored.join(', ')}, updated_at, updated_by FROM json_populate_recordset(NULL::${definition.table}, $1::json)
      RETURNING *
    )
    INSERT INTO ${definition.versionsTable} (${stored.join(', ')}, created_at, created_by, via)
    SELECT ${stored.join(', ')}, updated_at, updated_by, $2 FROM stored`;

  // The only conversion: the time as an ISO string. Other columns come out of pg as the API has them
  // (dates as YYYY-MM-DD, numerics as numbers: database-options.ts), under the API's names.
  const toApi = <Extra extends object = Record<never, never>>(row: DbRow<Row> & Extra): Row & Extra =>
    ({ ...row, updatedAt: row.updatedAt.toISOString() }) as unknown as Row & Extra;
  const toRow = (row: DbRow<Row>): Row => toApi(row);

  return {
    /** Each API field → its column. */
    columns: definition.columns,
    /** `unit_id AS "unitId", …` for the current table, optionally qualified by an alias. */
    select: (alias?: string) => selectList('updated_at', 'updated_by', alias),
    /** The same list for the versions table: each version's own time and author. */
    selectVersions: (alias?: string) => selectList('created_at', 'created_by', alias),
    toApi,

    /**
     * Stores `row` as the current version (inserting or replacing it) and appends it to the
     * versions. The caller holds whatever lock makes `stamp.version` the next one.
     */
    async write(
      db: Queryable,
      row: { readonly [Field in Fields<Row>]: Row[Field] },
      stamp: WriteStamp,
      hiddenValues?: { readonly [Name in Hidden]: unknown },
    ): Promise<Row> {
      const parameters = [
        ...fields.map((field) => row[field] ?? null),
        ...hidden.map(([name]) => hiddenValues?.[name] ?? null),
        stamp.version,
        stamp.by,
        stamp.via,
      ];
      const rows: DbRow<Row>[] = await db.query(writeSql, parameters);
      return toRow(rows[0] as DbRow<Row>);
    },

    /** Loads many first versions at once. Fields left out are stored as null. */
    async load(
      db: Queryable,
      rows: readonly (Partial<Record<Fields<Row> | Hidden, unknown>> & { updatedAt: Date | string; updatedBy: string })[],
      via: WriteStamp['via'],
    ): Promise<void> {
      const records = rows.map((row) => {
        const record: Record<string, unknown> = { version: 1, updated_at: row.updatedAt, updated_by: row.updatedBy };
        for (const field of fields) record[definition.columns[field]] = row[field] ?? null;
        for (const [name, column] of hidden) record[column] = row[name] ?? null;
        return record;
      });
      await db.query(loadSql, [JSON.stringify(records), via]);
    },
  };
}
