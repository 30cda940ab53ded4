import { useCallback, useSyncExternalStore } from 'react';
import { getSocket, type LiveSocket } from '../socket';
import { LiveSituationStore, type LiveSnapshot } from './live-store';

// One store per region, shared by every component that reads it (the header and the page),
// started with the first reader and stopped with the last, so the app subscribes only once.
const stores = new Map<string, { store: LiveSituationStore; readers: number }>();

export function acquireLiveStore(region: string, socket: LiveSocket): LiveSituationStore {
  let entry = stores.get(region);
  if (!entry) {
    const store = new LiveSituationStore(socket, region);
    store.start();
    entry = { store, readers: 0 };
    stores.set(region, entry);
  }
  entry.readers += 1;
  return entry.store;
}

export function releaseLiveStore(region: string): void {
  const entry = stores.get(region);
  if (!entry) return;
  entry.readers -= 1;
  if (entry.readers > 0) return;
  entry.store.stop();
  stores.delete(region);
}

export interface LiveSituation extends LiveSnapshot {
  resync: () => void;
}

const EMPTY: LiveSnapshot = {
  situation: null,
  seq: 0,
  status: 'connecting',
  disconnectedAt: null,
  syncedAt: null,
  changedAt: {},
  error: null,
};

/**
 * The region's situation, kept current by the socket: seq-ordered events, gap detection and
 * resync, plus the connection state and the moment the data was last known to be current.
 */
export function useLiveSituation(region: string, socket: LiveSocket = getSocket()): LiveSituation {
  // Reading starts with subscribing: React's subscribe/unsubscribe is the reader count.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const store = acquireLiveStore(region, socket);
      const unsubscribe = store.subscribeToChanges(onChange);
      return () => {
        unsubscribe();
        releaseLiveStore(region);
      };
    },
    [region, socket],
  );
  const getSnapshot = useCallback(() => stores.get(region)?.store.getSnapshot() ?? EMPTY, [region]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot);
  const resync = useCallback(() => stores.get(region)?.store.resync(), [region]);
  return { ...snapshot, resync };
}
