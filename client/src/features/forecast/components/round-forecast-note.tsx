import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { formatNumber } from '../../../lib/format';
import { useForecast } from '../api/forecast-api';
import { useWarningText } from './early-warning';

/** The days ahead the round looks at: the early warning's week. */
const ROUND_DAYS_AHEAD = 7;

/**
 * In the meeting round, under an organisation's figures: its early warning if it has one, and what
 * its forecast says for a week ahead. Today's forecast, not the meeting's frozen figures: it says so.
 */
export function ForecastRoundNote({ region, code }: { region: string; code: string }) {
  const { t } = useTranslation();
  const forecast = useForecast(region);
  const text = useWarningText();
  const series = code === region ? forecast.data?.total : forecast.data?.municipalities.find((m) => m.code === code);
  if (!series || series.status !== 'ok') return null;
  const day = series.days[Math.min(ROUND_DAYS_AHEAD, series.days.length) - 1];
  const places = series.capacity.find((candidate) => candidate.date === day?.date);
  return (
    <aside className={series.warning ? 'round-forecast round-forecast--warning' : 'round-forecast'} data-testid="round-forecast">
      <h3 className="round-forecast__title">{t('forecast.round.title')}</h3>
      {series.warning ? (
        <p className="round-forecast__warning">
          <Icon name="warning" />
          <strong>{text(series)}</strong>
        </p>
      ) : null}
      {day ? (
        <p>
          {t('forecast.round.line', {
            count: ROUND_DAYS_AHEAD,
            expected: formatNumber(Math.ceil(day.expected)),
            low: formatNumber(Math.floor(day.low)),
            high: formatNumber(Math.ceil(day.high)),
            capacity: formatNumber(places?.capacity),
            surge: formatNumber(places?.surgeCapacity),
          })}
        </p>
      ) : null}
    </aside>
  );
}
