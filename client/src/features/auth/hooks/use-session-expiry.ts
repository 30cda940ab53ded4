import { useEffect, useState } from 'react';
import {
  getLastSessionActivity,
  isSessionHeld,
  onSessionActivity,
  onSessionHold,
  SESSION_IDLE_MS,
  SESSION_WARNING_MS,
} from '../../../lib/session-clock';

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
  // While a presentation keeps the session alive there is nothing to count down.
  const [held, setHeld] = useState(isSessionHeld);

  useEffect(() => onSessionActivity(setLastActivity), []);
  useEffect(() => onSessionHold(setHeld), []);

  useEffect(() => {
    if (!active || held) return;
    const timer = setInterval(() => setCurrent(now()), 1000);
    return () => clearInterval(timer);
  }, [active, held, now]);

  const counting = active && !held;
  const left = lastActivity + SESSION_IDLE_MS - current;
  return {
    warning: counting && left <= SESSION_WARNING_MS && left > 0,
    expired: counting && left <= 0,
    secondsLeft: Math.max(0, Math.ceil(left / 1000)),
  };
}
