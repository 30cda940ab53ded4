import type { LiveChangeKind } from '@lagesbild/shared';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { getSocket, type LiveSocket } from '../socket';
import type { LiveFeedEvent, LiveFeedListener } from './live-store';
import { acquireLiveStore, releaseLiveStore } from './use-live-situation';

/**
 * A feature's way into the region's live feed: `listener` hears each accepted change and each
 * fresh situation, in seq order. The region's subscription is shared with every other reader (and
 * started here if nobody reads it yet), so a feature never opens its own.
 */
export function useLiveFeed(region: string | undefined, listener: LiveFeedListener, socket: LiveSocket = getSocket()): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    if (!region) return;
    const store = acquireLiveStore(region, socket);
    const stop = store.listen((event) => latest.current(event));
    return () => {
      stop();
      releaseLiveStore(region);
    };
  }, [region, socket]);
}

/** True when a feature holding data of these kinds must fetch it again. */
export function touches(event: LiveFeedEvent, kinds: readonly LiveChangeKind[]): boolean {
  return event.type === 'situation' || (kinds as readonly string[]).includes(event.change.type);
}

/**
 * Keeps a TanStack query current from the live feed: it is invalidated by each change of the given
 * kinds, and by each fresh situation (after a gap or a reconnect too far behind, the changes in
 * between never arrive as events, and a fetch made just before the subscription may miss one).
 */
export function useLiveInvalidation(
  region: string | undefined,
  kinds: readonly LiveChangeKind[],
  queryKey: QueryKey,
  socket?: LiveSocket,
): void {
  const queryClient = useQueryClient();
  useLiveFeed(
    region,
    (event) => {
      if (touches(event, kinds)) void queryClient.invalidateQueries({ queryKey });
    },
    socket,
  );
}
