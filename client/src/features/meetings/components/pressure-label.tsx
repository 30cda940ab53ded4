import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '../../../components/badge';
import type { IconName } from '../../../components/icon';
import type { Pressure } from '../utils/organization-figures';

const LOOK: Record<Pressure, { tone: Tone; icon: IconName }> = {
  critical: { tone: 'critical', icon: 'critical' },
  strained: { tone: 'strained', icon: 'strained' },
  normal: { tone: 'normal', icon: 'normal' },
  'not-reported': { tone: 'neutral', icon: 'not-reported' },
};

export function PressureLabel({ pressure }: { pressure: Pressure }) {
  const { t } = useTranslation();
  return (
    <Badge tone={LOOK[pressure].tone} icon={LOOK[pressure].icon}>
      {t(`pressure.${pressure}`)}
    </Badge>
  );
}

export function ChangedLabel() {
  const { t } = useTranslation();
  return (
    <Badge tone="info" icon="changed">
      {t('meetings.changedDuring')}
    </Badge>
  );
}
