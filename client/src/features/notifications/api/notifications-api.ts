import type { InboxNotification, NotificationPage, UnreadCount } from '@lagesbild/shared';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type { InboxNotification };

export const INBOX_QUERY_KEY = ['notifications'] as const;

/** One's inbox, newest first, a page at a time; the first page carries the unread count. */
export function useInbox() {
  return useInfiniteQuery({
    queryKey: INBOX_QUERY_KEY,
    queryFn: ({ pageParam, signal }) =>
      apiRequest<NotificationPage>(`/api/notifications${pageParam ? `?before=${encodeURIComponent(pageParam)}` : ''}`, {
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextBefore ?? undefined,
    // Kept current by the live feed (notifications.created), not by time.
    staleTime: Infinity,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<UnreadCount>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INBOX_QUERY_KEY }),
  });
}

/** Everything up to the newest notice shown: one that arrives meanwhile stays unread. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upTo: string | undefined) =>
      apiRequest<UnreadCount>('/api/notifications/read-all', { method: 'POST', body: upTo ? { upTo } : {} }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INBOX_QUERY_KEY }),
  });
}
