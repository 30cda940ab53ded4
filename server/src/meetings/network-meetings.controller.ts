import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import {
  actionStatusSchema,
  agendaItemSchema,
  agendaOrderSchema,
  attendanceSchema,
  currentItemSchema,
  meetingSearchSchema,
  type ActionStatusInput,
  type AgendaItemValues,
  type AgendaOrderInput,
  type AttendanceValues,
  type CurrentItemInput,
  type Meeting,
  type MeetingSearchHit,
  type MeetingSearchInput,
  type MyAction,
} from '@lagesbild/shared';
import type { Response } from 'express';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ActionsService } from './actions.service.js';
import { AgendaService } from './agenda.service.js';
import { MeetingSearchService } from './meeting-search.service.js';
import { MeetingWriter } from './meeting-writer.js';
import { minutesDocx } from './minutes-docx.js';
import { minutesFileName, MinutesMailer } from './minutes-mailer.js';
import { minutesModel } from './minutes-model.js';

/** What a network's meeting adds: agenda, attendance, follow-up, Word minutes and their sending, search. */
@Controller()
export class NetworkMeetingsController {
  constructor(
    private readonly agenda: AgendaService,
    private readonly actions: ActionsService,
    private readonly writer: MeetingWriter,
    private readonly mailer: MinutesMailer,
    private readonly search: MeetingSearchService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Post('meetings/:meetingId/agenda')
  addItem(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Body({ schema: agendaItemSchema }) input: AgendaItemValues,
  ): Promise<Meeting> {
    return this.agenda.addItem(caller, meetingId, input);
  }

  @Put('meetings/:meetingId/agenda')
  order(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Body({ schema: agendaOrderSchema }) input: AgendaOrderInput,
  ): Promise<Meeting> {
    return this.agenda.order(caller, meetingId, input.itemIds);
  }

  @Put('meetings/:meetingId/agenda/:itemId')
  updateItem(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Body({ schema: agendaItemSchema }) input: AgendaItemValues,
  ): Promise<Meeting> {
    return this.agenda.updateItem(caller, meetingId, itemId, input);
  }

  @Delete('meetings/:meetingId/agenda/:itemId')
  removeItem(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
  ): Promise<Meeting> {
    return this.agenda.removeItem(caller, meetingId, itemId);
  }

  @Put('meetings/:meetingId/current-item')
  current(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Body({ schema: currentItemSchema }) input: CurrentItemInput,
  ): Promise<Meeting> {
    return this.agenda.setCurrent(caller, meetingId, input.itemId);
  }

  @Put('meetings/:meetingId/attendance')
  attendance(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Body({ schema: attendanceSchema }) input: AttendanceValues,
  ): Promise<Meeting> {
    return this.agenda.setAttendance(caller, meetingId, input);
  }

  @Put('meetings/:meetingId/actions/:actionId/status')
  actionStatus(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Param('actionId') actionId: string,
    @Body({ schema: actionStatusSchema }) input: ActionStatusInput,
  ): Promise<Meeting> {
    return this.actions.setStatus(caller, meetingId, actionId, input.status);
  }

  @Get('meetings/:meetingId/minutes.docx')
  async docx(
    @CurrentCaller() caller: Caller,
    @Param('meetingId') meetingId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const meeting = await this.writer.read(caller, meetingId);
    const buffer = await minutesDocx(minutesModel(meeting, await this.organizations.regionName(meeting.region)));
    response.setHeader('Content-Disposition', `attachment; filename="${minutesFileName(meeting, 'docx')}"`);
    return new StreamableFile(buffer, {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  }

  /** Queues the mail of the closed minutes to the distribution list; 202: the job sends them. */
  @Post('meetings/:meetingId/minutes/send')
  @HttpCode(202)
  send(@CurrentCaller() caller: Caller, @Param('meetingId') meetingId: string): Promise<Meeting> {
    return this.mailer.request(caller, meetingId);
  }

  @Get('regions/:region/meetings/search')
  find(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: meetingSearchSchema }) query: MeetingSearchInput,
  ): Promise<MeetingSearchHit[]> {
    return this.search.search(caller, region, query.q);
  }

  /** The caller's open actions, for their start page. */
  @Get('me/actions')
  mine(@CurrentCaller() caller: Caller): Promise<MyAction[]> {
    return this.actions.mine(caller);
  }
}
