import { useEffect, useLayoutEffect, useRef } from 'react';
import { commandForKey, type PresentCommand } from '../utils/round';

/** The presentation's keyboard: one listener on the window, always calling the latest handler. */
export function usePresentKeys(onCommand: (command: PresentCommand) => void): void {
  const handler = useRef(onCommand);
  // A layout effect, not a passive one: it runs as soon as a key's render commits, before the next
  // key. With useEffect a quick second press reached the handler of the render before, so
  // → → moved one step instead of two.
  useLayoutEffect(() => {
    handler.current = onCommand;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      // A button or link handles its own Enter and Space; dialogs handle their own Escape.
      if (event.defaultPrevented || (event.target instanceof Element && event.target.closest('dialog'))) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      handler.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
