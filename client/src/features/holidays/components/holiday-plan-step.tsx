import '../../../styles/holidays.css';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../components/states';
import { formatShortDay } from '../../../lib/format';
import { useHolidayView } from '../api/holidays-api';
import type { PeriodQuery } from '../utils/period-query';
import { CountyPlan } from './county-plan';

/**
 * The county's staffing plan for a holiday period as an agenda step of a situation meeting: who is
 * on duty on each day, against the discharges expected, live as municipalities fill in their plans.
 * By default the coming jul och nyår. Self-contained (it fetches and follows its own data), so a
 * meeting page only places it: `<HolidayPlanStep region={meeting.region} />`.
 */
export function HolidayPlanStep({ region, period = { period: 'christmas' } }: { region: string; period?: PeriodQuery }) {
  const { t } = useTranslation();
  const view = useHolidayView(region, period);
  if (view.isPending) return <Loading label={t('holidays.loading')} />;
  if (view.isError) return <ErrorMessage>{t('holidays.failed')}</ErrorMessage>;
  const { data } = view;
  const planned = data.municipalities.filter((m) => m.plan.length > 0).length;
  return (
    <section className="holiday-step" aria-labelledby="holiday-step-title" data-testid="holiday-plan-step">
      <h2 id="holiday-step-title">
        {t('holidays.step.title', {
          period: t(`holidays.period.${data.period.kind}`),
          from: formatShortDay(data.period.from),
          to: formatShortDay(data.period.to),
        })}
      </h2>
      <p className="lead">{t('holidays.step.summary', { planned, total: data.municipalities.length })}</p>
      <CountyPlan view={data} compact />
    </section>
  );
}
