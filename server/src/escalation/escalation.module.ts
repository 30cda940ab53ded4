import { Module } from '@nestjs/common';
import { SituationModule } from '../situation/situation.module.js';
import { DeadlineSchedule } from './deadline-schedule.js';
import { EscalationController } from './escalation.controller.js';
import { EscalationService } from './escalation.service.js';
import { RemindersService } from './reminders.service.js';
import { SuggestionsService } from './suggestions.service.js';

@Module({
  imports: [SituationModule],
  controllers: [EscalationController],
  providers: [EscalationService, SuggestionsService, DeadlineSchedule, RemindersService],
})
export class EscalationModule {}
