import type { Meeting } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLongDay, formatNumber, formatShortDay, formatWeek } from '../../../lib/format';
import { SnapshotTable } from './snapshot-table';

/** The minutes as a document: what a printer or "save as PDF" makes of the meeting. */
export function MinutesDocument({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { snapshot } = meeting;
  const nameOf = (code: string) => snapshot.organizations.find((org) => org.code === code)?.name ?? code;
  const totals = snapshot.totals.reported;
  const notes = meeting.participants.flatMap((code) => {
    const note = meeting.notes.find((entry) => entry.organizationCode === code);
    return note?.text.trim() ? [{ code, text: note.text.trim() }] : [];
  });

  return (
    <article className="minutes-doc" data-testid="minutes-document">
      <header className="minutes-doc__header">
        <p className="minutes-doc__region">{snapshot.regionName}</p>
        <h1>{meeting.title}</h1>
        <p>
          {formatLongDay(meeting.date)} · {formatWeek(meeting.date)} ·{' '}
          {meeting.status === 'open' ? t('meetings.status.open') : t('meetings.status.closed')}
        </p>
        <p>{t('meetings.frozenAt', { time: formatDateTime(meeting.snapshotAt) })}</p>
        <p>{t('meetings.print.participants', { names: meeting.participants.map(nameOf).join(', ') })}</p>
      </header>

      <section aria-labelledby="print-figures">
        <h2 id="print-figures">{t('meetings.print.figures')}</h2>
        <SnapshotTable meeting={meeting} />
        <p>
          {t('meetings.print.totals', {
            capacity: formatNumber(totals.municipal.capacity),
            occupied: formatNumber(totals.municipal.occupied),
            free: formatNumber(totals.municipal.free),
            beds: formatNumber(totals.hospital.capacity),
            bedsOccupied: formatNumber(totals.hospital.occupied),
            overcrowding: formatNumber(totals.hospital.overcrowding),
            ready: formatNumber(totals.readyForDischarge),
          })}
        </p>
      </section>

      <section aria-labelledby="print-notes">
        <h2 id="print-notes">{t('meetings.notes.title')}</h2>
        {notes.length === 0 ? <p>{t('meetings.notes.noneAtAll')}</p> : null}
        <dl className="minutes-doc__notes">
          {notes.map((note) => (
            <div key={note.code}>
              <dt>{nameOf(note.code)}</dt>
              <dd>{note.text}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="print-decisions">
        <h2 id="print-decisions">{t('meetings.decisions.title')}</h2>
        {meeting.decisions.length === 0 ? (
          <p>{t('meetings.decisions.none')}</p>
        ) : (
          <>
            <p>{t('meetings.decisions.lead', { region: snapshot.regionName })}</p>
            <ul>
              {meeting.decisions.map((decision) => (
                <li key={decision.id}>{decision.text}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="print-actions">
        <h2 id="print-actions">{t('meetings.actions.title')}</h2>
        {meeting.actions.length === 0 ? (
          <p>{t('meetings.actions.none')}</p>
        ) : (
          <table className="table print-table">
            <thead>
              <tr>
                <th scope="col">{t('meetings.actions.who')}</th>
                <th scope="col">{t('meetings.actions.what')}</th>
                <th scope="col">{t('meetings.actions.due')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.actions.map((action) => (
                <tr key={action.id}>
                  <td>{action.who}</td>
                  <td>{action.what}</td>
                  <td>{action.due ? formatShortDay(action.due) : t('meetings.actions.noDue')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {meeting.closedAt ? (
        <p className="minutes-doc__closed">{t('meetings.closedAt', { time: formatDateTime(meeting.closedAt) })}</p>
      ) : null}
    </article>
  );
}
