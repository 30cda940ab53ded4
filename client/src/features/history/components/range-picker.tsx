import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../../../components/segmented-control';
import { RANGES, rangeLabel, type RangeDays } from '../api/history-api';

export function RangePicker({ value, onChange }: { value: RangeDays; onChange: (value: RangeDays) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      legend={t('charts.range')}
      options={RANGES.map((days) => {
        const { key, count } = rangeLabel(days);
        return { value: String(days), label: t(key, { count }) };
      })}
      value={String(value)}
      onChange={(selected) => onChange(Number(selected) as RangeDays)}
    />
  );
}
