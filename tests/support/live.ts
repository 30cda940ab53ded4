import {
  LIVE_CHANGE_KINDS,
  LIVE_NAMESPACE,
  computeTotals,
  type ClientToServerEvents,
  type FlowsUpdatedEvent,
  type LiveChange,
  type LiveChangeEvents,
  type ReportUpdatedEvent,
  type SeqHeartbeat,
  type ServerToClientEvents,
  type Situation,
  type SubscribeAck,
} from '@lagesbild/shared';
import { io, type Socket } from 'socket.io-client';
import { afterAll } from 'vitest';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface LiveClientOptions {
  /** `lagesbild_session=…`, sent as a header on the websocket upgrade, like a browser would. */
  cookie?: string | undefined;
  /** A bearer token issued by an admin, sent as `auth: { token }`. */
  token?: string | undefined;
  /** Subscribe to this region as soon as the socket is connected (and again after every reconnect). */
  region?: string;
  /** socket.io-client's own automatic reconnection; on by default, with short delays for tests. */
  reconnection?: boolean;
  /** Leave the socket unconnected until `connect()`. */
  autoConnect?: boolean;
}

export interface WaitOptions {
  /** A guard against a hang, not a synchronisation point: waits end on events. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const ACK_TIMEOUT_MS = 10_000;

/**
 * The parts of a situation that a live client must hold exactly as a fresh REST GET shows them:
 * all but the moment it was made and who was overdue at that moment (which the clock moves).
 */
export function comparable(situation: Situation): Omit<Situation, 'generatedAt' | 'reporting'> & {
  reporting: Pick<Situation['reporting'], 'deadlinesByLevel'>;
} {
  const { generatedAt: _generatedAt, reporting, ...rest } = situation;
  return structuredClone({ ...rest, reporting: { deadlinesByLevel: reporting.deadlinesByLevel } });
}

/**
 * A live dashboard in Node, behaving as the product's client must: it subscribes, holds the
 * situation, applies every kind of change strictly in `seq` order (reports, flows and place loans into the situation), asks for a fresh
 * situation when it sees a gap (or when the seq heartbeat shows it stayed behind), and after a
 * reconnect subscribes again with its last `seq` so the server replays what it missed.
 *
 * Everything the wire delivered is kept for assertions (`received`, `applied`, `acks`, …), and every
 * wait is a promise that settles on an event, never a sleep.
 */
export class LiveClient {
  readonly socket: LiveSocket;
  region: string | undefined;
  situation: Situation | undefined;
  /** The seq the held situation reflects; -1 before the first situation. */
  seq = -1;

  /** Every change event's seq in arrival order, duplicates and all: what the wire delivered. */
  readonly received: number[] = [];
  /** The seqs applied to the situation, in order. */
  readonly applied: number[] = [];
  readonly acks: SubscribeAck[] = [];
  readonly heartbeats: SeqHeartbeat[] = [];
  readonly disconnects: string[] = [];
  readonly connectErrors: Error[] = [];
  readonly resyncReasons: string[] = [];
  sessionEnded: { reason: string } | undefined;
  /** Why the server closed the socket for sending too much, if it did. */
  readonly limits: { reason: string }[] = [];
  situationsReceived = 0;
  connects = 0;

  private readonly cookie: string | undefined;
  private readonly token: string | undefined;
  /** Changes that arrived ahead of `seq + 1`, keyed by seq. */
  private readonly pending = new Map<number, LiveChange>();
  /** The subscribe in flight or done: its generation, whether it was acknowledged and the seq to reach. */
  private generation = 0;
  private acked = false;
  private target = Number.POSITIVE_INFINITY;
  private awaitingSituation = false;
  /** The seq the previous heartbeat announced while we were behind it. */
  private behindHeartbeat: number | undefined;
  /** Lost-event simulation: drop this many incoming change events. */
  private dropIncoming = 0;
  private readonly watchers = new Set<() => void>();

