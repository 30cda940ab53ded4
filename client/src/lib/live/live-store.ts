import {
  LIVE_CHANGE_KINDS,
  reportingDay,
  type LiveChangeBase,
  type LiveChangeKind,
  type SeqHeartbeat,
  type Situation,
  type SubscribeAck,
} from '@lagesbild/shared';
import type { LiveSocket } from '../socket';
import { INITIAL_LIVE_DATA, stepLive, type IncomingChange, type LiveData, type LiveInput } from './live-reducer';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface LiveSnapshot {
  situation: Situation | null;
  seq: number;
  status: ConnectionStatus;
  /** When the connection was lost (for "offline since 10:42"); null while connected. */
  disconnectedAt: number | null;
  /** Last moment the data was known to be current: a situation, an event or a matching heartbeat. */
  syncedAt: number | null;
  /** Organisation code → when its figures last changed live, to mark the row briefly. */
  changedAt: Readonly<Record<string, number>>;
  error: 'forbidden' | 'invalid' | 'rate_limited' | null;
}

/**
 * What features hear from a region's live feed: each change it accepted, in seq order (replayed
 * ones after a reconnect included), and each fresh situation, after which anything a feature
 * fetched may have missed changes (a resync skips them), so it refetches.
 */
export type LiveFeedEvent = { type: 'change'; change: IncomingChange } | { type: 'situation' };
export type LiveFeedListener = (event: LiveFeedEvent) => void;

// After this long without a connection (or when the browser says so) "reconnecting" becomes
// "offline": the user should stop trusting the picture, not wait for it.
export const OFFLINE_AFTER_MS = 20_000;

/**
 * One region's live situation over the shared socket. Events go through the pure reducer in
 * seq order; a gap, a newer heartbeat or a new day asks the server for a fresh situation.
 */
export class LiveSituationStore {
  private snapshot: LiveSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly feedListeners = new Set<LiveFeedListener>();
  private resyncing = false;
  private offlineTimer: ReturnType<typeof setTimeout> | null = null;
  private detach: () => void = () => undefined;

  constructor(
    private readonly socket: LiveSocket,
    readonly region: string,
    private readonly now: () => number = Date.now,
    /** The kinds listened to: every kind in the shared registry. */
    private readonly kinds: readonly LiveChangeKind[] = LIVE_CHANGE_KINDS,
  ) {
    this.snapshot = {
      ...INITIAL_LIVE_DATA,
      status: 'connecting',
      disconnectedAt: null,
      syncedAt: null,
      changedAt: {},
      error: null,
    };
  }

  start(): void {
    const onConnect = (): void => this.onConnect();
    const onDisconnect = (): void => this.onDisconnect();
    const onSituation = (situation: Situation): void => {
      if (situation.region !== this.region) return;
      this.resyncing = false;
      this.apply({ type: 'situation', situation });
    };
    // One handler per kind in the registry: each change moves the seq, known to this screen or not.
    const onChange = new Map(
      this.kinds.map((type) => [type, (payload: LiveChangeBase) => this.apply({ type: 'change', change: { type, payload } })]),
    );
    const onHeartbeat = (heartbeat: SeqHeartbeat): void => {
      if (heartbeat.region === this.region) this.apply({ type: 'region.seq', seq: heartbeat.seq });
    };
    const onBrowserOffline = (): void => this.markOffline();
    // A refused handshake (e.g. the session is gone) is not retried by socket.io: say so at once.
    const onConnectError = (): void => {
      if (!this.socket.active) this.update({ status: 'offline', disconnectedAt: this.snapshot.disconnectedAt ?? this.now() });
    };
    this.socket.on('connect', onConnect);
    this.socket.on('connect_error', onConnectError);
    this.socket.on('disconnect', onDisconnect);
    this.socket.on('situation', onSituation);
    for (const [type, handler] of onChange) this.socket.on(type, handler);
    this.socket.on('region.seq', onHeartbeat);
    globalThis.addEventListener('offline', onBrowserOffline);
    this.detach = () => {
      this.socket.off('connect', onConnect);
      this.socket.off('connect_error', onConnectError);
      this.socket.off('disconnect', onDisconnect);
      this.socket.off('situation', onSituation);
      for (const [type, handler] of onChange) this.socket.off(type, handler);
      this.socket.off('region.seq', onHeartbeat);
      globalThis.removeEventListener('offline', onBrowserOffline);
    };
    if (this.socket.connected) this.subscribe();
  }

