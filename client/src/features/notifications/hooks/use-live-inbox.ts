import type { NotificationsCreatedEvent } from '@lagesbild/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useLiveFeed, type LiveFeedEvent } from '../../../lib/live';
import type { LiveSocket } from '../../../lib/socket';
import { INBOX_QUERY_KEY } from '../api/notifications-api';

/** True when this user's inbox must be fetched again: a notice for them, or a fresh situation (changes were skipped). */
export function concernsInbox(event: LiveFeedEvent, username: string): boolean {
  if (event.type === 'situation') return true;
  if (event.change.type !== 'notifications.created') return false;
  return (event.change.payload as NotificationsCreatedEvent).usernames.includes(username);
}

/**
 * Keeps the inbox current from the region's live feed (the event names recipients, never content),
 * and says when a notice for this user arrived.
 */
export function useLiveInbox(region: string, username: string, onNotice: () => void, socket?: LiveSocket): void {
  const queryClient = useQueryClient();
  useLiveFeed(
    region,
    (event) => {
      if (!concernsInbox(event, username)) return;
      void queryClient.invalidateQueries({ queryKey: INBOX_QUERY_KEY });
      if (event.type === 'change') onNotice();
    },
    socket,
  );
}
