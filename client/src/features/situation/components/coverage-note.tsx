import type { TotalsBlock } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';

/** Says how much of the totals is reported today, carried forward, or missing. */
export function CoverageNote({
  block,
  estimated,
  carryForwardDays,
}: {
  block: TotalsBlock;
  estimated: boolean;
  carryForwardDays: number;
}) {
  const { t } = useTranslation();
  const { units, reported, carriedForward, missing } = block.coverage;
  return (
    <p className="coverage" data-testid="coverage">
      <Icon name="warning" />
      {estimated
        ? t('coverage.estimated', { reported, units, carriedForward, missing, days: carryForwardDays })
        : t('coverage.reported', { reported, units, missing })}
    </p>
  );
}
