import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

function first(value: string | string[] | undefined): string | undefined {
  const header = Array.isArray(value) ? value[0] : value;
  // A chain of proxies lists hosts comma-separated; the first is what the browser asked for.
  return header?.split(',', 1)[0]?.trim();
}

export interface OriginOptions {
  allowedOrigins: readonly string[];
  /** TRUST_PROXY as parsed: which peer's X-Forwarded-* headers are believed. */
  trustProxy: readonly string[] | number;
}

export type OriginCheck = (request: Pick<IncomingMessage, 'headers' | 'socket'>) => boolean;

/**
 * True when the request carries no Origin (not a browser, or a same-origin GET) or an Origin
 * whose host is the one the request was sent to, or one explicitly allowed. The host a proxy
 * forwards (X-Forwarded-Host) counts only when the peer is a trusted proxy, as Express decides it:
 * from anyone else it is just a header an attacker may set.
 */
export function originCheck(options: OriginOptions): OriginCheck {
  const hops = options.trustProxy;
  const trusted = typeof hops === 'number' ? (_address: string, hop: number) => hop < hops : proxyAddr.compile([...hops]);
  return (request) => {
    const origin = first(request.headers.origin);
    if (origin === undefined || origin === '') return true;
    // Sandboxed frames and file: pages send the literal "null": never our own page.
    if (origin === 'null') return false;
    if (options.allowedOrigins.includes(origin)) return true;
    const fromProxy = trusted(request.socket.remoteAddress ?? '', 0);
    const host = (fromProxy ? first(request.headers['x-forwarded-host']) : undefined) ?? first(request.headers.host);
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  };
}
