import type { SeriesForecast } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../../components/simple-table';
import { formatNumber, formatShortDay } from '../../../lib/format';

type Row = SeriesForecast['needs'][number] & { low: number; high: number };

/** The forecast's numbers day by day, beside its chart: the text alternative and the figures to plan with. */
export function ForecastTable({ series }: { series: SeriesForecast }) {
  const { t } = useTranslation();
  if (series.status !== 'ok') return null;
  const intervals = new Map(series.days.map((day) => [day.date, day]));
  const rows: Row[] = series.needs.map((day) => ({
    ...day,
    low: intervals.get(day.date)?.low ?? 0,
    high: intervals.get(day.date)?.high ?? 0,
  }));
  return (
    <div className="forecast__table" data-testid="forecast-table">
      <SimpleTable<Row>
        caption={t('forecast.table.caption', { name: series.name })}
        rows={rows}
        rowKey={(row) => row.date}
        rowHeader={(row) => formatShortDay(row.date)}
        columns={[
          { key: 'date', header: t('forecast.table.date'), cell: (row) => formatShortDay(row.date) },
          {
            key: 'interval',
            header: t('forecast.table.interval'),
            numeric: true,
            cell: (row) => t('forecast.range', { low: formatNumber(Math.floor(row.low)), high: formatNumber(row.needed) }),
          },
          { key: 'expected', header: t('forecast.table.expected'), numeric: true, cell: (row) => formatNumber(row.expected) },
          {
            key: 'capacity',
            header: t('forecast.table.capacity'),
            numeric: true,
            cell: (row) =>
              row.surgeCapacity > row.capacity
                ? t('forecast.table.capacityValue', {
                    capacity: formatNumber(row.capacity),
                    surge: formatNumber(row.surgeCapacity),
                  })
                : formatNumber(row.capacity),
          },
          {
            key: 'lacking',
            header: t('forecast.table.lacking'),
            numeric: true,
            cell: (row) => (row.extraPlaces > 0 ? formatNumber(row.extraPlaces) : '–'),
          },
        ]}
      />
    </div>
  );
}
