import { occupancyPct, type SituationOrganization } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../lib/format';

/** Heading key and whether the column holds numbers. */
const COLUMNS = [
  ['units.unit', false],
  ['meetings.figure.occupied', true],
  ['meetings.figure.occupancyPct', true],
  ['meetings.figure.staffing', false],
] as const;

/** Unit by unit, for organisations with more than one (Borlänge's two homes, the region's wards). */
export function UnitFigures({ organization }: { organization: SituationOrganization }) {
  const { t } = useTranslation();
  return (
    <table className="stage-table stage-table--units" data-testid="unit-figures">
      <caption className="stage-table__caption">{t('meetings.unitsCaption', { name: organization.name })}</caption>
      <thead>
        <tr>
          {COLUMNS.map(([key, numeric]) => (
            <th key={key} scope="col" className={numeric ? 'num' : undefined}>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {organization.units.map((unit) => (
          <tr key={unit.id}>
            <th scope="row">{unit.name}</th>
            {unit.report ? (
              <>
                <td className="num">
                  {t('meetings.outOf', { value: formatNumber(unit.report.occupied), of: formatNumber(unit.report.capacity) })}
                </td>
                <td className="num">{formatPercent(occupancyPct(unit.report.capacity, unit.report.occupied))}</td>
                <td>{t(`staffing.${unit.report.staffing}`)}</td>
              </>
            ) : (
              <td colSpan={3}>{t('pressure.not-reported')}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
