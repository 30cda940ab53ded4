import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/states';
import { FlowsForm, type FlowMunicipality } from '../../features/flows';
import { useSituation } from '../../features/situation';
import { draftKey } from '../../lib/drafts';
import { formatLongDay, formatWeek } from '../../lib/format';
import { useCurrentUser } from '../shell/shell-context';
import { usePageTitle } from '../use-page-title';

/** The region analyst's page for today's admissions, discharges and ready-for-discharge per municipality. */
export function FlowsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const situation = useSituation(user.regionCode, undefined, true, true);
  const date = situation.data?.date;
  usePageTitle(t('flows.title'));

  const municipalities = useMemo<FlowMunicipality[]>(
    () =>
      (situation.data?.organizations ?? [])
        .filter((org) => org.kind === 'municipality')
        .map((org) => ({ code: org.code, name: org.name, today: org.flows, last: org.lastFlows })),
    [situation.data],
  );

  if (user.role !== 'analyst') {
    return (
      <div className="page">
        <h1 id="flows-title">{t('flows.title')}</h1>
        <p>{t('flows.analystsOnly')}</p>
      </div>
    );
  }
  if (situation.isPending) return <Loading label={t('common.loading')} />;
  if (situation.isError || !date) return <ErrorMessage>{t('report.unavailable')}</ErrorMessage>;

  return (
    <div className="page page--wide">
      <div className="page__heading">
        <h1 id="flows-title">{t('flows.title')}</h1>
        <p className="page__date">
          {formatLongDay(date)} · {formatWeek(date)}
        </p>
      </div>
      <p className="lead">{t('flows.intro')}</p>
      <FlowsForm
        // Keyed by the day: at midnight the form starts over for the new reporting day.
        key={date}
        region={user.regionCode}
        date={date}
        municipalities={municipalities}
        draftKey={draftKey(user.username, 'flows', user.regionCode, date)}
      />
    </div>
  );
}
