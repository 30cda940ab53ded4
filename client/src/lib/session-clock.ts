// The server's session expires after 30 idle minutes. The client cannot see that timer, so it
// keeps its own from the last answered request, and anyone can hear when the session has ended.

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_WARNING_MS = 2 * 60 * 1000;

export type SessionEndReason = 'logout' | 'expired' | 'revoked';

let lastActivity = Date.now();
let holds = 0;
const activityListeners = new Set<(at: number) => void>();
const holdListeners = new Set<(held: boolean) => void>();
const endListeners = new Set<(reason: SessionEndReason) => void>();

export function markSessionActivity(at: number = Date.now()): void {
  lastActivity = at;
  for (const listener of activityListeners) listener(at);
}

export function getLastSessionActivity(): number {
  return lastActivity;
}

export function onSessionActivity(listener: (at: number) => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

export function notifySessionEnded(reason: SessionEndReason): void {
  for (const listener of endListeners) listener(reason);
}

export function onSessionEnded(listener: (reason: SessionEndReason) => void): () => void {
  endListeners.add(listener);
  return () => endListeners.delete(listener);
}

/**
 * A presentation screen following an open meeting keeps its session alive on the server, so the
 * client must not count down meanwhile. Returns the release; releasing starts the idle timer anew.
 */
export function holdSession(): () => void {
  holds += 1;
  if (holds === 1) for (const listener of holdListeners) listener(true);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    markSessionActivity();
    if (holds === 0) for (const listener of holdListeners) listener(false);
  };
}

export function isSessionHeld(): boolean {
  return holds > 0;
}

export function onSessionHold(listener: (held: boolean) => void): () => void {
  holdListeners.add(listener);
  return () => holdListeners.delete(listener);
}
