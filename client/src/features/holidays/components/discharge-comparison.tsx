import type { HolidayView, Spread } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatFigure, formatPercent } from '../../../lib/format';
import { DayHeading, dayClass } from './day-heading';

function SpreadCell({ spread }: { spread: Spread }) {
  const { t } = useTranslation();
  if (spread.median === null) return <span className="muted">–</span>;
  return (
    <>
      <span className="spread__median">{formatFigure(spread.median)}</span>
      {spread.min !== spread.max ? (
        <span className="spread__range">
          {' '}
          <span className="visually-hidden">{t('holidays.comparison.range')}</span>({formatFigure(spread.min)}–
          {formatFigure(spread.max)})
        </span>
      ) : null}
    </>
  );
}

/**
 * How few discharges the same days had in earlier years, municipality by municipality: the median
 * of the earlier years on each day (and their range), beside an ordinary weekday of the weeks before.
 */
export function DischargeComparison({ view }: { view: HolidayView }) {
  const { t } = useTranslation();
  const years = view.years.map((year) => year.year);
  return (
    <ScrollRegion labelledBy="comparison-caption">
      <table className="table table--compact holiday-table" data-testid="discharge-comparison">
        <caption id="comparison-caption" className="table__caption">
          {t('holidays.comparison.caption', { first: Math.min(...years), last: Math.max(...years) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('holidays.municipality')}</th>
            <th scope="col" className="num">
              {t('holidays.comparison.ordinary')}
            </th>
            {view.days.map((day) => (
              <th key={day.date} scope="col" className={['num', dayClass(day)].filter(Boolean).join(' ')}>
                <DayHeading day={day} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.municipalities.map((municipality) => (
            <tr key={municipality.code}>
              <th scope="row">{municipality.name}</th>
              <td className="num">
                <SpreadCell spread={municipality.comparison.ordinary} />
              </td>
              {municipality.comparison.days.map((day, index) => {
                const periodDay = view.days[index];
                return (
                  <td key={day.date} className={['num', periodDay ? dayClass(periodDay) : undefined].filter(Boolean).join(' ')}>
                    <SpreadCell spread={day.spread} />
                    {day.shareOfOrdinary !== null ? (
                      <span className="spread__share">
                        {t('holidays.comparison.share', { value: formatPercent(day.shareOfOrdinary * 100) })}
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
