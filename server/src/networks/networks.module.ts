import { Module } from '@nestjs/common';
import { CalendarFeedController } from './calendar-feed.controller.js';
import { NetworksController } from './networks.controller.js';
import { NetworksService } from './networks.service.js';

@Module({
  controllers: [NetworksController, CalendarFeedController],
  providers: [NetworksService],
  exports: [NetworksService],
})
export class NetworksModule {}
