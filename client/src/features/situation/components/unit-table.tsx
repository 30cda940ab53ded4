import { occupancyPct, type SituationOrganization } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatNumber, formatPercent, formatShortDay, formatTime } from '../../../lib/format';

/** Each unit's figures for the day; a unit without a report says so, with its last report's day. */
export function UnitTable({ organization }: { organization: SituationOrganization }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion labelledBy="units-caption">
      <table className="table" data-testid="unit-table">
        <caption id="units-caption" className="table__caption">
          {t('units.caption', { name: organization.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('units.unit')}</th>
            <th scope="col" className="num">
              {t('form.capacity')}
            </th>
            <th scope="col" className="num">
              {t('form.occupied')}
            </th>
            <th scope="col" className="num">
              {t('table.occupancy')}
            </th>
            <th scope="col" className="num">
              {t('form.surgeCapacity')}
            </th>
            <th scope="col">{t('form.staffing')}</th>
            <th scope="col" className="num">
              {t('form.sickLeavePct')}
            </th>
            <th scope="col">{t('units.reported')}</th>
            <th scope="col">{t('form.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {organization.units.map((unit) => {
            const report = unit.report;
            return (
              <tr key={unit.id}>
                <th scope="row">
                  {unit.name}
                  <span className="muted block">{t(`unitKind.${unit.kind}`)}</span>
                </th>
                {report ? (
                  <>
                    <td className="num">{formatNumber(report.capacity)}</td>
                    <td className="num">{formatNumber(report.occupied)}</td>
                    <td className="num">{formatPercent(occupancyPct(report.capacity, report.occupied))}</td>
                    <td className="num">{formatNumber(report.surgeCapacity)}</td>
                    <td>{t(`staffing.${report.staffing}`)}</td>
                    <td className="num">{report.sickLeavePct == null ? '–' : formatPercent(report.sickLeavePct)}</td>
                    <td>{t('units.reportedAt', { time: formatTime(report.updatedAt), user: report.updatedBy })}</td>
                    <td className="comment-cell">{report.comment ?? ''}</td>
                  </>
                ) : (
                  <td colSpan={8} className="muted">
                    {unit.lastReport
                      ? t('units.notReportedSince', { day: formatShortDay(unit.lastReport.date) })
                      : t('units.neverReported')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
