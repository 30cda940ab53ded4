import type { SeriesForecast } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/icon';
import { formatNumber, formatShortDay } from '../../../lib/format';
import { placesRequestPath } from '../utils/forecast-rows';

/** "Avesta kan behöva 3 platser till om 5 dagar", in the words of the warning itself. */
export function useWarningText() {
  const { t } = useTranslation();
  return (series: Pick<SeriesForecast, 'name' | 'warning'>): string =>
    series.warning
      ? t('forecast.warning', {
          name: series.name,
          count: series.warning.extraPlaces,
          when: t('forecast.when', { count: series.warning.daysAhead }),
        })
      : '';
}

/** The early warning with what it rests on and, for those who may, a places request to start from it. */
export function EarlyWarning({ series, region, canRequest }: { series: SeriesForecast; region: string; canRequest: boolean }) {
  const { t } = useTranslation();
  const text = useWarningText();
  const warning = series.warning;
  if (!warning) return null;
  const day = series.needs.find((need) => need.date === warning.date);
  return (
    <div className="notice notice--warning" data-testid="early-warning">
      <p className="notice__title">
        <Icon name="warning" />
        <span>{text(series)}</span>
      </p>
      {day ? (
        <p>
          {t('forecast.warningDetail', {
            needed: formatNumber(day.needed),
            surge: formatNumber(day.surgeCapacity),
            date: formatShortDay(day.date),
          })}
        </p>
      ) : null}
      {canRequest ? (
        <p className="notice__actions">
          <Link className="button button--secondary" to={placesRequestPath(region, warning)}>
            {t('forecast.request', { count: warning.peakExtraPlaces })}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
