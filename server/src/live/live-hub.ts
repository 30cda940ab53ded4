import { Injectable } from '@nestjs/common';
import {
  isLiveChangeKind,
  type ClientToServerEvents,
  type LiveChange,
  type Meeting,
  type ServerToClientEvents,
} from '@lagesbild/shared';
import type { Namespace } from 'socket.io';
import { meetingRoom, regionRoom } from './live-rooms.js';
import { SeqOrder } from './seq-order.js';

export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;

type EndReason = 'logout' | 'expired' | 'revoked';
const END_REASONS: readonly string[] = ['logout', 'expired', 'revoked'] satisfies EndReason[];
const isEndReason = (value: unknown): value is EndReason => typeof value === 'string' && END_REASONS.includes(value);

/** Server-side event between instances: close the sockets of this credential room. */
const END_CREDENTIAL = 'credential.ended';
/** Server-side event between instances: a committed change, for their own subscribers. */
const CHANGE_PUBLISHED = 'change.published';

const isLiveChange = (value: unknown): value is LiveChange =>
  typeof value === 'object' &&
  value !== null &&
  isLiveChangeKind((value as LiveChange).type) &&
  typeof (value as LiveChange).payload?.seq === 'number';

interface ChangeEmitter {
  emit(event: LiveChange['type'], payload: LiveChange['payload']): unknown;
}

/** Sends one logged change, of any kind in the registry, as the socket event of its name. */
export function emitChange(target: ChangeEmitter, change: LiveChange): void {
  target.emit(change.type, change.payload);
}

/**
 * The one way the rest of the server talks to open sockets. The gateway hands it the namespace at
 * start; through the socket.io adapter every emit reaches clients on every instance.
 */
@Injectable()
export class LiveHub {
  private namespace: LiveNamespace | undefined;
  /** Changes go to the other instances one NOTIFY after another. */
  private outbound: Promise<void> = Promise.resolve();
  /** Per region: this instance's sockets get its changes in seq order, wherever they were written. */
  private readonly orders = new Map<string, SeqOrder<LiveChange>>();

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
    namespace.on(CHANGE_PUBLISHED, (regionCode: unknown, change: unknown) => {
      if (typeof regionCode === 'string' && isLiveChange(change)) this.order(regionCode).push(change.payload.seq, change);
    });
    // Another instance ended a credential: close our own sockets of it.
    namespace.on(END_CREDENTIAL, (room: unknown, reason: unknown) => {
      if (typeof room === 'string' && isEndReason(reason)) this.endLocally(room, reason);
    });
  }

  /** Call only after the change's transaction has committed. */
  publish(regionCode: string, change: LiveChange): void {
    const namespace = this.namespace;
    if (!namespace) return;
    // Not `to(room).emit`: through the cluster adapter every broadcast first awaits its own NOTIFY on
    // one of several pool connections and only then emits locally, so two changes close together
    // would reach even this instance's clients out of seq order. Local subscribers get it from here,
    // the other instances through a server-side event; each puts them in seq order.
    this.order(regionCode).push(change.payload.seq, change);
    this.outbound = this.outbound
      .then(() => namespace.adapter.serverSideEmit([CHANGE_PUBLISHED, regionCode, change]))
      .catch(() => undefined);
  }

  private order(regionCode: string): SeqOrder<LiveChange> {
    let order = this.orders.get(regionCode);
    if (!order) {
      order = new SeqOrder((change) => {
        if (this.namespace) emitChange(this.namespace.local.to(regionRoom(regionCode)), change);
      });
      this.orders.set(regionCode, order);
    }
    return order;
  }

  /** The whole meeting, after a change committed, to everyone following it on any instance. */
  publishMeeting(meeting: Meeting): void {
    this.namespace?.to(meetingRoom(meeting.id)).emit('meeting.updated', { meeting });
  }

  /** Logout and revocation: close every socket that authenticated with that credential, on every instance. */
  disconnectRoom(room: string, reason: EndReason): void {
    if (!this.namespace) return;
    // Not `to(room).emit` + `in(room).disconnectSockets`: through the cluster adapter each waits for
    // its own NOTIFY before acting locally, so the disconnect can overtake the 'session.ended'. Each
    // instance instead emits and then disconnects its own sockets, in that order.
    this.endLocally(room, reason);
    this.namespace.serverSideEmit(END_CREDENTIAL, room, reason);
  }

  private endLocally(room: string, reason: EndReason): void {
    const local = this.namespace?.local;
    if (!local) return;
    local.to(room).emit('session.ended', { reason });
    local.in(room).disconnectSockets(true);
  }
}
