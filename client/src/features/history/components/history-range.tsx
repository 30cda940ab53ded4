import type { History } from '@lagesbild/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../components/states';
import { rangeFor, useHistory, type RangeDays } from '../api/history-api';
import { RangePicker } from './range-picker';

/** The region's history over a range the user picks, with its loading and error states. */
export function HistoryRange({
  region,
  children,
}: {
  region: string;
  children: (history: History, days: RangeDays) => ReactNode;
}) {
  const { t } = useTranslation();
  const [days, setDays] = useState<RangeDays>(30);
  const { from, to } = rangeFor(days);
  const history = useHistory(region, from, to);
  return (
    <div className="charts">
      <RangePicker value={days} onChange={setDays} />
      {history.isPending ? <Loading label={t('charts.loading')} /> : null}
      {history.isError ? <ErrorMessage>{t('charts.failed')}</ErrorMessage> : null}
      {history.data ? children(history.data, days) : null}
    </div>
  );
}
