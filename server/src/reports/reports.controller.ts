import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { reportInputSchema, type Report, type ReportInput, type SavedReport } from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { ReportsService } from './reports.service.js';

@Controller('units/:unitId/reports/:date')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Put()
  put(
    @CurrentCaller() caller: Caller,
    @Param('unitId') unitId: string,
    @Param('date') date: string,
    @Body({ schema: reportInputSchema }) input: ReportInput,
  ): Promise<SavedReport> {
    return this.reports.put(caller, unitId, date, input);
  }

  @Get('versions')
  versions(@CurrentCaller() caller: Caller, @Param('unitId') unitId: string, @Param('date') date: string): Promise<Report[]> {
    return this.reports.versions(caller, unitId, date);
  }
}
