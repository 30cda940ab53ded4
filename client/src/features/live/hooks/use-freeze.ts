import { useCallback, useState } from 'react';

export interface Freezable<T> {
  shown: T;
  frozen: boolean;
  frozenAt: number | null;
  /** Changes that arrived since the picture was frozen. */
  pending: number;
  toggle: () => void;
}

/**
 * "Frys bilden" (WCAG 2.2.2): the live data keeps flowing underneath, but what is shown stays
 * still until the user lets go, so a meeting can discuss one picture.
 */
export function useFreeze<T>(live: T, seq: number, now: () => number = Date.now): Freezable<T> {
  const [frozen, setFrozen] = useState<{ value: T; seq: number; at: number } | null>(null);
  const toggle = useCallback(() => {
    setFrozen((current) => (current ? null : { value: live, seq, at: now() }));
  }, [live, seq, now]);
  return {
    shown: frozen ? frozen.value : live,
    frozen: frozen !== null,
    frozenAt: frozen?.at ?? null,
    pending: frozen ? Math.max(0, seq - frozen.seq) : 0,
    toggle,
  };
}
