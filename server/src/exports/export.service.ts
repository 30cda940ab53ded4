import { Injectable, Logger } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { PassThrough, pipeline, Readable } from 'node:stream';
import QueryStream from 'pg-query-stream';
import type { Caller } from '../common/caller.js';
import { resolveDateRange, type DateRange } from '../common/date-range.js';
import { assertCanReadRegion } from '../common/scope.js';
import type { DbRow } from '../database/versioned-table.js';
import { flowTable } from '../flows/flow-row.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { reportTable } from '../reports/report-row.js';
import { DownloadPool } from './download-pool.js';
import {
  FLOW_EXPORT_COLUMNS,
  REPORT_EXPORT_COLUMNS,
  type Column,
  type FlowExportRow,
  type ReportExportRow,
} from './export-columns.js';
import { SWEDISH_CSV } from './swedish-csv.js';

const DEFAULT_EXPORT_DAYS = 30;

/** The files a region's figures download as: one workbook with both, or either table as CSV. */
export type ExportFile = 'workbook' | 'reports' | 'flows';
const BATCH_ROWS = 20;

/**
 * The region's figures as files for the analysts' own tools: every unit's report and every
 * municipality's flows per day (the latest version of each), as CSV or as one Excel workbook.
 */
@Injectable()
export class ExportService {
  private readonly logger = new Logger('ExportService');

  constructor(
    private readonly downloads: DownloadPool,
    private readonly organizations: OrganizationsService,
  ) {}

  /** The period asked for, once the caller may read the region (403/404, or 400 naming `from`). */
  async authorize(caller: Caller, regionCode: string, from?: string, to?: string): Promise<DateRange> {
    await this.organizations.regionName(regionCode);
    assertCanReadRegion(caller, regionCode);
    return resolveDateRange(from, to, DEFAULT_EXPORT_DAYS);
  }

  // Two years of a large region is over 100 000 rows. They are streamed from a cursor through the
  // CSV or XLSX writer into the response: memory stays flat and other requests (and live updates)
  // keep being served between the batches. Built whole in memory, the workbook took 47 s and 3 GB.

  async file(file: ExportFile, regionCode: string, range: DateRange): Promise<Readable> {
    switch (file) {
      case 'workbook':
        return this.workbook(regionCode, range);
      case 'reports':
        return csv(REPORT_EXPORT_COLUMNS, this.reportRows(regionCode, range));
      case 'flows':
        return csv(FLOW_EXPORT_COLUMNS, this.flowRows(regionCode, range));
    }
  }

  private async workbook(regionCode: string, range: DateRange): Promise<Readable> {
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

  private async *reportRows(regionCode: string, range: DateRange): AsyncGenerator<ReportExportRow> {
    // Retired units are included: their history is part of the region's record.
    const rows = this.stream<DbRow<ReportExportRow>>(
      `SELECT ${reportTable.select('r')}, o.code AS "organizationCode", o.name AS "organizationName",
              u.name AS "unitName", u.kind AS "unitKind"
         FROM reports r
         JOIN units u ON u.id = r.unit_id
         JOIN organizations o ON o.code = u.organization_code
        WHERE o.region_code = $1 AND r.date BETWEEN $2 AND $3
        ORDER BY r.date, o.sort_order, u.sort_order, u.id`,
      [regionCode, range.start, range.end],
    );
    for await (const row of rows) yield reportTable.toApi(row);
  }

  private async *flowRows(regionCode: string, range: DateRange): AsyncGenerator<FlowExportRow> {
    const rows = this.stream<DbRow<FlowExportRow>>(
      `SELECT ${flowTable.select('f')}, o.name AS "municipalityName"
         FROM flows f
         JOIN organizations o ON o.code = f.municipality_code
        WHERE f.region_code = $1 AND f.date BETWEEN $2 AND $3
        ORDER BY f.date, o.sort_order`,
      [regionCode, range.start, range.end],
    );
    for await (const row of rows) yield flowTable.toApi(row);
  }

  /**
   * Rows from a server-side cursor, a small batch at a time, on a download connection of its own
   * until the end. Small batches keep each turn of the event loop short, so a situation asked for
   * meanwhile waits for one batch of spreadsheet work, not for a hundred rows of it.
   */
  private async *stream<Row>(sql: string, parameters: unknown[]): AsyncGenerator<Row> {
    const client = await this.downloads.connect();
    let finished = false;
    try {
      const rows = client.query(new QueryStream(sql, parameters, { batchSize: BATCH_ROWS, highWaterMark: BATCH_ROWS }));
      for await (const row of rows as AsyncIterable<Row>) yield row;
      finished = true;
    } finally {
      // A cursor cut short (an error, a download given up) may leave the connection mid-protocol: drop it.
      client.release(!finished);
    }
  }
}

function csv<Row>(columns: readonly Column<Row>[], rows: AsyncIterable<Row>): Readable {
  const records = async function* () {
    // The heading row goes out at once, before the first batch is read: the download has started.
    yield columns.map((column) => column.header);
    for await (const row of rows) yield columns.map((column) => column.value(row));
  };
  const stringifier = stringify(SWEDISH_CSV);
  // pipeline, not pipe: a database error cuts the download short instead of leaving it hanging, and
  // a download the browser gave up on closes the cursor.
  pipeline(Readable.from(records()), stringifier, () => undefined);
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
  // Text columns are formatted as text ('@'): Excel shows a comment such as "=HYPERLINK(…)" as typed
  // and keeps it text when the cell is edited, instead of running it as a formula.
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    ...(column.text ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.getRow(1).commit();
  for await (const row of rows) {
    if (aborted()) throw new Error('download aborted');
    sheet.addRow(columns.map((column) => column.value(row))).commit();
  }
  sheet.commit();
}
