import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type OnGatewayInit, SubscribeMessage, WebSocketGateway, ConnectedSocket, MessageBody } from '@nestjs/websockets';
import {
  LIVE_NAMESPACE,
  meetingFollowRequestSchema,
  meetingUnfollowRequestSchema,
  subscribeRequestSchema,
  unsubscribeRequestSchema,
  type ClientToServerEvents,
  type FollowAck,
  type PlainAck,
  type ServerToClientEvents,
  type Situation,
  type SubscribeAck,
} from '@lagesbild/shared';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { AuthService } from '../auth/auth.service.js';
import { presentationKeepsSessionAlive } from '../auth/presentation-keepalive.js';
import type { Caller } from '../common/caller.js';
import { canReadRegion } from '../common/scope.js';
import { AppConfigService } from '../config/app-config.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { SituationService } from '../situation/situation.service.js';
import { ChangeLogService } from './change-log.service.js';
import { emitChange, LiveHub, type LiveNamespace } from './live-hub.js';
import { credentialRoom, meetingRoom, regionRoom } from './live-rooms.js';
import { SharedReads } from './shared-reads.js';
import { SocketRateLimit } from './socket-limits.js';

/** How often sockets whose session expired (or whose token was revoked) are closed. */
const SESSION_SWEEP_MS = 30_000;

interface SocketData {
  caller: Caller;
  /** The meeting this socket follows, if any. */
  meetingId?: string;
  /** The chair's presentation screen of that meeting keeps its session alive (auth's rule). */
  keepsSessionAlive?: boolean;
  /** Set by the first subscribe: a replay of missed changes is for a connection that comes back. */
  subscribed?: boolean;
}
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** A socket message, checked like an HTTP body: the data, or undefined for an `invalid` ack. */
function parse<T>(schema: z.ZodType<T>, body: unknown): T | undefined {
  const result = schema.safeParse(body);
  return result.success ? result.data : undefined;
}

