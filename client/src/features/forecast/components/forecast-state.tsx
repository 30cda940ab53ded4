import type { RegionForecast } from '@lagesbild/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../components/states';

/** The forecast's part of a page once it has come; meanwhile that it is on its way, or that it could not be had. */
export function ForecastState({
  forecast,
  children,
}: {
  forecast: { data: RegionForecast | undefined; isError: boolean };
  children: (forecast: RegionForecast) => ReactNode;
}) {
  const { t } = useTranslation();
  if (forecast.data) return children(forecast.data);
  return forecast.isError ? <ErrorMessage>{t('forecast.failed')}</ErrorMessage> : <Loading label={t('common.loading')} />;
}
