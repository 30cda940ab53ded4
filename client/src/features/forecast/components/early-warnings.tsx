import type { RegionForecast, UserInfo } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/icon';
import { placesRequestPath } from '../utils/forecast-rows';
import { useWarningText } from './early-warning';

/** Every municipality that may run short of places within a week, soonest first, each with a way on. */
export function EarlyWarnings({ region, forecast, user }: { region: string; forecast: RegionForecast; user: UserInfo }) {
  const { t } = useTranslation();
  const text = useWarningText();
  const warned = forecast.municipalities
    .filter((series) => series.warning)
    .sort((a, b) => (a.warning?.daysAhead ?? 0) - (b.warning?.daysAhead ?? 0) || a.name.localeCompare(b.name, 'sv'));
  if (warned.length === 0) {
    return (
      <p className="muted" data-testid="early-warnings">
        {t('forecast.warnings.none')}
      </p>
    );
  }
  return (
    <ul className="warning-list" data-testid="early-warnings">
      {warned.map((series) => (
        <li key={series.code} className="warning-list__item">
          <Icon name="warning" className="icon--strained" />
          <Link to={`/region/${encodeURIComponent(region)}/municipality/${encodeURIComponent(series.code)}`}>{text(series)}</Link>
          {series.warning && mayRequestFor(user, series.code) ? (
            <Link className="warning-list__action" to={placesRequestPath(region, series.warning)}>
              {t('forecast.request', { count: series.warning.peakExtraPlaces })}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A municipality's own members ask others for places on its behalf (the avrop feature decides the rest). */
export function mayRequestFor(user: Pick<UserInfo, 'role' | 'organizationCode'>, code: string): boolean {
  return user.role === 'reporter' && user.organizationCode === code;
}
