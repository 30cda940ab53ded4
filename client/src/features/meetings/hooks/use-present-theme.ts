import { useCallback, useState } from 'react';

export type PresentTheme = 'dark' | 'light';
const STORAGE_KEY = 'lagesbild.presentTheme';

function initialTheme(): PresentTheme {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'dark' || stored === 'light') return stored;
  } catch {
    // Storage may be refused; fall back to the system's preference.
  }
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Dark for a dim room, light for a bright one; the choice is remembered on this computer. */
export function usePresentTheme(): { theme: PresentTheme; toggle: () => void } {
  const [theme, setTheme] = useState<PresentTheme>(initialTheme);
  const toggle = useCallback(() => {
    setTheme((current) => {
      const next = current === 'dark' ? 'light' : 'dark';
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, next);
      } catch {
        // Remembered for this page only.
      }
      return next;
    });
  }, []);
  return { theme, toggle };
}
