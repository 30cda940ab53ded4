import { useEffect, useState } from 'react';
import { getLastSessionActivity, onSessionActivity, SESSION_IDLE_MS, SESSION_WARNING_MS } from '../../../lib/session-clock';

export interface SessionExpiry {
  warning: boolean;
  expired: boolean;
  /** Whole seconds left before the server forgets the session. */
  secondsLeft: number;
}

/**
 * Follows the server's idle timer from the client's side: warn two minutes before it runs out
 * (WCAG 2.2.1 asks for a way to extend), and say when it has.
 */
export function useSessionExpiry(active: boolean, now: () => number = Date.now): SessionExpiry {
  const [lastActivity, setLastActivity] = useState(getLastSessionActivity);
  const [current, setCurrent] = useState(now);

  useEffect(() => onSessionActivity(setLastActivity), []);

  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setCurrent(now()), 1000);
    return () => clearInterval(timer);
  }, [active, now]);

  const left = lastActivity + SESSION_IDLE_MS - current;
  return {
    warning: active && left <= SESSION_WARNING_MS && left > 0,
    expired: active && left <= 0,
    secondsLeft: Math.max(0, Math.ceil(left / 1000)),
  };
}
