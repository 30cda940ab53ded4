import { mayEditHolidayPlan, reportingDay } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Icon } from '../../components/icon';
import { ErrorMessage, Loading } from '../../components/states';
import {
  CountyPlan,
  DischargeComparison,
  PeriodPicker,
  PlanGrid,
  planWorkbookUrl,
  useHolidayView,
  type PeriodQuery,
} from '../../features/holidays';
import { isApiError } from '../../lib/api-client';
import { FieldMessage } from '../../components/field-message';
import { formatLongDay } from '../../lib/format';
import { useCurrentUser } from '../shell/shell-context';
import '../../styles/holidays.css';
import { usePageTitle } from '../use-page-title';

/**
 * Holiday planning on one screen: how many discharges each municipality had on the same days in
 * earlier years beside its ordinary weekdays, what that pattern expects this year, and who each
 * municipality has on duty each day. A municipality fills in its own grid; the region sees the
 * county's plan at a glance (live) and downloads it.
 */
export function HolidaysPage() {
  const { t } = useTranslation();
  const { region = '' } = useParams();
  const user = useCurrentUser();
  const [query, setQuery] = useState<PeriodQuery>({ period: 'christmas' });
  const view = useHolidayView(region, query);
  usePageTitle(t('holidays.title'));
  const data = view.data;
  const own = data?.municipalities.find((m) => mayEditHolidayPlan(user, region, m.code)) ?? null;
  const regionOrganization = user.regionCode === region && user.organizationCode === region;
  const badPeriod = isApiError(view.error, 400) ? Object.values(view.error.body?.codes ?? {})[0]?.[0] : undefined;

  return (
    <div className="page page--wide holidays-page">
      <div className="page__heading">
        <h1>{t('holidays.title')}</h1>
        {data ? (
          <p className="page__date" data-testid="holiday-period">
            {t(`holidays.period.${data.period.kind}`)} {data.period.kind === 'custom' ? '' : data.period.year}:{' '}
            {formatLongDay(data.period.from)} – {formatLongDay(data.period.to)}
          </p>
        ) : null}
      </div>
      <p className="lead">{t('holidays.intro')}</p>
      <PeriodPicker
        value={query}
        shownYear={data?.period.kind === query.period ? data.period.year : null}
        thisYear={Number(reportingDay().slice(0, 4))}
        onChange={setQuery}
      />
      {view.isPending ? <Loading label={t('holidays.loading')} /> : null}
      {view.isError ? (
        <ErrorMessage>{badPeriod ? <FieldMessage message={badPeriod} /> : t('holidays.failed')}</ErrorMessage>
      ) : null}
      {data ? (
        <>
          {own ? (
            <section className="section" aria-labelledby="own-plan-title">
              <h2 id="own-plan-title">{t('holidays.grid.title', { municipality: own.name })}</h2>
              <p className="muted">{t('holidays.grid.intro')}</p>
              <PlanGrid
                key={`${data.period.kind}-${data.period.from}-${own.code}`}
                region={region}
                view={data}
                municipality={own}
                query={query}
              />
            </section>
          ) : null}
          <section className="section" aria-labelledby="county-plan-title">
            <div className="section__heading">
              <h2 id="county-plan-title">{t('holidays.plan.title')}</h2>
              {regionOrganization ? (
                <a className="button button--secondary" href={planWorkbookUrl(region, query)} download data-testid="plan-export">
                  <Icon name="download" /> {t('holidays.plan.export')}
                </a>
              ) : null}
            </div>
            <p className="muted">{t('holidays.plan.intro')}</p>
            <CountyPlan view={data} />
          </section>
          <section className="section" aria-labelledby="comparison-title">
            <h2 id="comparison-title">{t('holidays.comparison.title')}</h2>
            <p className="muted">{t('holidays.comparison.intro')}</p>
            <DischargeComparison view={data} />
          </section>
        </>
      ) : null}
    </div>
  );
}
