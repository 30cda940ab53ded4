import { useTranslation } from 'react-i18next';
import { formatNumber, formatShortDay } from '../../../lib/format';
import type { ResidentsRow } from '../utils/residents';
import { Trend } from './residents-table';

/** One municipality's residents in hospital: today (or the region's latest day), ready for discharge, and the week's trend. */
export function ResidentsSummary({ row, today }: { row: ResidentsRow; today: string }) {
  const { t } = useTranslation();
  if (row.date === null) return <p className="muted">{t('forecast.residents.noFigures')}</p>;
  return (
    <>
      <dl className="inline-list residents" data-testid="residents-summary">
        <div>
          <dt>{t('forecast.residents.inpatients')}</dt>
          <dd data-testid="residents-inpatients">{formatNumber(row.inpatients)}</dd>
        </div>
        <div>
          <dt>{t('forecast.residents.ready')}</dt>
          <dd data-testid="residents-ready">{formatNumber(row.readyForDischarge)}</dd>
        </div>
        <div>
          <dt>{t('forecast.residents.trend')}</dt>
          <dd>
            <Trend change={row.weekChange} />
          </dd>
        </div>
      </dl>
      <p className="muted">
        {row.date === today
          ? t('forecast.residents.asOfToday')
          : t('forecast.residents.asOf', { date: formatShortDay(row.date) })}
      </p>
    </>
  );
}
