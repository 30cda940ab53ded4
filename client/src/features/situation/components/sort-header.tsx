import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import type { SortKey, SortState } from '../utils/sort-rows';

/** A column header that sorts: a real button inside the th, with aria-sort on the th. */
export function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
  numeric = false,
}: {
  label: string;
  sortKey: SortKey;
  sort: SortState;
  onSort: (key: SortKey) => void;
  numeric?: boolean;
}) {
  const { t } = useTranslation();
  const active = sort.key === sortKey;
  const icon = active ? (sort.direction === 'ascending' ? 'sort-asc' : 'sort-desc') : 'sort';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        <span>{label}</span>
        <Icon name={icon} />
        {active ? <span className="visually-hidden">{t(`table.sorted.${sort.direction}`)}</span> : null}
      </button>
    </th>
  );
}
