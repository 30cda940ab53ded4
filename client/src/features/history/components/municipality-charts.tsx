import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../components/states';
import { rangeFor, useHistory, type RangeDays } from '../api/history-api';
import { commentsFor } from '../utils/series';
import { CapacityChart } from './capacity-chart';
import { CommentList } from './comment-list';
import { FlowsChart } from './flows-chart';
import { RangePicker } from './range-picker';

/** A municipality's own history: places over time, hospital flows, and its comments. */
export function MunicipalityCharts({
  region,
  code,
  unitName,
}: {
  region: string;
  code: string;
  unitName: (unitId: string) => string;
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
        <>
          <div className="charts__grid">
            <CapacityChart history={history.data} code={code} />
            <FlowsChart history={history.data} code={code} />
          </div>
          <section aria-labelledby="comments-title" className="section">
            <h3 id="comments-title">{t('comments.title', { count: days })}</h3>
            <CommentList comments={commentsFor(history.data, code)} unitName={unitName} />
          </section>
        </>
      ) : null}
    </div>
  );
}
