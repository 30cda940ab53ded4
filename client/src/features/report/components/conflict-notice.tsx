import type { Report } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../../../components/conflict-notice';
import { formatNumber, formatTime } from '../../../lib/format';

/** A 409 on a unit: what someone else saved for it meanwhile, and the user's choice. */
export function ReportConflictNotice({
  current,
  onTakeTheirs,
  onKeepMine,
}: {
  current: Report;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const figures = [
    { label: t('form.capacity'), value: formatNumber(current.capacity) },
    { label: t('form.occupied'), value: formatNumber(current.occupied) },
    { label: t('form.admissions'), value: formatNumber(current.admissions) },
    { label: t('form.discharges'), value: formatNumber(current.discharges) },
    { label: t('form.staffing'), value: t(`staffing.${current.staffing}`) },
    ...(current.comment ? [{ label: t('form.comment'), value: current.comment }] : []),
  ];
  return (
    <ConflictNotice
      title={t('form.conflict.title', { user: current.updatedBy, time: formatTime(current.updatedAt) })}
      figures={figures}
      onTakeTheirs={onTakeTheirs}
      onKeepMine={onKeepMine}
    />
  );
}
