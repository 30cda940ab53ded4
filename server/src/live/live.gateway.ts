import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type OnGatewayInit, SubscribeMessage, WebSocketGateway, ConnectedSocket, MessageBody } from '@nestjs/websockets';
import {
  LIVE_NAMESPACE,
  type ClientToServerEvents,
  type FollowAck,
  type ServerToClientEvents,
  type Situation,
  type SubscribeAck,
  type SubscribeRequest,
} from '@lagesbild/shared';
import type { Socket } from 'socket.io';
import { AuthService } from '../auth/auth.service.js';
import { presentationKeepsSessionAlive } from '../auth/presentation-keepalive.js';
import { credentialRoom, type Caller } from '../common/caller.js';
import { canReadRegion } from '../common/scope.js';
import { ChangeLogService } from '../changes/change-log.service.js';
import { emitChange, LiveHub, meetingRoom, regionRoom, type LiveNamespace } from '../changes/live-hub.js';
import { AppConfigService } from '../config/app-config.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { SituationService } from '../situation/situation.service.js';
import { SharedReads } from './shared-reads.js';

interface SocketData {
  caller: Caller;
  /** The meeting this socket follows, if any. */
  meetingId?: string;
  /** The chair's presentation screen of that meeting keeps its session alive (auth's rule). */
  keepsSessionAlive?: boolean;
}
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit<LiveNamespace>, OnApplicationShutdown {
  private readonly logger = new Logger('LiveGateway');
  private readonly situationReads = new SharedReads<Situation>();
  private namespace: LiveNamespace | undefined;
  private heartbeat: NodeJS.Timeout | undefined;

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
          (socket as LiveSocket).data.caller = caller;
          void socket.join(credentialRoom(caller));
          next();
        })
        .catch((error: unknown) => {
          this.logger.error(`handshake failed: ${String(error)}`);
          next(new Error('unavailable'));
        });
    });
    this.heartbeat = setInterval(() => void this.sendSeqHeartbeat(), this.config.value.heartbeatMs);
    this.heartbeat.unref();
  }

  @SubscribeMessage('subscribe')
  async subscribe(@ConnectedSocket() socket: LiveSocket, @MessageBody() request: SubscribeRequest): Promise<SubscribeAck> {
    const caller = socket.data.caller;
    const region = typeof request?.region === 'string' ? request.region : undefined;
    if (!region) return { ok: false, error: 'invalid' };
    if (!canReadRegion(caller, region)) return { ok: false, error: 'forbidden' };
    // Join first, then read: an event committed in between arrives twice at worst, never not at all,
    // and the client drops what its seq already covers.
    await socket.join(regionRoom(region));
    const sinceSeq = typeof request.sinceSeq === 'number' ? request.sinceSeq : undefined;
    const replay = sinceSeq !== undefined ? await this.changeLog.since(region, sinceSeq) : null;
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
  async unsubscribe(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() request: { region?: unknown },
  ): Promise<{ ok: boolean }> {
    if (typeof request?.region === 'string') await socket.leave(regionRoom(request.region));
    return { ok: true };
  }

  private heartbeats = 0;

  /** Every ~30 s: close this instance's sockets whose session expired or whose token was revoked. */
  private async closeExpiredSockets(namespace: LiveNamespace): Promise<void> {
    const sockets = await namespace.local.fetchSockets();
    if (sockets.length === 0) return;
    const callers = sockets.map((socket) => (socket.data as SocketData).caller);
    const presenting = sockets.filter(
      (socket) => (socket.data as SocketData).meetingId !== undefined && (socket.data as SocketData).keepsSessionAlive === true,
    );
    await this.auth.keepAliveWhilePresenting(
      presenting.map((socket) => ({
        sessionId: (socket.data as SocketData).caller.credentialId,
        meetingId: (socket.data as SocketData).meetingId!,
      })),
    );
    const valid = await this.auth.stillValid(callers);
    for (const socket of sockets) {
      const room = credentialRoom((socket.data as SocketData).caller);
      if (!valid.has(room)) {
        socket.emit('session.ended', { reason: 'expired' });
        socket.disconnect(true);
      }
    }
  }

  @SubscribeMessage('meeting.follow')
  async followMeeting(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() request: { meetingId?: unknown; present?: unknown },
  ): Promise<FollowAck> {
    if (typeof request?.meetingId !== 'string') return { ok: false, error: 'invalid' };
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
  async unfollowMeeting(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() request: { meetingId?: unknown },
  ): Promise<{ ok: boolean }> {
    if (typeof request?.meetingId === 'string') await socket.leave(meetingRoom(request.meetingId));
    if (socket.data.meetingId === request?.meetingId) {
      delete socket.data.meetingId;
      delete socket.data.keepsSessionAlive;
    }
    return { ok: true };
  }

  /** Each instance tells its own subscribers the current seq, so a missed last change is noticed. */
  private async sendSeqHeartbeat(): Promise<void> {
    const namespace = this.namespace;
    if (!namespace) return;
    this.heartbeats += 1;
    if ((this.heartbeats * this.config.value.heartbeatMs) % 30_000 < this.config.value.heartbeatMs) {
      await this.closeExpiredSockets(namespace).catch((error: unknown) =>
        this.logger.warn(`session sweep skipped: ${String(error)}`),
      );
    }
    const regions = [...namespace.adapter.rooms.keys()].filter((room) => room.startsWith('region:')).map((room) => room.slice(7));
    if (regions.length === 0) return;
    try {
      const seqs = await this.changeLog.currentSeqs(regions);
      for (const [region, seq] of seqs) namespace.local.to(regionRoom(region)).emit('region.seq', { region, seq });
    } catch (error) {
      this.logger.warn(`seq heartbeat skipped: ${String(error)}`);
    }
  }

  onApplicationShutdown(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
  }
}
