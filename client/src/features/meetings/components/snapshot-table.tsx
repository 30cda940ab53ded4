import type { Meeting } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { figuresFor, type FigureId } from '../utils/organization-figures';
import { useFigureText } from './figure-text';

const COLUMNS: readonly FigureId[] = [
  'occupied',
  'occupancyPct',
  'free',
  'overcrowding',
  'staffing',
  'sickLeavePct',
  'readyForDischarge',
];

/** The frozen figures of every participant, as the minutes keep them. */
export function SnapshotTable({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const text = useFigureText();
  return (
    <table className="table print-table" data-testid="snapshot-table">
      <caption className="table__caption">{t('meetings.print.snapshotCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('meetings.print.organization')}</th>
          {COLUMNS.map((id) => (
            <th key={id} scope="col" className={id === 'staffing' ? undefined : 'num'}>
              {t(`meetings.column.${id}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {meeting.participants.map((code) => {
          const figures = figuresFor(meeting.snapshot, code);
          if (!figures) return null;
          const silent = figures.reportedUnits === 0;
          return (
            <tr key={code}>
              <th scope="row">
                {figures.name}
                {figures.kind === 'region' ? <span className="block muted">{t('meetings.print.hospitalBeds')}</span> : null}
              </th>
              {silent ? (
                <td colSpan={COLUMNS.length - 1}>{t('pressure.not-reported')}</td>
              ) : (
                COLUMNS.slice(0, -1).map((id) => (
                  <td key={id} className={id === 'staffing' ? undefined : 'num'}>
                    {id === 'occupied'
                      ? t('meetings.outOf', {
                          value: text.value(id, figures.values.occupied),
                          of: text.value('capacity', figures.values.capacity),
                        })
                      : text.value(id, figures.values[id])}
                  </td>
                ))
              )}
              <td className="num">{text.value('readyForDischarge', figures.values.readyForDischarge)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
