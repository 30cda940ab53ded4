import { Module } from '@nestjs/common';
import { ForecastController } from './forecast.controller.js';
import { ForecastService } from './forecast.service.js';
import { PlannedCapacityService } from './planned-capacity.service.js';

@Module({ controllers: [ForecastController], providers: [ForecastService, PlannedCapacityService] })
export class ForecastModule {}
