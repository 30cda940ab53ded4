import { Body, Controller, Get, Param, Put, Query, Res, StreamableFile } from '@nestjs/common';
import {
  holidayPlanInputSchema,
  holidayQuerySchema,
  type HolidayPeriodInput,
  type HolidayPlanInput,
  type HolidayQuery,
  type HolidayPlanResponse,
  type HolidayView,
} from '@lagesbild/shared';
import type { Response } from 'express';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { planWorkbook, PERIOD_NAMES } from './holiday-plan-export.js';
import { HolidaysService } from './holidays.service.js';

const periodOf = ({ period, ...rest }: HolidayQuery): HolidayPeriodInput => ({ kind: period, ...rest });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller('regions/:region')
export class HolidaysController {
  constructor(private readonly holidays: HolidaysService) {}

  @Get('holidays')
  view(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: holidayQuerySchema }) query: HolidayQuery,
  ): Promise<HolidayView> {
    return this.holidays.view(caller, region, periodOf(query));
  }

  /** The county's plan for the period as an Excel workbook, for the region organisation. */
  @Get('holidays/plan.xlsx')
  async export(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: holidayQuerySchema }) query: HolidayQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const view = await this.holidays.view(caller, region, periodOf(query), { regionOrganizationOnly: true });
    const file = await planWorkbook(view);
    const slug = PERIOD_NAMES[view.period.kind]
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-');
    response.setHeader('cache-control', 'no-store');
    return new StreamableFile(file, {
      type: XLSX,
      disposition: `attachment; filename="lagesbild-${region}-${slug}-${view.period.from}--${view.period.to}.xlsx"`,
    });
  }

  @Put('holiday-plans/:municipality')
  putPlan(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Param('municipality') municipality: string,
    @Body({ schema: holidayPlanInputSchema }) input: HolidayPlanInput,
  ): Promise<HolidayPlanResponse> {
    return this.holidays.putPlan(caller, region, municipality, input);
  }
}
