import { occupancyPct, type PlaceLoan, type SituationOrganization } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatNumber, formatPercent, formatShortDay, formatTime } from '../../../lib/format';

/**
 * Each unit's figures for the day; a unit without a report says so, with its last report's day.
 * A unit that lends places says to whom ("4 platser utlånade till Avesta").
 */
export function UnitTable({
  organization,
  loans = [],
  nameOf = (code) => code,
}: {
  organization: SituationOrganization;
  loans?: readonly PlaceLoan[];
  nameOf?: (code: string) => string;
}) {
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
                  {loans
                    .filter((loan) => loan.unitId === unit.id)
                    .map((loan) => (
                      <span key={loan.offerId} className="muted block" data-testid="unit-loan">
                        {t(loan.status === 'accepted' ? 'loans.unitPromised' : 'loans.unitLent', {
                          count: loan.places,
                          name: nameOf(loan.borrowerCode),
                        })}
                      </span>
                    ))}
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
