import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { EquipmentController } from './equipment.controller.js';
import { EquipmentService } from './equipment.service.js';
import { OffersService } from './offers.service.js';
import { RequestExpiry } from './request-expiry.js';
import { RequestTransactions } from './request-transactions.js';
import { RequestsController } from './requests.controller.js';
import { RequestsService } from './requests.service.js';

/** Avrop: requests for places, staff and equipment, offers and loans, and the region's equipment. */
@Module({
  imports: [MeetingsModule],
  controllers: [RequestsController, EquipmentController],
  providers: [RequestTransactions, RequestsService, OffersService, RequestExpiry, EquipmentService],
})
export class RequestsModule {}
