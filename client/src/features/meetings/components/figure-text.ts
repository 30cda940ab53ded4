import { useTranslation } from 'react-i18next';
import { formatChange, formatNumber, formatPercent } from '../../../lib/format';
import type { FigureId, FigureValue } from '../utils/organization-figures';

const PERCENT: readonly FigureId[] = ['occupancyPct', 'sickLeavePct'];

/** A figure's value in words and numbers: staffing as a word, percentages with "%", missing as "–". */
export function useFigureText(): {
  value: (id: FigureId, value: FigureValue) => string;
  change: (id: FigureId, change: number) => string;
} {
  const { t } = useTranslation();
  return {
    value: (id, value) => {
      if (value === null) return '–';
      if (typeof value === 'string') return t(`staffing.${value}`);
      return PERCENT.includes(id) ? formatPercent(value) : formatNumber(value);
    },
    change: (id, change) =>
      PERCENT.includes(id) ? t('figures.points', { value: formatChange(change, 1) }) : formatChange(change, 1),
  };
}
