import { useTranslation } from 'react-i18next';
import { rangeLabel } from '../api/history-api';
import { commentsFor } from '../utils/series';
import { CapacityChart } from './capacity-chart';
import { CommentList } from './comment-list';
import { FlowsChart } from './flows-chart';
import { HistoryRange } from './history-range';

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
  return (
    <HistoryRange region={region}>
      {(history, days) => (
        <>
          <div className="charts__grid">
            <CapacityChart history={history} code={code} />
            <FlowsChart history={history} code={code} />
          </div>
          <section aria-labelledby="comments-title" className="section">
            <h3 id="comments-title">
              {t('comments.title', { period: t(rangeLabel(days).key, { count: rangeLabel(days).count }) })}
            </h3>
            <CommentList comments={commentsFor(history, code)} unitName={unitName} />
          </section>
        </>
      )}
    </HistoryRange>
  );
}
