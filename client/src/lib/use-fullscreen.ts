import { useCallback, useEffect, useState } from 'react';

/** The Fullscreen API as state and a toggle; refusals (no user gesture, not allowed) are ignored. */
export function useFullscreen(): { active: boolean; supported: boolean; toggle: () => void; exit: () => void } {
  const [active, setActive] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = (): void => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const exit = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) exit();
    else document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, [exit]);
  const supported = typeof document !== 'undefined' && typeof document.documentElement.requestFullscreen === 'function';
  return { active, supported, toggle, exit };
}
