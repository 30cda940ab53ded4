import { LIVE_NAMESPACE, type ClientToServerEvents, type ServerToClientEvents } from '@lagesbild/shared';
import { io, type Socket } from 'socket.io-client';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: LiveSocket | null = null;

/**
 * The app's one socket to the live namespace. Same origin, authenticated by the session cookie.
 * Polling stays as a fallback because municipal proxies often break WebSocket.
 */
export function getSocket(): LiveSocket {
  socket ??= io(LIVE_NAMESPACE, {
    transports: ['websocket', 'polling'],
    withCredentials: true,
    autoConnect: false,
  });
  return socket;
}

/** Connect after login; a no-op when already connected or connecting. */
export function connectSocket(): void {
  const live = getSocket();
  if (!live.connected && !live.active) live.connect();
}

/** After logout the old handshake's session is gone, so drop the connection entirely. */
export function disconnectSocket(): void {
  socket?.disconnect();
}
