import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { historyQuerySchema, reportInputSchema, type Report, type ReportInput, type SavedReport } from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { ReportsService } from './reports.service.js';

@Controller('units/:unitId/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** The unit's own recent reports (latest versions), e.g. for the form's outlier check. */
  @Get()
  recent(
    @CurrentCaller() caller: Caller,
    @Param('unitId') unitId: string,
    @Query({ schema: historyQuerySchema }) query: { from?: string | undefined; to?: string | undefined },
  ): Promise<Report[]> {
    return this.reports.recent(caller, unitId, query.from, query.to);
  }

  @Put(':date')
  put(
    @CurrentCaller() caller: Caller,
    @Param('unitId') unitId: string,
    @Param('date') date: string,
    @Body({ schema: reportInputSchema }) input: ReportInput,
  ): Promise<SavedReport> {
    return this.reports.put(caller, unitId, date, input);
  }

  @Get(':date/versions')
  versions(@CurrentCaller() caller: Caller, @Param('unitId') unitId: string, @Param('date') date: string): Promise<Report[]> {
    return this.reports.versions(caller, unitId, date);
  }
}
