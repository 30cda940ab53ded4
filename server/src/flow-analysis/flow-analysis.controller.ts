import { Controller, Get, Param, Query } from '@nestjs/common';
import { historyQuerySchema, type FlowStatisticsResponse, type WeekdayPatternResponse } from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { FlowAnalysisService } from './flow-analysis.service.js';

type Period = { from?: string | undefined; to?: string | undefined };

/** Aggregates of the region's flows over up to five years (default the last year). */
@Controller('regions/:region')
export class FlowAnalysisController {
  constructor(private readonly analysis: FlowAnalysisService) {}

  @Get('flow-statistics')
  statistics(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: historyQuerySchema }) query: Period,
  ): Promise<FlowStatisticsResponse> {
    return this.analysis.statistics(caller, region, query.from, query.to);
  }

  @Get('weekday-pattern')
  weekdayPattern(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: historyQuerySchema }) query: Period,
  ): Promise<WeekdayPatternResponse> {
    return this.analysis.weekdayPattern(caller, region, query.from, query.to);
  }
}
