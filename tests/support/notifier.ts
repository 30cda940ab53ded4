import 'reflect-metadata';
import { databaseOptions } from '@lagesbild/server/database/database-options.js';
import { ChangeLogService } from '@lagesbild/server/live/change-log.service.js';
import { LiveHub } from '@lagesbild/server/live/live-hub.js';
import {
  NotificationsService,
  type NotificationsCreated,
  type NotifyInput,
} from '@lagesbild/server/notifications/notifications.service.js';
import type { NotificationKind } from '@lagesbild/shared';
import { DataSource } from 'typeorm';

export interface Notifier {
  /** The server's own `notify`, in a transaction of its own, on the test server's database. */
  notify<K extends NotificationKind>(input: NotifyInput<K>): Promise<NotificationsCreated | null>;
  /** Several notices in one transaction, as a feature's write that tells several groups would. */
  notifyTogether(inputs: NotifyInput<NotificationKind>[]): Promise<(NotificationsCreated | null)[]>;
  close(): Promise<void>;
}

/**
 * The server's NotificationsService, in the test process, on a running test server's database: for
 * what no route asks for yet (a recipient list by organisation and role, a dedup key), so the rules
 * that features rely on are tested before the features exist, with nothing test-only in production.
 * What it records reaches open screens as a seq gap (this process has no socket), not as an event:
 * live tests notify through a route instead.
 */
export async function startNotifier(databaseUrl: string): Promise<Notifier> {
  const dataSource = new DataSource({ ...databaseOptions(databaseUrl), extra: { max: 10 } });
  await dataSource.initialize();
  const service = new NotificationsService(dataSource, new ChangeLogService(dataSource), new LiveHub());
  return {
    notify: (input) => dataSource.transaction((manager) => service.notify(manager, input)),
    notifyTogether: (inputs) =>
      dataSource.transaction(async (manager) => {
        const changes: (NotificationsCreated | null)[] = [];
        for (const input of inputs) changes.push(await service.notify(manager, input));
        return changes;
      }),
    close: () => dataSource.destroy(),
  };
}
