import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  isNotificationId,
  notificationsQuerySchema,
  readAllSchema,
  type NotificationPage,
  type NotificationsQuery,
  type ReadAllInput,
  type UnreadCount,
} from '@lagesbild/shared';
import type { Caller } from '../common/caller.js';
import { CurrentCaller } from '../common/current-caller.decorator.js';
import { fieldError } from '../common/validation.js';
import { NotificationsService } from './notifications.service.js';

/** The caller's own inbox; nobody reads or marks another's. */
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(
    @CurrentCaller() caller: Caller,
    @Query({ schema: notificationsQuerySchema }) query: NotificationsQuery,
  ): Promise<NotificationPage> {
    return this.notifications.list(caller, query);
  }

  @Post('read-all')
  @HttpCode(200)
  markAllRead(@CurrentCaller() caller: Caller, @Body({ schema: readAllSchema }) input: ReadAllInput): Promise<UnreadCount> {
    return this.notifications.markAllRead(caller, input.upTo);
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<UnreadCount> {
    if (!isNotificationId(id)) throw fieldError('id', 'validation.notificationId');
    return this.notifications.markRead(caller, id);
  }
}
