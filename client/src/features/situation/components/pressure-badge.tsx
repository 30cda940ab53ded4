import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '../../../components/badge';
import type { IconName } from '../../../components/icon';
import type { PressureLevel } from '../utils/municipality-rows';

const LOOK: Record<PressureLevel, { tone: Tone; icon: IconName }> = {
  critical: { tone: 'critical', icon: 'critical' },
  strained: { tone: 'strained', icon: 'strained' },
  normal: { tone: 'normal', icon: 'normal' },
  'not-reported': { tone: 'neutral', icon: 'not-reported' },
};

export function PressureBadge({ level }: { level: PressureLevel }) {
  const { t } = useTranslation();
  return (
    <Badge tone={LOOK[level].tone} icon={LOOK[level].icon}>
      {t(`pressure.${level}`)}
    </Badge>
  );
}
