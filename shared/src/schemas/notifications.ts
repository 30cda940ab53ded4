import { z } from 'zod';

// A notice's id is a bigint, sent as a decimal string.
const NOTIFICATION_ID = /^[1-9][0-9]{0,17}$/;

export function isNotificationId(value: unknown): value is string {
  return typeof value === 'string' && NOTIFICATION_ID.test(value);
}

export const notificationId = () =>
  z.string({ error: 'validation.notificationId' }).regex(NOTIFICATION_ID, { error: 'validation.notificationId' });

export const NOTIFICATIONS_PAGE_SIZE = 20;
export const NOTIFICATIONS_MAX_PAGE_SIZE = 100;

export const notificationsQuerySchema = z.strictObject(
  {
    /** The page after this id (the previous page's `nextBefore`). */
    before: notificationId().optional(),
    limit: z.coerce
      .number({ error: 'validation.pageSize' })
      .int({ error: 'validation.pageSize' })
      .min(1, { error: 'validation.pageSize' })
      .max(NOTIFICATIONS_MAX_PAGE_SIZE, { error: 'validation.pageSize' })
      .optional(),
  },
  { error: 'validation.unknownField' },
);
export type NotificationsQuery = z.infer<typeof notificationsQuerySchema>;

/**
 * "Markera alla som lästa": everything up to and including `upTo` (the newest notice the reader
 * has seen), so a notice that arrives meanwhile stays unread; without it, everything there is.
 */
export const readAllSchema = z.strictObject({ upTo: notificationId().optional() }, { error: 'validation.unknownField' });
export type ReadAllInput = z.infer<typeof readAllSchema>;
