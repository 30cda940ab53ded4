import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  confirmSuggestionSchema,
  declareLevelSchema,
  dismissSuggestionSchema,
  escalationHistoryQuerySchema,
  escalationSettingsInputSchema,
  remindersQuerySchema,
  type ConfirmSuggestionInput,
  type DeclareLevelInput,
  type DismissSuggestionInput,
  type EscalationLevelState,
  type EscalationSettings,
  type EscalationSettingsInput,
  type EscalationSuggestion,
  type ReminderLogEntry,
} from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { EscalationService } from './escalation.service.js';
import { RemindersService } from './reminders.service.js';
import { SuggestionsService } from './suggestions.service.js';

@Controller()
export class EscalationController {
  constructor(
    private readonly escalation: EscalationService,
    private readonly suggestions: SuggestionsService,
    private readonly reminders: RemindersService,
  ) {}

  @Get('regions/:region/escalation/levels')
  levels(@CurrentCaller() caller: Caller, @Param('region') region: string): Promise<EscalationLevelState[]> {
    return this.escalation.levels(caller, region);
  }

  @Put('regions/:region/escalation/levels/:organizationCode')
  declare(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Param('organizationCode') organizationCode: string,
    @Body({ schema: declareLevelSchema }) input: DeclareLevelInput,
  ): Promise<EscalationLevelState> {
    return this.escalation.declare(caller, region, organizationCode, input);
  }

  @Get('regions/:region/escalation/history')
  history(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: escalationHistoryQuerySchema }) query: { organization?: string | undefined },
  ): Promise<EscalationLevelState[]> {
    return this.escalation.history(caller, region, query.organization);
  }

  @Get('regions/:region/escalation/settings')
  settings(@CurrentCaller() caller: Caller, @Param('region') region: string): Promise<EscalationSettings> {
    return this.escalation.settings(caller, region);
  }

  @Put('regions/:region/escalation/settings')
  putSettings(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Body({ schema: escalationSettingsInputSchema }) input: EscalationSettingsInput,
  ): Promise<EscalationSettings> {
    return this.escalation.putSettings(caller, region, input);
  }

  @Get('regions/:region/escalation/suggestions')
  suggestionList(@CurrentCaller() caller: Caller, @Param('region') region: string): Promise<EscalationSuggestion[]> {
    return this.suggestions.list(caller, region);
  }

  @Post('escalation/suggestions/:suggestionId/confirm')
  @HttpCode(200)
  confirm(
    @CurrentCaller() caller: Caller,
    @Param('suggestionId') suggestionId: string,
    @Body({ schema: confirmSuggestionSchema }) input: ConfirmSuggestionInput,
  ): Promise<EscalationSuggestion> {
    return this.suggestions.confirm(caller, suggestionId, input);
  }

  @Post('escalation/suggestions/:suggestionId/dismiss')
  @HttpCode(200)
  dismiss(
    @CurrentCaller() caller: Caller,
    @Param('suggestionId') suggestionId: string,
    @Body({ schema: dismissSuggestionSchema }) input: DismissSuggestionInput,
  ): Promise<EscalationSuggestion> {
    return this.suggestions.dismiss(caller, suggestionId, input);
  }

  @Get('regions/:region/reminders')
  reminderLog(
    @CurrentCaller() caller: Caller,
    @Param('region') region: string,
    @Query({ schema: remindersQuerySchema }) query: { date?: string | undefined },
  ): Promise<ReminderLogEntry[]> {
    return this.reminders.log(caller, region, query.date);
  }
}
