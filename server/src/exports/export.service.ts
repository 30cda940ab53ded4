import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
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

/** The same limit as history (two years): for a large region about 70 000 report rows, which a spreadsheet still opens. */
const MAX_EXPORT_DAYS = 731;
const DEFAULT_EXPORT_DAYS = 30;

/**
 * The region's figures as files for the analysts' own tools: every unit's report and every
 * municipality's flows per day (the latest version of each), as CSV or as one Excel workbook.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  async reportsCsv(caller: Caller, regionCode: string, from?: string, to?: string): Promise<string> {
    const range = await this.authorize(caller, regionCode, from, to);
    return csv(REPORT_EXPORT_COLUMNS, await this.reportRows(regionCode, range));
  }

  async flowsCsv(caller: Caller, regionCode: string, from?: string, to?: string): Promise<string> {
    const range = await this.authorize(caller, regionCode, from, to);
    return csv(FLOW_EXPORT_COLUMNS, await this.flowRows(regionCode, range));
  }

  async workbook(caller: Caller, regionCode: string, from?: string, to?: string): Promise<Buffer> {
    const range = await this.authorize(caller, regionCode, from, to);
    const [regionName, reports, flows] = await Promise.all([
      this.organizations.regionName(regionCode),
      this.reportRows(regionCode, range),
      this.flowRows(regionCode, range),
    ]);
    const book = new ExcelJS.Workbook();
    book.creator = 'Lägesbild';
    book.title = `${regionName} ${range.start}–${range.end}`;
    addSheet(book, 'Rapporter', REPORT_EXPORT_COLUMNS, reports);
    addSheet(book, 'Flöden', FLOW_EXPORT_COLUMNS, flows);
    return Buffer.from(await book.xlsx.writeBuffer());
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

  private reportRows(regionCode: string, range: DateRange): Promise<ReportExportRow[]> {
    // Retired units are included: their history is part of the region's record.
    return this.dataSource.query(
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

  private flowRows(regionCode: string, range: DateRange): Promise<FlowExportRow[]> {
    return this.dataSource.query(
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
}

function csv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  // A byte-order mark, so Excel reads å, ä and ö as UTF-8 when the file is opened directly.
  return stringify(
    rows.map((row) => columns.map((column) => column.value(row))),
    { header: true, columns: columns.map((column) => column.header), bom: true },
  );
}

function addSheet<Row>(book: ExcelJS.Workbook, name: string, columns: readonly Column<Row>[], rows: readonly Row[]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}
