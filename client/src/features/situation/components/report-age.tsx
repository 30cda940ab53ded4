import { reportingDay } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge';
import { formatShortDay, formatTime } from '../../../lib/format';

/** When a municipality last reported: a time today, or how long ago, and whether it is overdue. */
export function ReportAge({
  lastReportedAt,
  ageDays,
  overdue,
}: {
  lastReportedAt: string | null;
  ageDays: number | null;
  overdue: boolean;
}) {
  const { t } = useTranslation();
  let text: string;
  if (!lastReportedAt || ageDays === null) text = t('reportAge.never');
  else if (ageDays === 0) text = t('reportAge.today', { time: formatTime(lastReportedAt) });
  else if (ageDays === 1) text = t('reportAge.yesterday', { time: formatTime(lastReportedAt) });
  else text = t('reportAge.daysAgo', { count: ageDays, day: formatShortDay(reportingDay(new Date(lastReportedAt))) });
  return (
    <span className="report-age">
      <span>{text}</span>
      {overdue ? (
        <Badge tone="critical" icon="overdue">
          {t('reportAge.overdue')}
        </Badge>
      ) : null}
    </span>
  );
}
