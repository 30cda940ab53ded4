import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { historyQuerySchema } from '@lagesbild/shared';
import type { Response } from 'express';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { DownloadPool } from './download-pool.js';
import { ExportService, type ExportFile } from './export.service.js';

type Period = { from?: string | undefined; to?: string | undefined };

const CSV = 'text/csv; charset=utf-8';
const FILES: Record<ExportFile, { type: string; suffix: string }> = {
  workbook: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', suffix: '.xlsx' },
  reports: { type: CSV, suffix: '-rapporter.csv' },
  flows: { type: CSV, suffix: '-floden.csv' },
};

/** Downloads of the region's figures for a period (default the last 30 days). */
@Controller('regions/:region')
export class ExportController {
  constructor(
    private readonly exports: ExportService,
    private readonly downloads: DownloadPool,
  ) {}

  @Get('export.xlsx')
  workbook(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: historyQuerySchema }) query: Period,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.download('workbook', caller, region, query, response);
  }

  @Get('export/reports.csv')
  reports(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: historyQuerySchema }) query: Period,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.download('reports', caller, region, query, response);
  }

  @Get('export/flows.csv')
  flows(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: historyQuerySchema }) query: Period,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return this.download('flows', caller, region, query, response);
  }

  /** Check → take a download slot → stream. Refusals (400/403/404/429) come before any file. */
  private async download(
    file: ExportFile,
    caller: Caller,
    region: string,
    query: Period,
    response: Response,
  ): Promise<StreamableFile> {
    const range = await this.exports.authorize(caller, region, query.from, query.to);
    this.downloads.admit(response);
    const content = await this.exports.file(file, region, range);
    // The browser gave up: stop writing the file (and reading the database) at once.
    response.once('close', () => {
      if (!response.writableFinished) content.destroy();
    });
    // StreamableFile sets the file's type only when there is a file: an error is still answered as JSON.
    const name = `lagesbild-${region}-${range.start}--${range.end}${FILES[file].suffix}`;
    return new StreamableFile(content, { type: FILES[file].type, disposition: `attachment; filename="${name}"` });
  }
}