  stop(): void {
    this.detach();
    this.clearOfflineTimer();
    if (this.socket.connected) this.socket.emit('unsubscribe', { region: this.region });
  }

  getSnapshot = (): LiveSnapshot => this.snapshot;

  subscribeToChanges = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Hear every accepted change and every fresh situation (see LiveFeedEvent). */
  listen = (listener: LiveFeedListener): (() => void) => {
    this.feedListeners.add(listener);
    return () => this.feedListeners.delete(listener);
  };

  /** Ask for a fresh situation (after a gap, or by the user). */
  resync(): void {
    this.resyncing = true;
    this.subscribe(false);
  }

  // Connected is not yet live: only a situation (or an acknowledged replay) makes the data current.
  private onConnect(): void {
    this.clearOfflineTimer();
    this.update({ status: 'connecting', disconnectedAt: null });
    this.subscribe();
  }

  private onDisconnect(): void {
    this.update({ status: 'reconnecting', disconnectedAt: this.snapshot.disconnectedAt ?? this.now() });
    this.clearOfflineTimer();
    this.offlineTimer = setTimeout(() => this.markOffline(), OFFLINE_AFTER_MS);
  }

  private markOffline(): void {
    if (this.socket.connected) return;
    this.update({ status: 'offline', disconnectedAt: this.snapshot.disconnectedAt ?? this.now() });
  }

  private clearOfflineTimer(): void {
    if (this.offlineTimer) clearTimeout(this.offlineTimer);
    this.offlineTimer = null;
  }

  // After a reconnect, ask only for what was missed; the server falls back to a full situation.
  private subscribe(allowReplay = true): void {
    const sinceSeq = allowReplay && this.snapshot.situation && !this.resyncing ? this.snapshot.seq : undefined;
    const request = sinceSeq === undefined ? { region: this.region } : { region: this.region, sinceSeq };
    this.socket.emit('subscribe', request, (ack: SubscribeAck) => {
      if (ack.ok) {
        if (ack.mode === 'replay') this.update({ status: 'live', error: null });
        else if (this.snapshot.error) this.update({ error: null });
        return;
      }
      this.resyncing = false;
      this.update({ error: ack.error });
    });
  }

  private apply(input: LiveInput): void {
    // While a fresh situation is on its way, events would only trigger more resyncs.
    if (this.resyncing && input.type !== 'situation') return;
    const current: LiveData = { situation: this.snapshot.situation, seq: this.snapshot.seq };
    let step = stepLive(current, input);
    if (step.outcome === 'ignored' && input.type === 'region.seq' && this.isNewDay()) {
      step = { ...step, outcome: 'resync' };
    }
    if (step.outcome === 'resync') {
      this.resync();
      return;
    }
    const at = this.now();
    const changedAt = step.changed.length
      ? { ...this.snapshot.changedAt, ...Object.fromEntries(step.changed.map((code) => [code, at])) }
      : this.snapshot.changedAt;
    this.update({ ...step.data, changedAt, syncedAt: at, status: this.socket.connected ? 'live' : this.snapshot.status });
    if (step.outcome !== 'applied') return;
    const event: LiveFeedEvent = input.type === 'change' ? { type: 'change', change: input.change } : { type: 'situation' };
    for (const listener of [...this.feedListeners]) listener(event);
  }

  private isNewDay(): boolean {
    const { situation } = this.snapshot;
    return situation !== null && reportingDay(new Date(this.now())) > situation.date;
  }

  private update(patch: Partial<LiveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