@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit<LiveNamespace>, OnApplicationShutdown {
  private readonly logger = new Logger('LiveGateway');
  private readonly situationReads = new SharedReads<Situation>();
  private readonly rateLimit = new SocketRateLimit();
  private namespace: LiveNamespace | undefined;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly auth: AuthService,
    private readonly changeLog: ChangeLogService,
    private readonly situation: SituationService,
    private readonly liveHub: LiveHub,
    private readonly config: AppConfigService,
    private readonly meetings: MeetingsService,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.namespace = namespace;
    this.liveHub.attach(namespace);
    // Guards do not run on a connection, so the handshake authenticates here: an anonymous socket
    // never joins a room and never receives a broadcast.
    namespace.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      const authenticate =
        typeof token === 'string'
          ? this.auth.authenticateToken(token)
          : this.auth.authenticate({
              cookie: socket.handshake.headers.cookie,
              authorization: socket.handshake.headers.authorization,
            });
      authenticate
        .then((caller) => {
          if (!caller) return next(new Error('unauthorized'));
          const room = credentialRoom(caller);
          // Counted and joined in one synchronous step, so a burst of parallel handshakes cannot all
          // pass the count. Per instance: it bounds what one credential can hold of this process.
          if ((namespace.adapter.rooms.get(room)?.size ?? 0) >= this.config.value.liveMaxSocketsPerCredential) {
            return next(new Error('too_many_connections'));
          }
          (socket as LiveSocket).data.caller = caller;
          void socket.join(room);
          this.limitMessages(socket as LiveSocket);
          next();
        })
        .catch((error: unknown) => {
          this.logger.error(`handshake failed: ${String(error)}`);
          next(new Error('unavailable'));
        });
    });
    this.every(this.config.value.heartbeatMs, () => this.sendSeqHeartbeat());
    this.every(SESSION_SWEEP_MS, () =>
      this.closeExpiredSockets().catch((error: unknown) => this.logger.warn(`session sweep skipped: ${String(error)}`)),
    );
  }

  /** Every message counts against the socket's budget; past it, refused, and past twice it, closed. */
  private limitMessages(socket: LiveSocket): void {
    socket.use((packet, next) => {
      void this.rateLimit.check(socket.id).then((verdict) => {
        if (verdict === 'allow') return next();
        if (verdict === 'close') {
          socket.emit('live.limit', { reason: 'rate_limited' });
          socket.disconnect(true);
          return;
        }
        const ack: unknown = packet.at(-1);
        if (typeof ack === 'function') (ack as (answer: PlainAck) => void)({ ok: false, error: 'rate_limited' });
      });
    });
    socket.on('disconnect', () => this.rateLimit.forget(socket.id));
  }

  @SubscribeMessage('subscribe')
  async subscribe(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<SubscribeAck> {
    const caller = socket.data.caller;
    const request = parse(subscribeRequestSchema, body);
    if (!request) return { ok: false, error: 'invalid' };
    const { region, sinceSeq } = request;
    if (!canReadRegion(caller, region)) return { ok: false, error: 'forbidden' };
    // Join first, then read: an event committed in between arrives twice at worst, never not at all,
    // and the client drops what its seq already covers.
    await socket.join(regionRoom(region));
    // A replay reads the log for this socket alone, so it is granted once per connection (after a
    // reconnect); a repeated subscribe gets the situation, which subscribers share.
    const mayReplay = sinceSeq !== undefined && !socket.data.subscribed;
    socket.data.subscribed = true;
    const replay = mayReplay ? await this.changeLog.since(region, sinceSeq) : null;
    if (replay) {
      // The ack goes out before the replayed events; socket.io keeps their order on one socket.
      setImmediate(() => {
        for (const change of replay.changes) emitChange(socket, change);
      });
      return { ok: true, region, seq: replay.seq, mode: 'replay' };
    }
    // Every reader of the region gets the same body, so subscribers that arrive together share one read.
    const situation = await this.situationReads.get(region, () => this.situation.situation(caller, region));
    setImmediate(() => socket.emit('situation', situation));
    return { ok: true, region, seq: situation.seq, mode: 'situation' };
  }

  @SubscribeMessage('unsubscribe')
  async unsubscribe(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<PlainAck> {
    const request = parse(unsubscribeRequestSchema, body);
    if (!request) return { ok: false, error: 'invalid' };
    await socket.leave(regionRoom(request.region));
    return { ok: true };
  }

  @SubscribeMessage('meeting.follow')
  async followMeeting(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<FollowAck> {
    const request = parse(meetingFollowRequestSchema, body);
    if (!request) return { ok: false, error: 'invalid' };
    const meeting = await this.meetings.forFollower(socket.data.caller, request.meetingId);
    if (meeting === 'forbidden' || meeting === 'not_found') return { ok: false, error: meeting };
    if (socket.data.meetingId && socket.data.meetingId !== meeting.id) await socket.leave(meetingRoom(socket.data.meetingId));
    socket.data.meetingId = meeting.id;
    socket.data.keepsSessionAlive = presentationKeepsSessionAlive(socket.data.caller, meeting, request.present === true);
    await socket.join(meetingRoom(meeting.id));
    // A change between the read and the join would be missed, so send the state after joining.
    const current = await this.meetings.forFollower(socket.data.caller, meeting.id);
    if (typeof current === 'object') setImmediate(() => socket.emit('meeting.updated', { meeting: current }));
    return {
      ok: true,
      version: typeof current === 'object' ? current.version : meeting.version,
      keepsSessionAlive: socket.data.keepsSessionAlive,
    };
  }

  @SubscribeMessage('meeting.unfollow')
  async unfollowMeeting(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown): Promise<PlainAck> {
    const request = parse(meetingUnfollowRequestSchema, body);
    if (!request) return { ok: false, error: 'invalid' };
    await socket.leave(meetingRoom(request.meetingId));
    if (socket.data.meetingId === request.meetingId) {
      delete socket.data.meetingId;
      delete socket.data.keepsSessionAlive;
    }
    return { ok: true };
  }

  /** Closes this instance's sockets whose session expired or whose token was revoked. */
  private async closeExpiredSockets(): Promise<void> {
    const namespace = this.namespace;
    if (!namespace) return;
    const sockets = await namespace.local.fetchSockets();
    if (sockets.length === 0) return;
    const data = sockets.map((socket) => socket.data as SocketData);
    await this.auth.keepAliveWhilePresenting(
      data.flatMap(({ caller, meetingId, keepsSessionAlive }) =>
        meetingId !== undefined && keepsSessionAlive === true ? [{ sessionId: caller.credentialId, meetingId }] : [],
      ),
    );
    const valid = await this.auth.stillValid(data.map(({ caller }) => caller));
    for (const socket of sockets) {
      if (valid.has(credentialRoom((socket.data as SocketData).caller))) continue;
      socket.emit('session.ended', { reason: 'expired' });
      socket.disconnect(true);
    }
  }

  /** Each instance tells its own subscribers the current seq, so a missed last change is noticed. */
  private async sendSeqHeartbeat(): Promise<void> {
    const namespace = this.namespace;
    if (!namespace) return;
    const regions = [...namespace.adapter.rooms.keys()].filter((room) => room.startsWith('region:')).map((room) => room.slice(7));
    if (regions.length === 0) return;
    try {
      const seqs = await this.changeLog.currentSeqs(regions);
      for (const [region, seq] of seqs) namespace.local.to(regionRoom(region)).emit('region.seq', { region, seq });
    } catch (error) {
      this.logger.warn(`seq heartbeat skipped: ${String(error)}`);
    }
  }

  private every(ms: number, run: () => Promise<void>): void {
    const timer = setInterval(() => void run(), ms);
    timer.unref();
    this.timers.push(timer);
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearInterval(timer);
  }
}
