import { useEffect, useRef } from 'react';
import { commandForKey, type PresentCommand } from '../utils/round';

/** The presentation's keyboard: one listener on the window, always calling the latest handler. */
export function usePresentKeys(onCommand: (command: PresentCommand) => void): void {
  const handler = useRef(onCommand);
  useEffect(() => {
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
