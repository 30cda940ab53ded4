import type { History } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { SimpleTable, type Column } from '../../../components/simple-table';
import { pointName } from '../../../components/charts/axis';

/**
 * A chart's numbers as a table, one row per day (or week), newest first, each row headed by its
 * day and the red days in it.
 */
export function DayTable<Row extends { date: string }>({
  caption,
  rows,
  columns,
  history,
  marks,
}: {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  history: Pick<History, 'resolution'>;
  marks: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const heading = (row: Row) => {
    const holidays = marks.get(row.date);
    return holidays ? `${pointName(history.resolution, row.date)} (${holidays})` : pointName(history.resolution, row.date);
  };
  return (
    <SimpleTable<Row>
      caption={caption}
      rows={[...rows].reverse()}
      rowKey={(row) => row.date}
      rowHeader={heading}
      columns={[
        { key: 'date', header: history.resolution === 'day' ? t('charts.date') : t('charts.week'), cell: heading },
        ...columns,
      ]}
    />
  );
}
