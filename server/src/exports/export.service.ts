import { Injectable, Logger } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { PassThrough, pipeline, Readable } from 'node:stream';
import type pg from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import type { Caller } from '../common/caller.js';
import { resolveDateRange, type DateRange } from '../common/date-range.js';
import { assertCanReadRegion } from '../common/scope.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import {
  FLOW_EXPORT_COLUMNS,
  REPORT_EXPORT_COLUMNS,
  type Column,
  type FlowExportRow,
  type ReportExportRow,
} from './export-columns.js';

/** The same limit as history (two years): for the largest region some 120 000 report rows, which a spreadsheet still opens. */
const MAX_EXPORT_DAYS = 731;
const DEFAULT_EXPORT_DAYS = 30;
const BATCH_ROWS = 20;

/**
 * The region's figures as files for the analysts' own tools: every unit's report and every
 * municipality's flows per day (the latest version of each), as CSV or as one Excel workbook.
 */
@Injectable()
export class ExportService {
  private readonly logger = new Logger('ExportService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  // Two years of a large region is over 100 000 rows. They are streamed from a cursor through the
  // CSV or XLSX writer into the response: memory stays flat and other requests (and live updates)
  // keep being served between the batches. Built whole in memory, the workbook took 47 s and 3 GB.

  async reportsCsv(caller: Caller, regionCode: string, from?: string, to?: string): Promise<Readable> {
    const range = await this.authorize(caller, regionCode, from, to);
    return csv(REPORT_EXPORT_COLUMNS, this.reportRows(regionCode, range));
  }

  async flowsCsv(caller: Caller, regionCode: string, from?: string, to?: string): Promise<Readable> {
    const range = await this.authorize(caller, regionCode, from, to);
    return csv(FLOW_EXPORT_COLUMNS, this.flowRows(regionCode, range));
  }

  async workbook(caller: Caller, regionCode: string, from?: string, to?: string): Promise<Readable> {
    const range = await this.authorize(caller, regionCode, from, to);
    const regionName = await this.organizations.regionName(regionCode);
    const output = new PassThrough();
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
    book.creator = 'Lägesbild';
    book.title = `${regionName} ${range.start}–${range.end}`;
    // A download the browser gave up on stops reading from the database too.
    const aborted = () => output.destroyed;
    const write = async () => {
      await addSheet(book, 'Rapporter', REPORT_EXPORT_COLUMNS, this.reportRows(regionCode, range), aborted);
      await addSheet(book, 'Flöden', FLOW_EXPORT_COLUMNS, this.flowRows(regionCode, range), aborted);
      await book.commit();
    };
    write().catch((error: unknown) => {
      if (aborted()) return;
      // The headers are sent by now: all that can be done is to cut the download short.
      this.logger.error(`workbook export failed: ${String(error)}`);
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return output;
  }

  /** The file name a download is saved as, e.g. `lagesbild-20-2026-10-25--2026-11-23.xlsx`. */
  fileName(regionCode: string, from: string | undefined, to: string | undefined, suffix: string): string {
    const range = resolveDateRange(from, to, { defaultDays: DEFAULT_EXPORT_DAYS, maxDays: MAX_EXPORT_DAYS });
    return `lagesbild-${regionCode}-${range.start}--${range.end}${suffix}`;
  }

  private async authorize(caller: Caller, regionCode: string, from?: string, to?: string): Promise<DateRange> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    return resolveDateRange(from, to, { defaultDays: DEFAULT_EXPORT_DAYS, maxDays: MAX_EXPORT_DAYS });
  }

  private reportRows(regionCode: string, range: DateRange): AsyncGenerator<ReportExportRow> {
    // Retired units are included: their history is part of the region's record.
    return this.stream<ReportExportRow>(
      `SELECT r.date, o.code AS organization_code, o.name AS organization_name, u.id AS unit_id,
              u.name AS unit_name, u.kind AS unit_kind, r.capacity, r.occupied, r.surge_capacity,
              r.admissions, r.discharges, r.staffing, r.sick_leave_pct, r.covid_patients, r.comment,
              r.version, r.updated_at, r.updated_by
         FROM reports r
         JOIN units u ON u.id = r.unit_id
         JOIN organizations o ON o.code = u.organization_code
        WHERE o.region_code = $1 AND r.date BETWEEN $2 AND $3
        ORDER BY r.date, o.sort_order, u.sort_order, u.id`,
      [regionCode, range.start, range.end],
    );
  }

  private flowRows(regionCode: string, range: DateRange): AsyncGenerator<FlowExportRow> {
    return this.stream<FlowExportRow>(
      `SELECT f.date, f.municipality_code, o.name AS municipality_name, f.inpatients, f.admissions,
              f.discharges, f.discharges_home, f.discharges_short_term, f.discharges_nursing_home,
              f.discharges_other, f.ready_for_discharge, f.version, f.updated_at, f.updated_by
         FROM flows f
         JOIN organizations o ON o.code = f.municipality_code
        WHERE f.region_code = $1 AND f.date BETWEEN $2 AND $3
        ORDER BY f.date, o.sort_order`,
      [regionCode, range.start, range.end],
    );
  }

  /**
   * Rows from a server-side cursor, a small batch at a time, on a connection of its own until the
   * end. Small batches keep each turn of the event loop short, so a situation asked for meanwhile
   * waits for one batch of spreadsheet work, not for a hundred rows of it.
   */
  private async *stream<Row>(sql: string, parameters: unknown[]): AsyncGenerator<Row> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as pg.PoolClient;
      const rows = client.query(new QueryStream(sql, parameters, { batchSize: BATCH_ROWS, highWaterMark: BATCH_ROWS }));
      for await (const row of rows as AsyncIterable<Row>) yield row;
    } finally {
      await runner.release();
    }
  }
}

function csv<Row>(columns: readonly Column<Row>[], rows: AsyncIterable<Row>): Readable {
  const cells = async function* () {
    for await (const row of rows) yield columns.map((column) => column.value(row));
  };
  // A byte-order mark, so Excel reads å, ä and ö as UTF-8 when the file is opened directly.
  const stringifier = stringify({ header: true, columns: columns.map((column) => column.header), bom: true });
  // pipeline, not pipe: a database error cuts the download short instead of leaving it hanging, and
  // a download the browser gave up on closes the cursor.
  pipeline(Readable.from(cells()), stringifier, () => undefined);
  return stringifier;
}

async function addSheet<Row>(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column<Row>[],
  rows: AsyncIterable<Row>,
  aborted: () => boolean,
): Promise<void> {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.getRow(1).commit();
  for await (const row of rows) {
    if (aborted()) throw new Error('download aborted');
    sheet.addRow(columns.map((column) => column.value(row))).commit();
  }
  sheet.commit();
}
