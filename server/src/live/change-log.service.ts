import { Injectable } from '@nestjs/common';
import { MAX_REPLAY, type LiveChange, type LiveChangeKind, type LiveChangeOf } from '@lagesbild/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../database/returning.js';

@Injectable()
export class ChangeLogService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes the region's next seq and logs the change, inside the caller's transaction: the seq is
   * gapless because it commits or rolls back with the change itself. Locking the region row also
   * orders concurrent writes in one region.
   */
  async record<K extends LiveChangeKind>(
    manager: EntityManager,
    regionCode: string,
    type: K,
    build: (seq: number) => LiveChangeOf<K>['payload'],
  ): Promise<LiveChangeOf<K>> {
    const rows = await updateReturning<{ seq: number }>(
      manager,
      'UPDATE regions SET seq = seq + 1 WHERE code = $1 RETURNING seq',
      [regionCode],
    );
    const seq = rows[0]?.seq;
    if (seq === undefined) throw new Error(`unknown region ${regionCode}`);
    const payload = build(seq);
    await manager.query('INSERT INTO changes (region_code, seq, type, payload) VALUES ($1, $2, $3, $4)', [
      regionCode,
      seq,
      type,
      JSON.stringify(payload),
    ]);
    return { type, payload } as LiveChangeOf<K>;
  }

  /** The changes after `sinceSeq`, of every kind, in order; null when they are too many to replay. */
  async since(regionCode: string, sinceSeq: number): Promise<{ seq: number; changes: LiveChange[] } | null> {
    const current = await this.currentSeq(regionCode);
    if (sinceSeq > current || current - sinceSeq > MAX_REPLAY) return null;
    const rows: { type: LiveChange['type']; payload: LiveChange['payload'] }[] = await this.dataSource.query(
      'SELECT type, payload FROM changes WHERE region_code = $1 AND seq > $2 AND seq <= $3 ORDER BY seq',
      [regionCode, sinceSeq, current],
    );
    if (rows.length !== current - sinceSeq) return null;
    return { seq: current, changes: rows.map((row) => ({ type: row.type, payload: row.payload }) as LiveChange) };
  }

  async currentSeq(regionCode: string): Promise<number> {
    const rows: { seq: number }[] = await this.dataSource.query('SELECT seq FROM regions WHERE code = $1', [regionCode]);
    return rows[0]?.seq ?? 0;
  }

  async currentSeqs(regionCodes: readonly string[]): Promise<Map<string, number>> {
    const rows: { code: string; seq: number }[] = await this.dataSource.query(
      'SELECT code, seq FROM regions WHERE code = ANY($1)',
      [regionCodes],
    );
    return new Map(rows.map((row) => [row.code, row.seq]));
  }
}