  constructor(baseUrl: string, options: LiveClientOptions = {}) {
    this.cookie = options.cookie;
    this.token = options.token;
    this.region = options.region;
    this.socket = io(`${baseUrl}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      ...(this.cookie ? { extraHeaders: { cookie: this.cookie } } : {}),
      ...(this.token ? { auth: { token: this.token } } : {}),
      reconnection: options.reconnection ?? true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      randomizationFactor: 0.2,
      forceNew: true,
      autoConnect: options.autoConnect ?? true,
    });
    const socket = this.socket;
    socket.on('connect', () => {
      this.connects += 1;
      // First connect: a plain subscribe. After a disconnect: ask for what was missed since our seq.
      if (this.region) this.resubscribe(this.situation ? this.seq : undefined);
      this.notify();
    });
    socket.on('connect_error', (error) => {
      this.connectErrors.push(error);
      this.notify();
    });
    socket.on('disconnect', (reason) => {
      this.disconnects.push(reason);
      this.acked = false;
      this.notify();
    });
    socket.on('situation', (situation) => this.onSituation(situation));
    // Every kind in the registry moves the seq, whether or not it changes the situation.
    for (const type of LIVE_CHANGE_KINDS) {
      socket.on(type, (payload: LiveChangeEvents[typeof type]) => this.onChange({ type, payload } as LiveChange));
    }
    socket.on('live.limit', (info) => this.limits.push(info));
    socket.on('region.seq', (heartbeat) => this.onHeartbeat(heartbeat));
    socket.on('session.ended', (info) => {
      this.sessionEnded = info;
      this.notify();
    });
  }

  /** Connects, subscribes to `options.region` if given, and resolves once connected (and in sync). */
  static async open(baseUrl: string, options: LiveClientOptions = {}, wait: WaitOptions = {}): Promise<LiveClient> {
    const client = new LiveClient(baseUrl, options);
    try {
      await client.waitUntil(() => client.socket.connected || client.connectErrors.length > 0, 'connect', wait);
      if (!client.socket.connected) throw client.connectErrors[0] ?? new Error('not connected');
      if (options.region) await client.waitUntilSynced(wait);
    } catch (error) {
      client.close();
      throw error;
    }
    return client;
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** Acknowledged, holding a situation, and caught up with what the server said when it acknowledged. */
  get synced(): boolean {
    return this.acked && !this.awaitingSituation && this.situation !== undefined && this.seq >= this.target;
  }

  get lastAck(): SubscribeAck | undefined {
    return this.acks.at(-1);
  }

  /** Subscribes to `region` (from scratch) and resolves with the server's acknowledgement. */
  async subscribe(region: string, sinceSeq?: number): Promise<SubscribeAck> {
    this.region = region;
    return this.sync(sinceSeq);
  }

  /** Simulates a lost event: the next `count` change events are thrown away on arrival. */
  dropNextEvents(count: number): void {
    this.dropIncoming += count;
  }

  waitForSeq(seq: number, options: WaitOptions = {}): Promise<void> {
    return this.waitUntil(() => this.synced && this.seq >= seq, `seq ${seq} (at ${this.seq})`, options);
  }

  waitUntilSynced(options: WaitOptions = {}): Promise<void> {
    return this.waitUntil(() => this.synced, `synced (at ${this.seq})`, options);
  }

  waitForDisconnect(options: WaitOptions = {}): Promise<string> {
    const before = this.disconnects.length;
    return this.waitUntil(() => this.disconnects.length > before || !this.socket.connected, 'disconnect', options).then(
      () => this.disconnects.at(-1) ?? 'not connected',
    );
  }

  /** The first refusal this client got (or gets). */
  waitForConnectError(options: WaitOptions = {}): Promise<Error> {
    return this.waitUntil(() => this.connectErrors.length > 0, 'connect_error', options).then(() => this.connectErrors[0]!);
  }

  /** Resolves when `predicate` holds, re-checked on every event this client sees. */
  waitUntil(predicate: () => boolean, what: string, options: WaitOptions = {}): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!predicate()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`LiveClient: timed out waiting for ${what}; ${this.describe()}`));
      }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      const cleanup = () => {
        clearTimeout(timer);
        this.watchers.delete(check);
      };
      this.watchers.add(check);
    });
  }

  describe(): string {
    return JSON.stringify({
      connected: this.socket.connected,
      seq: this.seq,
      target: Number.isFinite(this.target) ? this.target : null,
      acked: this.acked,
      awaitingSituation: this.awaitingSituation,
      pending: [...this.pending.keys()],
      received: this.received.length,
      resyncs: this.resyncReasons,
      disconnects: this.disconnects,
      connectErrors: this.connectErrors.map((error) => error.message),
    });
  }

  close(): void {
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.watchers.clear();
  }

  private resubscribe(sinceSeq: number | undefined): void {
    this.sync(sinceSeq).catch(() => {
      // A disconnect swallowed the ack: the next 'connect' subscribes again.
    });
  }

  private async sync(sinceSeq?: number): Promise<SubscribeAck> {
    const region = this.region;
    if (!region) throw new Error('no region to subscribe to');
    const generation = ++this.generation;
    this.acked = false;
    this.target = Number.POSITIVE_INFINITY;
    this.awaitingSituation = sinceSeq === undefined;
    this.behindHeartbeat = undefined;
    // Whatever is pending is covered by the coming situation or replay: it was committed before it.
    this.pending.clear();
    this.notify();
    const request = sinceSeq === undefined ? { region } : { region, sinceSeq };
    const ack = (await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('subscribe', request)) as SubscribeAck;
    if (generation !== this.generation) return ack;
    this.acks.push(ack);
    if (ack.ok) {
      this.acked = true;
      this.target = ack.seq;
      // Asked for a replay and got a situation instead (too far behind): wait for it.
      if (ack.mode === 'situation' && this.situation && this.seq < ack.seq) this.awaitingSituation = true;
      this.drain();
    }
    this.notify();
    return ack;
  }

  private resync(reason: string): void {
    this.resyncReasons.push(reason);
    this.resubscribe(undefined);
  }

  private onSituation(situation: Situation): void {
    this.situationsReceived += 1;
    if (situation.region !== this.region) return;
    // A situation is a consistent snapshot at its seq: take it unless we already hold a newer one.
    if (!this.situation || situation.seq >= this.seq) {
      this.situation = structuredClone(situation);
      this.seq = situation.seq;
    }
    this.awaitingSituation = false;
    this.drain();
    this.notify();
  }

  private onChange(change: LiveChange): void {
    if (this.dropIncoming > 0) {
      this.dropIncoming -= 1;
      return;
    }
    const seq = change.payload.seq;
    this.received.push(seq);
    if (change.payload.region === this.region && seq > this.seq) this.pending.set(seq, change);
    this.drain();
    this.notify();
  }

  private onHeartbeat(heartbeat: SeqHeartbeat): void {
    this.heartbeats.push(heartbeat);
    if (heartbeat.region !== this.region || !this.synced) return;
    if (heartbeat.seq <= this.seq) {
      this.behindHeartbeat = undefined;
    } else if (this.behindHeartbeat !== undefined && this.seq < this.behindHeartbeat) {
      // Still short of what the previous heartbeat announced, a whole interval later: the event was lost.
      this.resync(`heartbeat ${heartbeat.seq} while at ${this.seq}`);
    } else {
      this.behindHeartbeat = heartbeat.seq;
    }
    this.notify();
  }

  /** Applies pending changes in order; a hole that a live subscription cannot fill means a resync. */
  private drain(): void {
    if (!this.situation || this.awaitingSituation) return;
    for (const seq of [...this.pending.keys()]) if (seq <= this.seq) this.pending.delete(seq);
    for (let next = this.pending.get(this.seq + 1); next; next = this.pending.get(this.seq + 1)) {
      this.pending.delete(this.seq + 1);
      this.apply(next);
    }
    // During a replay the hole is being filled by the server; once in sync, a hole is a lost event.
    if (this.pending.size > 0 && this.synced) {
      this.resync(`gap: at ${this.seq}, got ${Math.min(...this.pending.keys())}`);
    }
  }

  private apply(change: LiveChange): void {
    const situation = this.situation!;
    switch (change.type) {
      case 'report.updated':
        applyReport(situation, change.payload);
        break;
      case 'flows.updated':
        applyFlows(situation, change.payload);
        break;
      case 'request.updated':
        // The region's place loans as they stand after the change, for the day the change was made.
        if (change.payload.date === situation.date) situation.loans = change.payload.loans;
        break;
      case 'report.confirmed': {
        const unit = situation.organizations
          .find((candidate) => candidate.code === change.payload.organizationCode)
          ?.units.find((candidate) => candidate.id === change.payload.unitId);
        if (unit?.report && change.payload.date === situation.date) unit.confirmedAt = change.payload.confirmedAt;
        break;
      }
      case 'escalation.declared':
        situation.levels = [
          ...situation.levels.filter((level) => level.organizationCode !== change.payload.organizationCode),
          change.payload.level,
        ].sort((a, b) => a.organizationCode.localeCompare(b.organizationCode));
        break;
      case 'escalation.settings':
        situation.reporting = { ...situation.reporting, deadlinesByLevel: change.payload.deadlinesByLevel };
        break;
      // Kinds that do not touch the situation only move the seq.
      case 'notifications.created':
      case 'holidayPlan.updated':
      case 'equipment.updated':
      case 'plannedCapacity.updated':
      case 'escalation.suggestion':
        break;
    }
    const { reported, estimated } = computeTotals(situation.date, situation.organizations, situation.loans);
    situation.totals = { ...situation.totals, reported, estimated };
    situation.seq = change.payload.seq;
    this.seq = change.payload.seq;
    this.applied.push(change.payload.seq);
  }

  private notify(): void {
    for (const watcher of [...this.watchers]) watcher();
  }
}

function applyReport(situation: Situation, event: ReportUpdatedEvent): void {
  const organization = situation.organizations.find((candidate) => candidate.code === event.organizationCode);
  const unit = organization?.units.find((candidate) => candidate.id === event.unitId);
  if (!organization || !unit || event.date > situation.date) return;
  if (event.date === situation.date) {
    unit.report = event.report;
    unit.confirmedAt = event.report.updatedAt;
  }
  if (!unit.lastReport || unit.lastReport.date <= event.date) unit.lastReport = event.report;
  const times = organization.units.flatMap((candidate) => (candidate.lastReport ? [candidate.lastReport.updatedAt] : []));
  organization.lastReportedAt = times.length > 0 ? times.sort().at(-1)! : null;
}

function applyFlows(situation: Situation, event: FlowsUpdatedEvent): void {
  if (event.date > situation.date) return;
  for (const row of event.rows) {
    const organization = situation.organizations.find((candidate) => candidate.code === row.municipalityCode);
    if (!organization) continue;
    if (event.date === situation.date) organization.flows = row;
    if (!organization.lastFlows || organization.lastFlows.date <= event.date) organization.lastFlows = row;
  }
}

/** Opens `count` clients in parallel, each subscribed to `region` and in sync. */
export async function openMany(
  baseUrl: string,
  count: number,
  options: LiveClientOptions,
  wait: WaitOptions = {},
): Promise<LiveClient[]> {
  const settled = await Promise.allSettled(Array.from({ length: count }, () => LiveClient.open(baseUrl, options, wait)));
  const clients = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = settled.find((result) => result.status === 'rejected');
  if (failure) {
    for (const client of clients) client.close();
    throw failure.reason;
  }
  return clients;
}

export { freePort } from './processes.js';

/**
 * After an outage of the adapter's connection (database or Redis), keeps making changes until one
 * reaches `viewer` as an event again rather than through a heartbeat resync. Each round waits for
 * that change's seq, so this paces itself on events; `maxChanges` bounds it.
 */
export async function writeUntilDeliveredAsEvent(
  viewer: LiveClient,
  write: () => Promise<{ status: number }>,
  maxChanges = 30,
): Promise<boolean> {
  for (let change = 0; change < maxChanges; change += 1) {
    const seq = viewer.seq + 1;
    const { status } = await write();
    if (status !== 200) throw new Error(`a write during recovery answered ${status}`);
    await viewer.waitForSeq(seq);
    if (viewer.received.includes(seq)) return true;
  }
  return false;
}

/**
 * The live clients a test file (or describe block) opens, closed after its tests and before its
 * server stops: `const clients = useLiveClients();` then `clients.push(client)`.
 */
export function useLiveClients(): LiveClient[] {
  const clients: LiveClient[] = [];
  afterAll(() => {
    for (const client of clients.splice(0)) client.close();
  });
  return clients;
}
