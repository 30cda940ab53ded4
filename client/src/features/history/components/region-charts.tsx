import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../components/states';
import { rangeFor, useHistory, type RangeDays } from '../api/history-api';
import { HospitalChart } from './hospital-chart';
import { OccupancyChart } from './occupancy-chart';
import { RangePicker } from './range-picker';

/** The overview's trends; loaded lazily, since charts are the heaviest code in the app. */
export function RegionCharts({
  region,
  municipalities,
}: {
  region: string;
  municipalities: readonly { code: string; name: string }[];
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
      {history.data ? (
        <div className="charts__grid">
          <OccupancyChart history={history.data} municipalities={municipalities} />
          <HospitalChart history={history.data} />
        </div>
      ) : null}
    </div>
  );
}
