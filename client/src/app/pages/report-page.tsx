import { shiftDay } from '@lagesbild/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/states';
import { useHistory } from '../../features/history';
import { recentValuesForUnit, ReportForm, type FormUnit } from '../../features/report';
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
  // The last two weeks, for the "did you mean 14, not 140?" check before saving.
  const history = useHistory(
    user.regionCode,
    date ? shiftDay(date, -14) : '',
    date ? shiftDay(date, -1) : '',
    date !== undefined,
  );
  const organization = situation.data?.organizations.find((org) => org.code === user.organizationCode);
  usePageTitle(organization ? t('report.title', { name: organization.name }) : t('shell.report'));

  const units = useMemo<FormUnit[]>(() => {
    if (!organization || !date) return [];
    return organization.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      report: unit.report,
      lastReport: unit.lastReport,
      recent: recentValuesForUnit(
        history.data,
        organization.code,
        unit.kind,
        organization.units.filter((other) => other.kind === unit.kind).length,
        date,
      ),
    }));
  }, [organization, date, history.data]);

  if (situation.isPending) return <Loading label={t('common.loading')} />;
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
      />
    </div>
  );
}
