import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../../../components/segmented-control';
import { RANGES, type RangeDays } from '../api/history-api';

export function RangePicker({ value, onChange }: { value: RangeDays; onChange: (value: RangeDays) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      legend={t('charts.range')}
      options={RANGES.map((days) => ({ value: String(days), label: t('charts.days', { count: days }) }))}
      value={String(value)}
      onChange={(selected) => onChange(Number(selected) as RangeDays)}
    />
  );
}
