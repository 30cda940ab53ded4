import { useState } from 'react';

/**
 * `value` as it was when `held` became true, for as long as it stays true (the first value that
 * arrives if there was none yet); `value` itself otherwise. A frozen page ("frys bilden") shows its
 * forecast this way, so nothing on it moves until it is let go.
 */
export function useHeldWhile<T>(value: T | undefined, held: boolean): T | undefined {
  const [kept, setKept] = useState<T | undefined>(undefined);
  // Adjusted while rendering (React's way for state that follows a prop), not in an effect.
  if (held && kept === undefined && value !== undefined) setKept(value);
  if (!held && kept !== undefined) setKept(undefined);
  return held ? (kept ?? value) : value;
}
