import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  calendarEntrySchema,
  networkMemberSchema,
  networkSchema,
  type CalendarEntryValues,
  type Network,
  type NetworkMemberValues,
  type NetworkSummary,
  type NetworkValues,
} from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { NetworksService } from './networks.service.js';

@Controller()
export class NetworksController {
  constructor(private readonly networks: NetworksService) {}

  @Get('regions/:region/networks')
  list(@CurrentCaller() caller: Caller, @Param('region') region: string): Promise<NetworkSummary[]> {
    return this.networks.list(caller, region);
  }

  @Post('regions/:region/networks')
  create(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Body({ schema: networkSchema }) input: NetworkValues,
  ): Promise<Network> {
    return this.networks.create(caller, region, input);
  }

  @Get('networks/:networkId')
  get(@CurrentCaller() caller: Caller, @Param('networkId') networkId: string): Promise<Network> {
    return this.networks.get(caller, networkId);
  }

  @Put('networks/:networkId')
  update(
    @CurrentCaller() caller: Caller,
    @Param('networkId') networkId: string,
    @Body({ schema: networkSchema }) input: NetworkValues,
  ): Promise<Network> {
    return this.networks.update(caller, networkId, input);
  }

  @Post('networks/:networkId/feed-token')
  @HttpCode(200)
  rotateFeed(@CurrentCaller() caller: Caller, @Param('networkId') networkId: string): Promise<Network> {
    return this.networks.rotateFeed(caller, networkId);
  }

  @Post('networks/:networkId/members')
  addMember(
    @CurrentCaller() caller: Caller,
    @Param('networkId') networkId: string,
    @Body({ schema: networkMemberSchema }) input: NetworkMemberValues,
  ): Promise<Network> {
    return this.networks.addMember(caller, networkId, input);
  }

  @Patch('networks/:networkId/members/:memberId')
  updateMember(
    @CurrentCaller() caller: Caller,
    @Param('networkId') networkId: string,
    @Param('memberId') memberId: string,
    @Body({ schema: networkMemberSchema }) input: NetworkMemberValues,
  ): Promise<Network> {
    return this.networks.updateMember(caller, networkId, memberId, input);
  }

  @Delete('networks/:networkId/members/:memberId')
  removeMember(
    @CurrentCaller() caller: Caller,
    @Param('networkId') networkId: string,
    @Param('memberId') memberId: string,
  ): Promise<Network> {
    return this.networks.removeMember(caller, networkId, memberId);
  }

  @Post('networks/:networkId/calendar')
  addCalendarEntry(
    @CurrentCaller() caller: Caller,
    @Param('networkId') networkId: string,
    @Body({ schema: calendarEntrySchema }) input: CalendarEntryValues,
  ): Promise<Network> {
    return this.networks.addCalendarEntry(caller, networkId, input);
  }

  @Patch('networks/:networkId/calendar/:entryId')
  updateCalendarEntry(
    @CurrentCaller() caller: Caller,
    @Param('networkId') networkId: string,
    @Param('entryId') entryId: string,
    @Body({ schema: calendarEntrySchema }) input: CalendarEntryValues,
  ): Promise<Network> {
    return this.networks.updateCalendarEntry(caller, networkId, entryId, input);
  }

  @Delete('networks/:networkId/calendar/:entryId')
  removeCalendarEntry(
    @CurrentCaller() caller: Caller,
    @Param('networkId') networkId: string,
    @Param('entryId') entryId: string,
  ): Promise<Network> {
    return this.networks.removeCalendarEntry(caller, networkId, entryId);
  }
}
