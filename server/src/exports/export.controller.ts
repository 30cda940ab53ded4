import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { historyQuerySchema } from '@lagesbild/shared';
import type { Readable } from 'node:stream';
import type { Response } from 'express';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { DownloadPool } from './download-pool.js';
import { ExportService } from './export.service.js';

type Period = { from?: string | undefined; to?: string | undefined };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv; charset=utf-8';

// StreamableFile sets the file's type only when there is a file: an error is still answered as JSON.
const download = (content: Readable, type: string, name: string) =>
  new StreamableFile(content, { type, disposition: `attachment; filename="${name}"` });

/** Downloads of the region's figures for a period (default the last 30 days). */
@Controller('regions/:region')
export class ExportController {
  constructor(
    private readonly exports: ExportService,
    private readonly downloads: DownloadPool,
  ) {}

  @Get('export.xlsx')
  async workbook(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: historyQuerySchema }) query: Period,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const range = await this.exports.authorize(caller, region, query.from, query.to);
    this.downloads.admit(response);
    const file = await this.exports.workbook(region, range);
    // The browser gave up: stop writing the workbook (and reading the database) at once.
    response.once('close', () => {
      if (!response.writableFinished) file.destroy();
    });
    return download(file, XLSX, this.exports.fileName(region, range, '.xlsx'));
  }

  @Get('export/reports.csv')
  async reports(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: historyQuerySchema }) query: Period,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const range = await this.exports.authorize(caller, region, query.from, query.to);
    this.downloads.admit(response);
    return download(this.exports.reportsCsv(region, range), CSV, this.exports.fileName(region, range, '-rapporter.csv'));
  }

  @Get('export/flows.csv')
  async flows(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: historyQuerySchema }) query: Period,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const range = await this.exports.authorize(caller, region, query.from, query.to);
    this.downloads.admit(response);
    return download(this.exports.flowsCsv(region, range), CSV, this.exports.fileName(region, range, '-floden.csv'));
  }
}
