import type { Situation } from '@lagesbild/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody, useApi } from '../support/api.js';
import { daysAgo, today } from '../support/dates.js';
import { useServer } from '../support/server.js';

const server = useServer();
const analyst = useApi(server, 'region-dalarna');
let situation: Situation;
const from = daysAgo(6);
const FORMULA = '=HYPERLINK("http://evil.example","klicka")';
const to = today();

beforeAll(async () => {
  const falun = await Api.loggedIn(server, 'falun');
  const saved = await falun.putReport(
    '2080-lunden',
    today(),
    reportBody({ occupied: 31, comment: 'Export, med komma; och "citat"' }),
  );
  expect(saved.status).toBe(200);
  // A reporter's comment that a spreadsheet would run as a formula, and a figure with decimals.
  const borlange = await Api.loggedIn(server.baseUrl, 'borlange');
  const formula = await borlange.putReport('2081-angen', today(), reportBody({ sickLeavePct: 12.5, comment: FORMULA }));
  expect(formula.status).toBe(200);
  situation = (await analyst.situation('20')).body;
});

async function csvRows(response: Response): Promise<Record<string, string>[]> {
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark Excel needs for å, ä, ö
  const text = bytes.subarray(3).toString('utf8');
  // Excel in a Swedish locale splits on semicolons (the comma is its decimal sign).
  expect(text.split('\n')[0]).toMatch(/^datum;/);
  return parse<Record<string, string>>(text, { columns: true, delimiter: ';' });
}

/** A cell a spreadsheet will not run: it does not start with what starts a formula. */
const inert = (cell: string | undefined) => cell !== undefined && !/^[=+\-@\t\r]/.test(cell);

const reportedToday = () => situation.organizations.flatMap((org) => org.units.filter((unit) => unit.report !== null));
const flowsToday = () => situation.organizations.filter((org) => org.flows !== null);

describe('exports of the region’s figures', () => {
  it('reports as CSV: one row per unit and day, today’s rows exactly as the situation shows them', async () => {
    const response = await analyst.exportReportsCsv('20', { from, to });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="lagesbild-20-${from}--${to}-rapporter.csv"`);
    const rows = await csvRows(response);

    expect(rows.every((row) => row.datum! >= from && row.datum! <= to)).toBe(true);
    const todays = rows.filter((row) => row.datum === to);
    expect(todays.map((row) => row['enhets-id']).sort()).toEqual(
      reportedToday()
        .map((unit) => unit.id)
        .sort(),
    );
    const lunden = todays.find((row) => row['enhets-id'] === '2080-lunden');
    expect(lunden).toMatchObject({
      organisation: 'Falun',
      typ: 'Korttidsplatser',
      'disponibla platser': '34',
      'belagda platser': '31',
      'lediga platser': '3',
      bemanning: 'Normal',
      kommentar: 'Export, med komma; och "citat"',
      'sparad av': 'falun',
    });
  });

  it('reports as CSV for a Swedish Excel: a formula in a comment arrives as inert text, decimals with a comma', async () => {
    const rows = await csvRows(await analyst.exportReportsCsv('20', { from, to }));
    const angen = rows.find((row) => row['enhets-id'] === '2081-angen' && row.datum === to);
    expect(angen?.kommentar).toBe(`'${FORMULA}`);
    expect(inert(angen?.kommentar)).toBe(true);
    expect(angen?.['sjukfrånvaro %']).toBe('12,5');
    expect(angen?.['disponibla platser']).toBe('34');
  });

  it('flows as CSV: one row per municipality and day', async () => {
    const response = await analyst.exportFlowsCsv('20', { from, to });
    expect(response.status).toBe(200);
    const rows = await csvRows(response);
    const todays = rows.filter((row) => row.datum === to);
    expect(todays.map((row) => row.kommunkod).sort()).toEqual(
      flowsToday()
        .map((org) => org.code)
        .sort(),
    );
    const falun = flowsToday().find((org) => org.code === '2080')?.flows;
    expect(todays.find((row) => row.kommunkod === '2080')).toMatchObject({
      kommun: 'Falun',
      utskrivningsklara: String(falun?.readyForDischarge),
      inneliggande: String(falun?.inpatients),
    });
  });

  it('both as one Excel workbook with a sheet each, numbers as numbers', async () => {
    const response = await analyst.exportWorkbook('20', { from, to });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="lagesbild-20-${from}--${to}.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Rapporter', 'Flöden']);

    const reports = book.getWorksheet('Rapporter')!;
    const headers = (reports.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 8)).toEqual([
      'datum',
      'organisationskod',
      'organisation',
      'enhets-id',
      'enhet',
      'typ',
      'disponibla platser',
      'belagda platser',
    ]);
    const csv = await csvRows(await analyst.exportReportsCsv('20', { from, to }));
    expect(reports.rowCount - 1).toBe(csv.length);
    const lunden = reports
      .getRows(2, reports.rowCount - 1)
      ?.find((row) => row.getCell(4).value === '2080-lunden' && row.getCell(1).value === to);
    expect(lunden?.getCell(8).value).toBe(31);
    expect(book.getWorksheet('Flöden')!.rowCount - 1).toBeGreaterThanOrEqual(flowsToday().length);

    // The comment that looks like a formula is text: a text-formatted string cell, never a formula,
    // so Excel shows it as typed and keeps it text when the cell is edited.
    const comment = headers.indexOf('kommentar') + 1;
    const angen = reports
      .getRows(2, reports.rowCount - 1)
      ?.find((row) => row.getCell(4).value === '2081-angen' && row.getCell(1).value === to);
    const cell = angen?.getCell(comment);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(FORMULA);
    expect(cell?.numFmt).toBe('@');
    expect(angen?.getCell(headers.indexOf('sjukfrånvaro %') + 1).value).toBe(12.5);
  });

  it('defaults to the last 30 days, and any user of the region may download', async () => {
    const reporter = await Api.loggedIn(server.baseUrl, 'leksand');
    const response = await reporter.exportFlowsCsv('20');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="lagesbild-20-${daysAgo(29)}--${to}-floden.csv"`,
    );
    const days = new Set((await csvRows(response)).map((row) => row.datum));
    expect([...days].sort()[0]! >= daysAgo(29)).toBe(true);
  });

  it('refuses another region (403), no session (401), and a reversed or too long period (400 naming from)', async () => {
    expect((await analyst.exportWorkbook('10')).status).toBe(403);
    expect((await new Api(server.baseUrl).exportWorkbook('20')).status).toBe(401);
    const reversed = await analyst.request('GET', `/api/regions/20/export/reports.csv?from=${to}&to=${from}`);
    expect(reversed.status).toBe(400);
    expect(reversed.error!.codes).toEqual({ from: ['validation.periodOrder'] });
    expect(reversed.headers.get('content-disposition')).toBeNull();
    const tooLong = await analyst.request('GET', `/api/regions/20/export.xlsx?from=2020-01-01&to=${to}`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.error!.codes).toEqual({ from: ['validation.range'] });
    const badDate = await analyst.request('GET', '/api/regions/20/export.xlsx?from=igår');
    expect(badDate.status).toBe(400);
    expect(Object.keys(badDate.error!.codes!)).toEqual(['from']);
  });
});
