import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import {
  forecastQuerySchema,
  plannedCapacityInputSchema,
  plannedCapacityWithdrawSchema,
  type ForecastQuery,
  type PlannedCapacityEntry,
  type PlannedCapacityInput,
  type PlannedCapacityWithdrawInput,
  type RegionForecast,
} from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { ForecastService } from './forecast.service.js';
import { PlannedCapacityService } from './planned-capacity.service.js';

@Controller()
export class ForecastController {
  constructor(
    private readonly forecasts: ForecastService,
    private readonly planned: PlannedCapacityService,
  ) {}

  /** Every municipality's short-term places and the region's total, `days` ahead of `asOf`. */
  @Get('regions/:region/forecast')
  forecast(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: forecastQuerySchema }) query: ForecastQuery,
  ): Promise<RegionForecast> {
    return this.forecasts.regionForecast(caller, region, query);
  }

  @Get('regions/:region/planned-capacity')
  list(@CurrentCaller() caller: Caller, @Param('region') region: string): Promise<PlannedCapacityEntry[]> {
    return this.planned.list(caller, region);
  }

  @Put('units/:unitId/planned-capacity/:date')
  put(
    @CurrentCaller() caller: Caller,
    @Param('unitId') unitId: string,
    @Param('date') date: string,
    @Body({ schema: plannedCapacityInputSchema }) input: PlannedCapacityInput,
  ): Promise<PlannedCapacityEntry> {
    return this.planned.put(caller, unitId, date, input);
  }

  @Delete('units/:unitId/planned-capacity/:date')
  withdraw(
    @CurrentCaller() caller: Caller,
    @Param('unitId') unitId: string,
    @Param('date') date: string,
    @Body({ schema: plannedCapacityWithdrawSchema }) input: PlannedCapacityWithdrawInput,
  ): Promise<PlannedCapacityEntry> {
    return this.planned.withdraw(caller, unitId, date, input);
  }
}
