import type { ReactNode } from 'react';

/**
 * A horizontally scrolling box for wide tables on narrow screens. It takes focus so keyboard users
 * can scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`), and is named by its table.
 */
export function ScrollRegion({ labelledBy, label, children }: { labelledBy?: string; label?: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
