import { lastDays, reportingDay } from '@lagesbild/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SegmentedControl } from '../../components/segmented-control';
import { ErrorMessage, Loading } from '../../components/states';
import { StatisticsTable, useFlowStatistics, useWeekdayPattern, WeekdayTable } from '../../features/flow-analysis';
import '../../styles/holidays.css';
import { usePageTitle } from '../use-page-title';

const MonthlyTrendChart = lazy(() =>
  import('../../features/flow-analysis/charts').then((module) => ({ default: module.MonthlyTrendChart })),
);
const WeekdayChart = lazy(() =>
  import('../../features/flow-analysis/charts').then((module) => ({ default: module.WeekdayChart })),
);

const PERIODS = ['90', '365', '730', '1826'] as const;
type Period = (typeof PERIODS)[number];

/**
 * What the region's flows per home municipality say over months and years: discharges and
 * readiness by weekday (weekends and red days marked), readmissions within 30 days, and the
 * patient-days spent as ready for discharge. Aggregates only.
 */
export function AnalysisPage() {
  const { t } = useTranslation();
  const { region = '' } = useParams();
  const [period, setPeriod] = useState<Period>('365');
  const [code, setCode] = useState<string>('');
  const { from, to } = lastDays(Number(period), reportingDay());
  const statistics = useFlowStatistics(region, from, to);
  const pattern = useWeekdayPattern(region, from, to);
  usePageTitle(t('analysis.title'));
  const municipalities = statistics.data?.municipalities ?? [];

  return (
    <div className="page page--wide">
      <div className="page__heading">
        <h1>{t('analysis.title')}</h1>
      </div>
      <p className="lead">{t('analysis.intro')}</p>
      <div className="toolbar">
        <SegmentedControl<Period>
          legend={t('charts.range')}
          options={PERIODS.map((days) =>
            Number(days) < 365
              ? { value: days, label: t('charts.days', { count: Number(days) }) }
              : { value: days, label: t('charts.years', { count: Math.round(Number(days) / 365) }) },
          )}
          value={period}
          onChange={setPeriod}
        />
        <div className="field field--inline">
          <label htmlFor="analysis-municipality">{t('analysis.compare')}</label>
          <select id="analysis-municipality" value={code} onChange={(event) => setCode(event.target.value)}>
            <option value="">{t('analysis.noMunicipality')}</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {statistics.isError || pattern.isError ? <ErrorMessage>{t('analysis.failed')}</ErrorMessage> : null}

      <section className="section" aria-labelledby="weekday-title">
        <h2 id="weekday-title">{t('analysis.weekday.title')}</h2>
        {pattern.data ? (
          <>
            <Suspense fallback={<Loading label={t('charts.loading')} />}>
              <WeekdayChart pattern={pattern.data} code={code || null} />
            </Suspense>
            <WeekdayTable pattern={pattern.data} figure="discharges" />
            <WeekdayTable pattern={pattern.data} figure="ready" />
          </>
        ) : (
          <Loading label={t('analysis.loading')} />
        )}
      </section>

      {(['readmissions', 'ready'] as const).map((figure) => (
        <section key={figure} className="section" aria-labelledby={`${figure}-title`}>
          <h2 id={`${figure}-title`}>{t(`analysis.${figure}.title`)}</h2>
          <p className="muted">{t(`analysis.${figure}.intro`)}</p>
          {statistics.data ? (
            <>
              <Suspense fallback={<Loading label={t('charts.loading')} />}>
                <MonthlyTrendChart statistics={statistics.data} trend={figure} code={code || null} />
              </Suspense>
              <StatisticsTable statistics={statistics.data} figure={figure} />
            </>
          ) : (
            <Loading label={t('analysis.loading')} />
          )}
        </section>
      ))}
    </div>
  );
}
