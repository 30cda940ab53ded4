import type { HolidayView } from '@lagesbild/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatFigure } from '../../../lib/format';
import { countyRows, type CountyCell } from '../utils/plan-grid';
import { DayHeading, dayClass } from './day-heading';

function PlanCell({ cell }: { cell: CountyCell }) {
  const { t } = useTranslation();
  const { plan } = cell;
  return (
    <>
      <span className="plan-cell__expected">{t('holidays.plan.expectedShort', { value: formatFigure(cell.expected) })}</span>
      {plan ? (
        <>
          <span className="plan-cell__staff">
            {t('holidays.plan.caseworkersShort', { value: plan.caseworkers ?? '–' })}
            {plan.tryggHemgang !== null ? (
              <>
                {' · '}
                {plan.tryggHemgang ? t('holidays.plan.tryggOpenShort') : t('holidays.plan.tryggClosedShort')}
              </>
            ) : null}
          </span>
          {plan.phone ? <span className="plan-cell__phone">{plan.phone}</span> : null}
        </>
      ) : (
        <span className="plan-cell__none">{t('holidays.plan.notPlanned')}</span>
      )}
      {cell.gap ? (
        <span className="plan-cell__gap">
          <Icon name="warning" /> {t('holidays.plan.gap')}
        </span>
      ) : null}
    </>
  );
}

/**
 * The county's plan at a glance: for each municipality and day, the discharges expected from earlier
 * years' pattern, the caseworkers on duty, Trygg hemgång open or closed, and the number to call.
 * A day with discharges expected and nobody on duty is marked, in words as well as colour.
 */
export function CountyPlan({ view, compact = false }: { view: HolidayView; compact?: boolean }) {
  const { t } = useTranslation();
  const rows = useMemo(() => countyRows(view), [view]);
  return (
    <ScrollRegion labelledBy="county-plan-caption">
      <table
        className={`table table--compact holiday-table county-plan${compact ? ' county-plan--compact' : ''}`}
        data-testid="county-plan"
      >
        <caption id="county-plan-caption" className="table__caption">
          {t('holidays.plan.countyCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('holidays.municipality')}</th>
            {view.days.map((day) => (
              <th key={day.date} scope="col" className={dayClass(day)}>
                <DayHeading day={day} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-testid={`county-plan-${row.code}`}>
              <th scope="row">
                {row.name}
                <span className="plan-row__summary">
                  {t('holidays.plan.plannedDays', { planned: row.planned, total: row.cells.length })}
                </span>
              </th>
              {row.cells.map((cell, index) => {
                const day = view.days[index];
                return (
                  <td
                    key={cell.date}
                    className={
                      [day ? dayClass(day) : undefined, cell.gap ? 'plan-cell--gap' : undefined].filter(Boolean).join(' ') ||
                      undefined
                    }
                  >
                    <PlanCell cell={cell} />
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
