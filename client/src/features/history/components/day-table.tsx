import { useTranslation } from 'react-i18next';
import { SimpleTable, type Column } from '../../../components/simple-table';
import { formatShortDay } from '../../../lib/format';

/** A chart's numbers as a table, one row per day, newest first, each row headed by its day. */
export function DayTable<Row extends { date: string }>({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
}) {
  const { t } = useTranslation();
  return (
    <SimpleTable<Row>
      caption={caption}
      rows={[...rows].reverse()}
      rowKey={(row) => row.date}
      rowHeader={(row) => formatShortDay(row.date)}
      columns={[{ key: 'date', header: t('charts.date'), cell: (row) => formatShortDay(row.date) }, ...columns]}
    />
  );
}
