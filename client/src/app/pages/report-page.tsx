import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/states';
import { draftKey } from '../../lib/drafts';
import { MyActions } from '../../features/meetings/my-actions';
import { recentValuesFromReports, ReportForm, useRecentReports, type FormUnit } from '../../features/report';
import { useSituation } from '../../features/situation';
import { formatLongDay, formatWeek } from '../../lib/format';
import { useCurrentUser } from '../shell/shell-context';
import { usePageTitle } from '../use-page-title';

/** The entry form for the user's own organisation, for today. */
export function ReportPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const situation = useSituation(user.regionCode, undefined, true, true);
  const date = situation.data?.date;
  const organization = situation.data?.organizations.find((org) => org.code === user.organizationCode);
  // Each unit's own last two weeks, for the "did you mean 14, not 140?" check before saving.
  const unitIds = useMemo(() => organization?.units.map((unit) => unit.id) ?? [], [organization]);
  const recent = useRecentReports(unitIds, date);
  usePageTitle(organization ? t('report.title', { name: organization.name }) : t('shell.report'));

  const units = useMemo<FormUnit[]>(() => {
    if (!organization || !date) return [];
    return organization.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      report: unit.report,
      lastReport: unit.lastReport,
      recent: recentValuesFromReports(recent.byUnit[unit.id], date),
    }));
  }, [organization, date, recent.byUnit]);

  // The form waits for the recent reports so that every unit is checked before its first save.
  if (situation.isPending || (units.length > 0 && !recent.settled)) return <Loading label={t('common.loading')} />;
  if (situation.isError || !date) return <ErrorMessage>{t('report.unavailable')}</ErrorMessage>;
  if (!organization || units.length === 0) {
    return (
      <div className="page">
        <h1>{t('shell.report')}</h1>
        <p>{t('report.noUnits')}</p>
      </div>
    );
  }

  return (
    <div className="page">
      <div className="page__heading">
        <h1 id="report-title">{t('report.title', { name: organization.name })}</h1>
        <p className="page__date">
          {formatLongDay(date)} · {formatWeek(date)}
        </p>
      </div>
      <p className="lead">{t('report.intro')}</p>
      <ReportForm
        key={`${organization.code}-${date}`}
        units={units}
        date={date}
        onSaved={() => void queryClient.invalidateQueries({ queryKey: ['situation', user.regionCode] })}
        draftKey={draftKey(user.username, 'report', organization.code, date)}
      />
      <MyActions />
    </div>
  );
}
