import { WEEKDAY_CATEGORIES, type WeekdayAverage, type WeekdayPatternResponse } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatFigure, formatPercent } from '../../../lib/format';

function categoryClass(category: number): string | undefined {
  return category === 0 ? 'holiday-day holiday-day--red' : category >= 6 ? 'holiday-day holiday-day--off' : undefined;
}

function Cell({ day, figure }: { day: WeekdayAverage | undefined; figure: 'discharges' | 'ready' }) {
  const { t } = useTranslation();
  if (!day || day.days === 0) return <span className="muted">–</span>;
  if (figure === 'ready') return <>{formatFigure(day.readyPerDay)}</>;
  return (
    <>
      {formatFigure(day.dischargesPerDay)}
      {day.dischargesPctOfWeekday !== null && !(day.category >= 1 && day.category <= 5) ? (
        <span className="spread__share">
          {t('analysis.weekday.ofWeekday', { value: formatPercent(day.dischargesPctOfWeekday) })}
        </span>
      ) : null}
    </>
  );
}

/**
 * Discharges (or patients ready for discharge) per day by weekday, for every municipality and the
 * region: weekends shaded, red days (whatever weekday they fell on) in a column of their own.
 */
export function WeekdayTable({ pattern, figure }: { pattern: WeekdayPatternResponse; figure: 'discharges' | 'ready' }) {
  const { t } = useTranslation();
  const captionId = `weekday-${figure}-caption`;
  const rows = [
    ...pattern.municipalities.map((m) => ({ code: m.code, name: m.name, weekdays: m.weekdays })),
    {
      code: 'total',
      name: t('analysis.regionTotal'),
      weekdays: pattern.total,
    },
  ];
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="table table--compact holiday-table" data-testid={`weekday-${figure}`}>
        <caption id={captionId} className="table__caption">
          {t(figure === 'discharges' ? 'analysis.weekday.dischargesCaption' : 'analysis.weekday.readyCaption', {
            holidays: pattern.holidays.length,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('holidays.municipality')}</th>
            {WEEKDAY_CATEGORIES.map((category) => (
              <th key={category} scope="col" className={['num', categoryClass(category)].filter(Boolean).join(' ')}>
                {t(`analysis.weekday.day${category}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              {WEEKDAY_CATEGORIES.map((category) => (
                <td key={category} className={['num', categoryClass(category)].filter(Boolean).join(' ')}>
                  <Cell day={row.weekdays.find((day) => day.category === category)} figure={figure} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
