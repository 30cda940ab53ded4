import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Messages one socket may send in a window. The product's client sends a handful per connection
 * (subscribe, follow, a resubscribe after a gap), so this only ever stops a script; every message
 * past it is refused, and a socket that goes on past twice the limit is closed.
 */
export const SOCKET_MESSAGES = { points: 20, windowSeconds: 10 } as const;

export type RateVerdict = 'allow' | 'refuse' | 'close';

/** Per-socket message budget, kept in this instance's memory (a socket lives on one instance). */
export class SocketRateLimit {
  private readonly limiter = new RateLimiterMemory({ points: SOCKET_MESSAGES.points, duration: SOCKET_MESSAGES.windowSeconds });

  async check(socketId: string): Promise<RateVerdict> {
    try {
      await this.limiter.consume(socketId);
      return 'allow';
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      return result.consumedPoints > 2 * SOCKET_MESSAGES.points ? 'close' : 'refuse';
    }
  }

  forget(socketId: string): void {
    void this.limiter.delete(socketId);
  }
}
