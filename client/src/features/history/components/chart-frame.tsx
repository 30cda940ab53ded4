import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its title, a sentence saying what it shows, and the same numbers as a table one
 * click away: the text alternative every chart must have (WCAG 1.1.1).
 */
export function ChartFrame({
  id,
  title,
  description,
  chart,
  table,
  holidays = false,
}: {
  /** The time axis marks red days: say so, since a dotted line alone explains nothing. */
  holidays?: boolean;
  id: string;
  title: string;
  description: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="chart" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <h3 id={`${id}-title`} className="chart__title">
        {title}
      </h3>
      <p id={`${id}-description`} className="chart__description">
        {description}
        {holidays ? ` ${t('charts.holidaysMarked')}` : null}
      </p>
      <div className="chart__canvas">{chart}</div>
      <details className="chart__table">
        <summary>{t('charts.showTable')}</summary>
        {table}
      </details>
    </section>
  );
}
