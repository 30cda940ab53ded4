import type { LiveSocket } from '../lib/socket';

type Handler = (...args: unknown[]) => void;

/** Stands in for the socket.io client: records what the client emits, lets a test play the server. */
export class FakeSocket {
  connected = false;
  readonly emitted: { event: string; payload: unknown; ack?: Handler }[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();

  on(event: string, handler: Handler): this {
    let set = this.handlers.get(event);
    if (!set) {
      set = new Set();
      this.handlers.set(event, set);
    }
    set.add(handler);
    return this;
  }

  off(event: string, handler: Handler): this {
    this.handlers.get(event)?.delete(handler);
    return this;
  }

  emit(event: string, payload: unknown, ack?: Handler): this {
    this.emitted.push(ack ? { event, payload, ack } : { event, payload });
    return this;
  }

  /** The server sends an event (or the client library fires connect/disconnect). */
  receive(event: string, ...args: unknown[]): void {
    if (event === 'connect') this.connected = true;
    if (event === 'disconnect') this.connected = false;
    for (const handler of [...(this.handlers.get(event) ?? [])]) handler(...args);
  }

  listenerCount(event: string): number {
    return this.handlers.get(event)?.size ?? 0;
  }

  subscribes(): { region: string; sinceSeq?: number }[] {
    return this.emitted
      .filter((entry) => entry.event === 'subscribe')
      .map((entry) => entry.payload as { region: string; sinceSeq?: number });
  }

  asSocket(): LiveSocket {
    return this as unknown as LiveSocket;
  }
}
