import { Module } from '@nestjs/common';
import { NetworksModule } from '../networks/networks.module.js';
import { SituationModule } from '../situation/situation.module.js';
import { ActionsService } from './actions.service.js';
import { AgendaService } from './agenda.service.js';
import { MeetingLoader } from './meeting-loader.js';
import { MeetingSearchService } from './meeting-search.service.js';
import { MeetingWriter } from './meeting-writer.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingsService } from './meetings.service.js';
import { MinutesMailer } from './minutes-mailer.js';
import { NetworkMeetingsController } from './network-meetings.controller.js';

@Module({
  imports: [SituationModule, NetworksModule],
  controllers: [MeetingsController, NetworkMeetingsController],
  providers: [MeetingsService, MeetingLoader, MeetingWriter, AgendaService, ActionsService, MinutesMailer, MeetingSearchService],
  exports: [MeetingsService, MeetingWriter],
})
export class MeetingsModule {}
