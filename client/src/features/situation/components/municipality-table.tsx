import { perTenThousand } from '@lagesbild/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { ScrollRegion } from '../../../components/scroll-region';
import { VisuallyHidden } from '../../../components/visually-hidden';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { Scale } from '../utils/key-figures';
import type { MunicipalityRow } from '../utils/municipality-rows';
import { DEFAULT_SORT, nextSort, sortRows, type SortKey, type SortState } from '../utils/sort-rows';
import { PressureBadge } from './pressure-badge';
import { ReportAge } from './report-age';
import { SortHeader } from './sort-header';

export function MunicipalityTable({
  region,
  rows,
  scale,
  changed,
  badges,
}: {
  region: string;
  rows: readonly MunicipalityRow[];
  scale: Scale;
  /** Codes whose figures just changed live, marked for a few seconds. */
  changed: ReadonlySet<string>;
  /** More to say under a municipality's name, composed by the page (the requests it has going). */
  badges?: (code: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const sorted = sortRows(rows, sort);
  const onSort = (key: SortKey): void => setSort((current) => nextSort(current, key));
  const count = (row: MunicipalityRow, value: number | null): string => {
    if (value === null) return '–';
    if (scale === 'absolute') return formatNumber(value);
    return row.population ? formatNumber(perTenThousand(value, row.population), 1) : '–';
  };
  const header = (key: SortKey, label: string, numeric = false) => (
    <SortHeader sortKey={key} label={label} sort={sort} onSort={onSort} numeric={numeric} />
  );

  return (
    <ScrollRegion labelledBy="municipalities-caption">
      <table className="table municipality-table" data-testid="municipality-table">
        <caption id="municipalities-caption" className="table__caption">
          {t('table.caption')}
          {scale === 'per10k' ? ` ${t('table.per10kNote')}` : ''}
          {sort.key === 'pressure' && sort.direction === 'descending' ? ` ${t('table.defaultOrder')}` : ''}
        </caption>
        <thead>
          <tr>
            {header('name', t('table.municipality'))}
            {header('pressure', t('table.state'))}
            {header('occupancy', t('table.occupancy'), true)}
            {header('free', t('table.free'), true)}
            {header('staffing', t('table.staffing'))}
            {header('readyForDischarge', t('table.readyForDischarge'), true)}
            {header('lastReport', t('table.lastReport'))}
            <th scope="col">{t('table.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const isChanged = changed.has(row.code);
            const notReported = row.reportedUnits === 0;
            return (
              <tr
                key={row.code}
                data-testid={`row-${row.code}`}
                className={[isChanged ? 'row--changed' : '', row.overdue ? 'row--overdue' : ''].join(' ').trim() || undefined}
              >
                <th scope="row">
                  <Link to={`/region/${region}/municipality/${row.code}`}>{row.name}</Link>
                  {isChanged ? (
                    <Badge tone="info" icon="changed">
                      {t('table.justUpdated')}
                    </Badge>
                  ) : null}
                  {badges?.(row.code)}
                </th>
                <td>
                  <PressureBadge level={row.level} />
                  {row.reportedUnits > 0 && row.reportedUnits < row.units ? (
                    <span className="muted block">{t('table.partial', { reported: row.reportedUnits, units: row.units })}</span>
                  ) : null}
                </td>
                <td className="num" data-testid="cell-occupancy">
                  {notReported ? (
                    <NotReported />
                  ) : (
                    <>
                      {formatPercent(row.occupancyPct)}
                      <span className="muted block">
                        {t('table.occupiedOf', { occupied: count(row, row.occupied), capacity: count(row, row.capacity) })}
                      </span>
                    </>
                  )}
                </td>
                <td className="num" data-testid="cell-free">
                  {notReported ? <NotReported /> : count(row, row.free)}
                  <LoanLines row={row} />
                </td>
                <td>{row.staffing ? t(`staffing.${row.staffing}`) : <NotReported />}</td>
                <td className="num" data-testid="cell-ready">
                  {count(row, row.readyForDischarge)}
                </td>
                <td>
                  <ReportAge lastReportedAt={row.lastReportedAt} ageDays={row.lastReportAgeDays} overdue={row.overdue} />
                </td>
                <td className="comment-cell">{row.comments.join(' · ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** "4 utlånade till Avesta", "6 lånade hos Falun": places lent between municipalities, both sides. */
export function LoanLines({ row }: { row: Pick<MunicipalityRow, 'lent' | 'borrowed'> }) {
  const { t } = useTranslation();
  if (row.lent.length === 0 && row.borrowed.length === 0) return null;
  return (
    <span className="loan-lines" data-testid="loans">
      {row.lent.map((side) => (
        <span key={`lent-${side.code}`} className="muted block">
          {t('loans.lentTo', { count: side.places, name: side.name })}
        </span>
      ))}
      {row.borrowed.map((side) => (
        <span key={`borrowed-${side.code}`} className="muted block">
          {t('loans.borrowedFrom', { count: side.places, name: side.name })}
        </span>
      ))}
    </span>
  );
}

// A dash for the eye, words for the ear: a silent municipality is never shown as zero.
function NotReported() {
  const { t } = useTranslation();
  return (
    <span className="muted" title={t('pressure.not-reported')}>
      <span aria-hidden="true">–</span>
      <VisuallyHidden>{t('pressure.not-reported')}</VisuallyHidden>
    </span>
  );
}
