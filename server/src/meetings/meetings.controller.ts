import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  createMeetingSchema,
  meetingActionSchema,
  meetingDecisionSchema,
  meetingNoteSchema,
  meetingParticipantsSchema,
  meetingStepSchema,
  type CreateMeetingInput,
  type Meeting,
  type MeetingActionValues,
  type MeetingDecisionValues,
  type MeetingNoteInput,
  type MeetingParticipantsInput,
  type MeetingStepInput,
  type MeetingSummary,
} from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { MeetingsService } from './meetings.service.js';
import { minutesFor } from './minutes-markdown.js';

@Controller()
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Post('regions/:region/meetings')
  create(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Body({ schema: createMeetingSchema }) input: CreateMeetingInput,
  ): Promise<Meeting> {
    return this.meetings.create(caller, region, input);
  }

  @Get('regions/:region/meetings')
  list(@CurrentCaller() caller: Caller, @Param('region') region: string): Promise<MeetingSummary[]> {
    return this.meetings.list(caller, region);
  }

  @Get('meetings/:meetingId')
  get(@CurrentCaller() caller: Caller, @Param('meetingId') meetingId: string): Promise<Meeting> {
    return this.meetings.get(caller, meetingId);
  }

  @Get('meetings/:meetingId/minutes.md')
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  async minutes(@CurrentCaller() caller: Caller, @Param('meetingId') meetingId: string): Promise<string> {
    const meeting = await this.meetings.get(caller, meetingId);
    return minutesFor(meeting, await this.organizations.regionName(meeting.region));
  }

  @Put('meetings/:meetingId/step')
  step(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Body({ schema: meetingStepSchema }) input: MeetingStepInput,
  ): Promise<Meeting> {
    return this.meetings.step(caller, meetingId, input.step);
  }

  @Post('meetings/:meetingId/refresh')
  @HttpCode(200)
  refresh(@CurrentCaller() caller: Caller, @Param('meetingId') meetingId: string): Promise<Meeting> {
    return this.meetings.refresh(caller, meetingId);
  }

  @Put('meetings/:meetingId/participants')
  participants(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Body({ schema: meetingParticipantsSchema }) input: MeetingParticipantsInput,
  ): Promise<Meeting> {
    return this.meetings.setParticipants(caller, meetingId, input.participants);
  }

  @Put('meetings/:meetingId/notes/:organizationCode')
  note(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Param('organizationCode') organizationCode: string,
    @Body({ schema: meetingNoteSchema }) input: MeetingNoteInput,
  ): Promise<Meeting> {
    return this.meetings.setNote(caller, meetingId, organizationCode, input.text);
  }

  @Post('meetings/:meetingId/decisions')
  addDecision(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Body({ schema: meetingDecisionSchema }) input: MeetingDecisionValues,
  ): Promise<Meeting> {
    return this.meetings.addDecision(caller, meetingId, input);
  }

  @Delete('meetings/:meetingId/decisions/:decisionId')
  removeDecision(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Param('decisionId') decisionId: string,
  ): Promise<Meeting> {
    return this.meetings.removeDecision(caller, meetingId, decisionId);
  }

  @Post('meetings/:meetingId/actions')
  addAction(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Body({ schema: meetingActionSchema }) input: MeetingActionValues,
  ): Promise<Meeting> {
    return this.meetings.addAction(caller, meetingId, input);
  }

  @Delete('meetings/:meetingId/actions/:actionId')
  removeAction(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Param('actionId') actionId: string,
  ): Promise<Meeting> {
    return this.meetings.removeAction(caller, meetingId, actionId);
  }

  @Post('meetings/:meetingId/close')
  @HttpCode(200)
  close(@CurrentCaller() caller: Caller, @Param('meetingId') meetingId: string): Promise<Meeting> {
    return this.meetings.close(caller, meetingId);
  }
}
