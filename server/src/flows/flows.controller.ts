import { Body, Controller, Param, Put } from '@nestjs/common';
import { flowsInputSchema, type FlowsInput, type FlowsResponse } from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { FlowsService } from './flows.service.js';

@Controller('regions/:region/flows/:date')
export class FlowsController {
  constructor(private readonly flows: FlowsService) {}

  @Put()
  put(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Param('date') date: string,
    @Body({ schema: flowsInputSchema }) input: FlowsInput,
  ): Promise<FlowsResponse> {
    return this.flows.put(caller, region, date, input);
  }
}
