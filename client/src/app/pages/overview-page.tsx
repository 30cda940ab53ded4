import { shiftDay, situationDeadlines, type Situation } from '@lagesbild/shared';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SegmentedControl } from '../../components/segmented-control';
import { ErrorMessage, Loading } from '../../components/states';
import { ChangeAnnouncer, FreezeControl, useFreeze, useLiveSituation, useRecentChanges } from '../../features/live';
import { ExportPanel } from '../../features/exports';
import { MyActions } from '../../features/meetings/my-actions';
import { MunicipalityRequests, RequestsSummary, useRequests } from '../../features/requests';
import {
  EarlyWarnings,
  ForecastPanel,
  ForecastState,
  ResidentsTable,
  residentsRows,
  useShownForecast,
} from '../../features/forecast';
import { rangeFor, useHistory } from '../../features/history';
import {
  buildKeyFigures,
  buildMunicipalityRows,
  CoverageNote,
  KeyFigures,
  MunicipalityTable,
  useSituation,
  type Scale,
} from '../../features/situation';
import { formatLongDay, formatWeek } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import '../../styles/requests.css';
import { useCurrentUser } from '../shell/shell-context';
import { usePageTitle } from '../use-page-title';

const RegionCharts = lazy(() => import('../../features/history/charts').then((module) => ({ default: module.RegionCharts })));

type Basis = 'estimated' | 'reported';

// The weeks behind "since a week ago": the range the trend charts open with, so one fetch serves both.
const RECENT_HISTORY_DAYS = 30;

export function OverviewPage() {
  const { t } = useTranslation();
  const { region = '' } = useParams();
  const live = useLiveSituation(region);
  // REST fills the page at once; the socket's situation takes over as soon as it arrives.
  const initial = useSituation(region, undefined, live.situation === null);
  const current = live.situation ?? initial.data ?? null;
  const freeze = useFreeze<Situation | null>(current, live.situation ? live.seq : (current?.seq ?? 0));
  const situation = freeze.shown;
  const now = useNow(60_000);
  const [scale, setScale] = useState<Scale>('absolute');
  const [basis, setBasis] = useState<Basis>('estimated');
  const yesterday = useSituation(region, situation ? shiftDay(situation.date, -1) : undefined, situation !== null);
  const changed = useRecentChanges(freeze.frozen ? {} : live.changedAt);
  const requests = useRequests(region);
  const user = useCurrentUser();
  const forecast = useShownForecast(region, freeze.frozen);
  const recent = rangeFor(RECENT_HISTORY_DAYS);
  const history = useHistory(region, recent.from, recent.to);
  usePageTitle(situation ? t('overview.title', { region: situation.regionName }) : null);

  const rows = useMemo(
    () =>
      situation
        ? buildMunicipalityRows(
            situation.organizations,
            situation.date,
            now,
            situationDeadlines(situation),
            situation.loans ?? [],
          )
        : [],
    [situation, now],
  );
  const population = rows.reduce((total, row) => total + (row.population ?? 0), 0);
  // The charts only need names; a stable list keeps them from recomputing on every live event.
  const namesKey = rows.map((row) => `${row.code}:${row.name}`).join('|');
  const municipalities = useMemo(
    () =>
      namesKey
        .split('|')
        .filter(Boolean)
        .map((entry) => ({ code: entry.split(':')[0] ?? '', name: entry.slice(entry.indexOf(':') + 1) })),
    [namesKey],
  );

  if (!situation) {
    if (live.error === 'forbidden' || initial.isError) return <ErrorMessage>{t('overview.unavailable')}</ErrorMessage>;
    return <Loading label={t('common.loading')} />;
  }

  const block = situation.totals[basis];
  const yesterdayBlock = yesterday.data?.totals[basis] ?? null;
  const figures = buildKeyFigures(block, yesterdayBlock, scale, population);
  const changedNames = rows.filter((row) => changed.has(row.code)).map((row) => row.name);

  return (
    <div className="page page--wide">
      <div className="page__heading">
        <h1>{t('overview.title', { region: situation.regionName })}</h1>
        <p className="page__date">
          {formatLongDay(situation.date)} · {formatWeek(situation.date)}
        </p>
      </div>
      <div className="toolbar">
        <SegmentedControl<Scale>
          legend={t('overview.scale')}
          options={[
            { value: 'absolute', label: t('overview.absolute') },
            { value: 'per10k', label: t('overview.per10k') },
          ]}
          value={scale}
          onChange={setScale}
        />
        <SegmentedControl<Basis>
          legend={t('overview.basis')}
          options={[
            { value: 'estimated', label: t('overview.estimated') },
            { value: 'reported', label: t('overview.reportedOnly') },
          ]}
          value={basis}
          onChange={setBasis}
        />
        <FreezeControl frozen={freeze.frozen} frozenAt={freeze.frozenAt} pending={freeze.pending} onToggle={freeze.toggle} />
      </div>
      <ChangeAnnouncer names={changedNames} />

      <section className="section" aria-labelledby="figures-title">
        <h2 id="figures-title">{t('overview.keyFigures')}</h2>
        <KeyFigures figures={figures} scale={scale} />
        <CoverageNote block={block} estimated={basis === 'estimated'} carryForwardDays={situation.totals.carryForwardDays} />
        <RequestsSummary
          region={region}
          requests={requests.data?.requests ?? []}
          onLoan={block.municipal.onLoan}
          promised={block.municipal.promised}
        />
      </section>

      <section className="section" aria-labelledby="warnings-title">
        <h2 id="warnings-title">{t('overview.warnings')}</h2>
        <p className="muted">{t('forecast.warnings.description')}</p>
        <ForecastState forecast={forecast}>
          {(data) => <EarlyWarnings region={region} forecast={data} user={user} />}
        </ForecastState>
      </section>

      <section className="section" aria-labelledby="municipalities-title">
        <h2 id="municipalities-title">{t('overview.municipalities')}</h2>
        <MunicipalityTable
          region={region}
          rows={rows}
          scale={scale}
          changed={changed}
          badges={(code) => <MunicipalityRequests requests={requests.data?.requests ?? []} code={code} />}
        />
      </section>

      <section className="section" aria-labelledby="residents-title">
        <h2 id="residents-title">{t('overview.residents')}</h2>
        <ResidentsTable
          region={region}
          rows={residentsRows(situation.organizations, history.data)}
          forecast={forecast.data}
          today={situation.date}
        />
      </section>

      {forecast.data ? (
        <section className="section" aria-labelledby="region-forecast-title">
          <h2 id="region-forecast-title">{t('overview.forecast')}</h2>
          <ForecastPanel series={forecast.data.total} region={region} canRequest={false} />
        </section>
      ) : null}

      <section className="section" aria-labelledby="trends-title">
        <h2 id="trends-title">{t('overview.trends')}</h2>
        <Suspense fallback={<Loading label={t('charts.loading')} />}>
          <RegionCharts region={region} municipalities={municipalities} />
        </Suspense>
      </section>

      <MyActions />
      <ExportPanel region={region} today={situation.date} />
    </div>
  );
}
