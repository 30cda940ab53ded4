import { Module } from '@nestjs/common';
import { SituationController } from './situation.controller.js';
import { SituationService } from './situation.service.js';

@Module({ controllers: [SituationController], providers: [SituationService], exports: [SituationService] })
export class SituationModule {}
