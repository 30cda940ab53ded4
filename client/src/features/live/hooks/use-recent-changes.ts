import { useEffect, useState } from 'react';

// Long enough to notice across a meeting room, short enough not to mislead.
export const CHANGE_MARK_MS = 8_000;

/** Organisation codes whose figures changed live within the last few seconds. */
export function useRecentChanges(changedAt: Readonly<Record<string, number>>, now: () => number = Date.now): Set<string> {
  const [tick, setTick] = useState(0);
  const current = now();
  const recent = new Set(Object.keys(changedAt).filter((code) => current - (changedAt[code] ?? 0) < CHANGE_MARK_MS));
  const nextExpiry = Math.min(...[...recent].map((code) => (changedAt[code] ?? 0) + CHANGE_MARK_MS));
  useEffect(() => {
    if (!Number.isFinite(nextExpiry)) return;
    // Re-render when the oldest mark should fade, so it is removed without any other change.
    const timer = setTimeout(() => setTick((value) => value + 1), Math.max(0, nextExpiry - now()) + 50);
    return () => clearTimeout(timer);
  }, [nextExpiry, tick, now]);
  return recent;
}
