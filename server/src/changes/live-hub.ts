import { Injectable, Logger } from '@nestjs/common';
import type { ClientToServerEvents, LiveChange, ServerToClientEvents } from '@lagesbild/shared';
import type { Namespace } from 'socket.io';

export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;

export function regionRoom(regionCode: string): string {
  return `region:${regionCode}`;
}

/**
 * The one way the rest of the server talks to open sockets. The gateway hands it the namespace at
 * start; through the socket.io adapter every emit reaches clients on every instance.
 */
@Injectable()
export class LiveHub {
  private readonly logger = new Logger('LiveHub');
  private namespace: LiveNamespace | undefined;

  attach(namespace: LiveNamespace): void {
    this.namespace = namespace;
  }

  /** Call only after the change's transaction has committed. */
  publish(regionCode: string, change: LiveChange): void {
    if (!this.namespace) return;
    const room = this.namespace.to(regionRoom(regionCode));
    switch (change.type) {
      case 'report.updated':
        room.emit('report.updated', change.payload);
        return;
      case 'flows.updated':
        room.emit('flows.updated', change.payload);
        return;
      default: {
        const unreachable: never = change;
        this.logger.error(`unknown change ${JSON.stringify(unreachable)}`);
      }
    }
  }

  /** Logout and revocation: close every socket that authenticated with that credential, on every instance. */
  disconnectRoom(room: string, reason: 'logout' | 'expired' | 'revoked'): void {
    if (!this.namespace) return;
    this.namespace.to(room).emit('session.ended', { reason });
    this.namespace.in(room).disconnectSockets(true);
  }
}
