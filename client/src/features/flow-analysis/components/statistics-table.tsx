import type { FlowStatistics, FlowStatisticsResponse } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatFigure, formatNumber } from '../../../lib/format';

type Figure = 'readmissions' | 'ready';

const COLUMNS: Record<Figure, { key: string; value: (s: FlowStatistics) => string }[]> = {
  readmissions: [
    { key: 'discharges', value: (s) => formatNumber(s.discharges) },
    { key: 'readmissions', value: (s) => (s.readmissionDays > 0 ? formatNumber(s.readmissions) : '–') },
    { key: 'readmissionRate', value: (s) => (s.readmissionRatePct === null ? '–' : `${formatFigure(s.readmissionRatePct)} %`) },
    { key: 'readmissionsPer10k', value: (s) => formatFigure(s.readmissionsPer10k) },
    { key: 'readmissionDays', value: (s) => formatNumber(s.readmissionDays) },
  ],
  ready: [
    { key: 'readyPatientDays', value: (s) => formatNumber(s.readyPatientDays) },
    { key: 'readyAverage', value: (s) => formatFigure(s.readyAverage) },
    { key: 'readyPer10k', value: (s) => formatFigure(s.readyPatientDaysPer10k) },
    { key: 'days', value: (s) => formatNumber(s.days) },
  ],
};

/**
 * Every municipality side by side over the period (and the region together): readmissions as a
 * count and a rate of discharges, or patient-days as ready for discharge with the average per day.
 */
export function StatisticsTable({ statistics, figure }: { statistics: FlowStatisticsResponse; figure: Figure }) {
  const { t } = useTranslation();
  const captionId = `statistics-${figure}-caption`;
  const columns = COLUMNS[figure];
  const rows = [
    ...statistics.municipalities.map((m) => ({ code: m.code, name: m.name, total: m.total })),
    { code: 'total', name: t('analysis.regionTotal'), total: statistics.total.total },
  ];
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="table table--compact" data-testid={`statistics-${figure}`}>
        <caption id={captionId} className="table__caption">
          {t(`analysis.${figure}.caption`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('holidays.municipality')}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="num">
                {t(`analysis.columns.${column.key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              {columns.map((column) => (
                <td key={column.key} className="num">
                  {column.value(row.total)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
