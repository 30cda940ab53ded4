import type { Outlier } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { formatNumber } from '../../../lib/format';

/** One line per figure far outside the unit's recent range: "Belagda 140 (senaste 14 dagarna 10–16)". */
export function OutlierList({ outliers }: { outliers: readonly Outlier[] }) {
  const { t } = useTranslation();
  return (
    <ul className="outlier-list">
      {outliers.map((outlier) => (
        <li key={outlier.field}>
          {t('outliers.line', {
            field: t(`form.${outlier.field}`),
            value: formatNumber(outlier.value),
            min: formatNumber(outlier.recentMin),
            max: formatNumber(outlier.recentMax),
          })}
        </li>
      ))}
    </ul>
  );
}

/** After a save, what the server found odd and the user was not asked about. */
export function OutlierNote({ outliers }: { outliers: readonly Outlier[] }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info" role="status">
      <p className="notice__title">
        <Icon name="warning" />
        {t('outliers.savedButCheck')}
      </p>
      <OutlierList outliers={outliers} />
    </div>
  );
}
