import { situationDeadlines, type Situation } from '@lagesbild/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/states';
import {
  ForecastPanel,
  ForecastState,
  mayRequestFor,
  PlannedCapacityPanel,
  ResidentsSummary,
  residentsRows,
  useShownForecast,
} from '../../features/forecast';
import { rangeFor, useHistory } from '../../features/history';
import { ChangeAnnouncer, FreezeControl, useFreeze, useLiveSituation, useRecentChanges } from '../../features/live';
import { directoryOf, OrganizationRequests, useRequestActor } from '../../features/requests';
import {
  buildMunicipalityRow,
  LoanLines,
  namesOf,
  PressureBadge,
  ReportAge,
  UnitTable,
  useOrganizations,
  useSituation,
  VersionHistory,
} from '../../features/situation';
import { formatLongDay, formatNumber, formatWeek } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { useCurrentUser } from '../shell/shell-context';
import '../../styles/requests.css';
import { usePageTitle } from '../use-page-title';

const MunicipalityCharts = lazy(() =>
  import('../../features/history/charts').then((module) => ({ default: module.MunicipalityCharts })),
);

// The weeks behind "since a week ago": the same range the history charts open with, so one fetch serves both.
const RECENT_HISTORY_DAYS = 30;

/**
 * One municipality: today's figures per unit (live), its residents in hospital, the forecast of
 * its short-term places and the planned changes it is compared with, its own history and comments.
 */
export function MunicipalityPage() {
  const { t } = useTranslation();
  const { region = '', code = '' } = useParams();
  const user = useCurrentUser();
  const recent = rangeFor(RECENT_HISTORY_DAYS);
  const history = useHistory(region, recent.from, recent.to);
  const live = useLiveSituation(region);
  const initial = useSituation(region, undefined, live.situation === null);
  const current = live.situation ?? initial.data ?? null;
  const freeze = useFreeze<Situation | null>(current, live.situation ? live.seq : (current?.seq ?? 0));
  const forecast = useShownForecast(region, freeze.frozen);
  const now = useNow(60_000);
  const changed = useRecentChanges(freeze.frozen ? {} : live.changedAt);
  const organization = freeze.shown?.organizations.find((org) => org.code === code) ?? null;
  const actor = useRequestActor(user);
  const organizations = useOrganizations(region);
  usePageTitle(organization?.name ?? null);

  if (!freeze.shown) {
    if (live.error === 'forbidden' || initial.isError) return <ErrorMessage>{t('overview.unavailable')}</ErrorMessage>;
    return <Loading label={t('common.loading')} />;
  }
  if (!organization) return <ErrorMessage>{t('municipality.unknown')}</ErrorMessage>;

  const situation = freeze.shown;
  const loans = situation.loans ?? [];
  const nameOf = namesOf(situation.organizations);
  const isMunicipality = organization.kind === 'municipality';
  const row = isMunicipality
    ? buildMunicipalityRow(organization, situation.date, now, situationDeadlines(situation), loans, nameOf)
    : null;
  const residents = isMunicipality ? (residentsRows([organization], history.data)[0] ?? null) : null;
  const shortTermUnits = organization.units.filter((unit) => unit.kind === 'short_term');
  const unitName = (unitId: string): string => organization.units.find((unit) => unit.id === unitId)?.name ?? '';

  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={`/region/${region}`}>{t('municipality.back', { region: situation.regionName })}</Link>
      </p>
      <div className="page__heading">
        <h1>{organization.name}</h1>
        <p className="page__date">
          {formatLongDay(situation.date)} · {formatWeek(situation.date)}
        </p>
      </div>
      <div className="toolbar">
        {row ? (
          <div className="summary-line" data-testid="municipality-summary">
            <PressureBadge level={row.level} />
            <ReportAge lastReportedAt={row.lastReportedAt} ageDays={row.lastReportAgeDays} overdue={row.overdue} />
            {organization.population ? (
              <span className="muted">{t('municipality.population', { value: formatNumber(organization.population) })}</span>
            ) : null}
            <LoanLines row={row} />
          </div>
        ) : null}
        <FreezeControl frozen={freeze.frozen} frozenAt={freeze.frozenAt} pending={freeze.pending} onToggle={freeze.toggle} />
      </div>
      <ChangeAnnouncer names={changed.has(organization.code) ? [organization.name] : []} />

      <section className="section" aria-labelledby="today-title">
        <h2 id="today-title">{t('municipality.today')}</h2>
        <UnitTable organization={organization} loans={loans} nameOf={nameOf} />
        {organization.flows ? (
          <p className="muted" data-testid="flows-today">
            {t('municipality.flowsToday', {
              admissions: formatNumber(organization.flows.admissions),
              discharges: formatNumber(organization.flows.discharges),
              ready: formatNumber(organization.flows.readyForDischarge),
            })}
          </p>
        ) : null}
        <VersionHistory organization={organization} date={situation.date} />
      </section>

      {isMunicipality ? (
        <>
          <section className="section" aria-labelledby="residents-title">
            <h2 id="residents-title">{t('municipality.residents')}</h2>
            {residents ? <ResidentsSummary row={residents} today={situation.date} /> : null}
          </section>

          <section className="section" aria-labelledby="forecast-title">
            <h2 id="forecast-title">{t('municipality.forecast')}</h2>
            <ForecastState forecast={forecast}>
              {(data) => {
                const series = data.municipalities.find((candidate) => candidate.code === organization.code);
                return series ? (
                  <ForecastPanel series={series} region={region} canRequest={mayRequestFor(user, organization.code)} />
                ) : null;
              }}
            </ForecastState>
          </section>

          <section className="section" aria-labelledby="planned-title">
            <h2 id="planned-title">{t('municipality.planned')}</h2>
            <p className="muted">{t('forecast.planned.description')}</p>
            <PlannedCapacityPanel
              region={region}
              code={organization.code}
              name={organization.name}
              units={shortTermUnits}
              canEdit={user.role === 'reporter' && user.organizationCode === organization.code}
              today={situation.date}
            />
          </section>
        </>
      ) : null}

      <OrganizationRequests
        region={region}
        organizationCode={organization.code}
        actor={actor}
        directory={directoryOf(organizations.data)}
      />

      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title">{t('municipality.history')}</h2>
        <Suspense fallback={<Loading label={t('charts.loading')} />}>
          <MunicipalityCharts region={region} code={organization.code} unitName={unitName} />
        </Suspense>
      </section>
    </div>
  );
}
