import { Injectable } from '@nestjs/common';
import type { ClientToServerEvents, LiveChange, ServerToClientEvents } from '@lagesbild/shared';
import type { Namespace } from 'socket.io';

export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;

export function regionRoom(regionCode: string): string {
  return `region:${regionCode}`;
}

interface ChangeEmitter {
  emit<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>): unknown;
}

/** Sends one logged change as its typed event, to a room or a single socket. */
export function emitChange(target: ChangeEmitter, change: LiveChange): void {
  switch (change.type) {
    case 'report.updated':
      target.emit('report.updated', change.payload);
      return;
    case 'flows.updated':
      target.emit('flows.updated', change.payload);
      return;
  }
}

/**
 * The one way the rest of the server talks to open sockets. The gateway hands it the namespace at
 * start; through the socket.io adapter every emit reaches clients on every instance.
 */
@Injectable()
export class LiveHub {
  private namespace: LiveNamespace | undefined;

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  /** Call only after the change's transaction has committed. */
  publish(regionCode: string, change: LiveChange): void {
    if (!this.namespace) return;
    emitChange(this.namespace.to(regionRoom(regionCode)), change);
  }

  /** Logout and revocation: close every socket that authenticated with that credential, on every instance. */
  disconnectRoom(room: string, reason: 'logout' | 'expired' | 'revoked'): void {
    if (!this.namespace) return;
    this.namespace.to(room).emit('session.ended', { reason });
    this.namespace.in(room).disconnectSockets(true);
  }
}
