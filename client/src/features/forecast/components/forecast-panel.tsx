import type { SeriesForecast } from '@lagesbild/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/states';
import { formatNumber, formatPercent, formatShortDay } from '../../../lib/format';
import { neededSummary } from '../utils/forecast-rows';
import { EarlyWarning } from './early-warning';

// recharts loads with the chart only, after the page's own figures.
const ForecastChart = lazy(() => import('./forecast-chart'));

/**
 * One municipality's (or the region's) forecast: whether places will run short, how many are
 * likely needed, how far to trust that, and the chart with its table. Without a forecast, why not.
 */
export function ForecastPanel({
  series,
  region,
  canRequest,
}: {
  series: SeriesForecast;
  region: string;
  /** Whether the viewer may start a places request from the early warning. */
  canRequest: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="forecast" data-testid={`forecast-${series.code}`}>
      {series.warning ? <EarlyWarning series={series} region={region} canRequest={canRequest} /> : null}
      {series.status === 'ok' ? (
        <>
          <NeededSentence series={series} />
          <AccuracySentence accuracy={series.accuracy} />
          <Suspense fallback={<Loading label={t('charts.loading')} />}>
            <ForecastChart series={series} />
          </Suspense>
          <p className="muted forecast__model">{t('forecast.model', { model: t(`forecast.models.${series.model}`) })}</p>
        </>
      ) : (
        <NoForecast series={series} />
      )}
    </div>
  );
}

function NeededSentence({ series }: { series: SeriesForecast }) {
  const { t } = useTranslation();
  const summary = neededSummary(series);
  if (!summary) return null;
  return (
    <p className="forecast__needed" data-testid="forecast-needed">
      {t('forecast.needed', {
        days: series.needs.length,
        expected: formatNumber(summary.expected),
        needed: formatNumber(summary.needed),
        date: formatShortDay(summary.date),
        capacity: formatNumber(summary.capacity),
        surge: formatNumber(summary.surgeCapacity),
      })}
    </p>
  );
}

/** How good the forecast has been, in one sentence: "De senaste 90 dagarna låg utfallet inom intervallet 81 % av dagarna; medelfel 1,4 platser". */
export function AccuracySentence({ accuracy }: { accuracy: Extract<SeriesForecast, { status: 'ok' }>['accuracy'] }) {
  const { t } = useTranslation();
  const values = { days: accuracy.evaluationDays, mae: formatNumber(accuracy.mae, 1) };
  return (
    <p className="forecast__accuracy" data-testid="forecast-accuracy">
      {accuracy.coverage === null
        ? t('forecast.accuracyUnchecked', values)
        : t('forecast.accuracy', { ...values, coverage: formatPercent(Math.round(accuracy.coverage * 100)) })}
    </p>
  );
}

function NoForecast({ series }: { series: Extract<SeriesForecast, { status: 'none' }> }) {
  const { t } = useTranslation();
  const { detail } = series;
  return (
    <p className="notice notice--info" data-testid="no-forecast">
      {t(`forecast.none.${series.reason}`, {
        historyDays: detail.historyDays ?? 0,
        requiredDays: detail.requiredDays ?? 0,
        missing: formatPercent(Math.round((detail.missingShare ?? 0) * 100)),
        date: detail.lastReported ? formatShortDay(detail.lastReported) : '',
      })}
    </p>
  );
}
