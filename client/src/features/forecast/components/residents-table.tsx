import type { RegionForecast } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaptionedTable } from '../../../components/captioned-table';
import { Icon } from '../../../components/icon';
import { formatChange, formatNumber, formatShortDay } from '../../../lib/format';
import { neededSummary } from '../utils/forecast-rows';
import type { ResidentsRow } from '../utils/residents';

/**
 * Every municipality's residents in hospital (the region's figures, as the region promised to send
 * them), and the short-term places its forecast says it needs in the coming days.
 */
export function ResidentsTable({
  region,
  rows,
  forecast,
  today,
}: {
  region: string;
  rows: readonly ResidentsRow[];
  forecast: RegionForecast | undefined;
  today: string;
}) {
  const { t } = useTranslation();
  const horizon = forecast?.horizon ?? 14;
  return (
    <CaptionedTable
      id="residents"
      caption={t('forecast.residents.caption')}
      testId="residents-table"
      headers={[
        t('forecast.residents.municipality'),
        t('forecast.residents.inpatients'),
        t('forecast.residents.ready'),
        t('forecast.residents.trend'),
        t('forecast.residents.places'),
        t('forecast.residents.needed', { count: horizon }),
      ]}
    >
      {rows.map((row) => {
        const series = forecast?.municipalities.find((candidate) => candidate.code === row.code);
        const summary = series ? neededSummary(series) : null;
        return (
          <tr key={row.code} data-testid={`residents-${row.code}`}>
            <th scope="row">
              <Link to={`/region/${encodeURIComponent(region)}/municipality/${encodeURIComponent(row.code)}`}>{row.name}</Link>
            </th>
            <td className="num">
              {formatNumber(row.inpatients)}
              {row.date && row.date !== today ? (
                <span className="muted block">{t('forecast.residents.from', { date: formatShortDay(row.date) })}</span>
              ) : null}
            </td>
            <td className="num">{formatNumber(row.readyForDischarge)}</td>
            <td className="num">
              <Trend change={row.weekChange} />
            </td>
            <td className="num">
              {series
                ? t('forecast.residents.placesValue', {
                    occupied: formatNumber(series.current.occupied),
                    capacity: formatNumber(series.current.capacity),
                  })
                : '–'}
            </td>
            <td className="num">
              {summary ? (
                <>
                  {series?.warning ? <Icon name="warning" className="icon--strained" /> : null}{' '}
                  {t('forecast.residents.neededValue', { needed: formatNumber(summary.needed) })}
                  {series?.warning ? <span className="visually-hidden"> {t('forecast.residents.short')}</span> : null}
                </>
              ) : (
                <span className="muted">{t('forecast.residents.noForecast')}</span>
              )}
            </td>
          </tr>
        );
      })}
    </CaptionedTable>
  );
}

/** The change in a week, told by sign, icon and words, never colour alone. */
export function Trend({ change }: { change: number | null }) {
  const { t } = useTranslation();
  if (change === null) return <span className="muted">–</span>;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  return (
    <span className={`change change--${direction === 'up' ? 'worse' : direction === 'down' ? 'better' : 'flat'}`}>
      <Icon name={direction} />
      <span>{formatChange(change)}</span>
      <span className="visually-hidden"> {t('forecast.residents.sinceWeek')}</span>
    </span>
  );
}
