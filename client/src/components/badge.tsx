import type { ReactNode } from 'react';
import { Icon, type IconName } from './icon';

export type Tone = 'critical' | 'strained' | 'normal' | 'neutral' | 'info';

/** A state told three ways: text, icon and colour. */
export function Badge({ tone, icon, children }: { tone: Tone; icon: IconName; children: ReactNode }) {
  return (
    <span className={`badge badge--${tone}`}>
      <Icon name={icon} />
      <span>{children}</span>
    </span>
  );
}
