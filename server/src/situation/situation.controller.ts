import { Controller, Get, Param, Query } from '@nestjs/common';
import { historyQuerySchema, situationQuerySchema, type History, type Situation } from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { SituationService } from './situation.service.js';

@Controller('regions/:region')
export class SituationController {
  constructor(private readonly situation: SituationService) {}

  @Get('situation')
  get(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: situationQuerySchema }) query: { date?: string | undefined },
  ): Promise<Situation> {
    return this.situation.situation(caller, region, query.date);
  }

  @Get('history')
  history(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: historyQuerySchema }) query: { from?: string | undefined; to?: string | undefined },
  ): Promise<History> {
    return this.situation.history(caller, region, query.from, query.to);
  }
}
