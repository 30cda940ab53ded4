import { overdueAt, situationDeadlines, type Situation } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../lib/format';
import { useNow } from '../../../lib/use-now';
import { useReminderLog } from '../api/escalation-api';

/**
 * Who has not reported for the region's latest deadline today (partly reported organisations too),
 * by the server's rule run on the live situation, so the list turns at the deadline itself and
 * shrinks as reports arrive. With `showLog`, the reminders and digests sent today and how each went.
 */
export function OverduePanel({ situation, showLog }: { situation: Situation; showLog: boolean }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const deadlines = situationDeadlines(situation);
  const { deadline, organizations } = overdueAt(situation, deadlines, now);
  return (
    <section className="section" aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('escalation.overdue.title')}</h2>
      <p className="muted">{t('escalation.overdue.deadlines', { times: deadlines.join(` ${t('escalation.and')} `) })}</p>
      {deadline === null ? (
        <p>{t('escalation.overdue.notYet', { time: deadlines[0] ?? '' })}</p>
      ) : organizations.length === 0 ? (
        <p>{t('escalation.overdue.none', { time: deadline })}</p>
      ) : (
        <>
          <p>{t('escalation.overdue.after', { time: deadline, count: organizations.length })}</p>
          <ul className="overdue-list" data-testid="overdue-list">
            {organizations.map((organization) => (
              <li key={organization.code}>
                <strong>{organization.name}</strong>
                {organization.partly
                  ? ` – ${t('escalation.overdue.partly', { missing: organization.missing.length, units: organization.units })}`
                  : ` – ${t('escalation.overdue.nothing')}`}
                <span className="muted"> ({organization.missing.map((unit) => unit.name).join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {showLog ? <ReminderLog region={situation.region} date={situation.date} /> : null}
    </section>
  );
}

function ReminderLog({ region, date }: { region: string; date: string }) {
  const { t } = useTranslation();
  const log = useReminderLog(region, date, true);
  if (!log.data || log.data.length === 0) return null;
  return (
    <details className="escalation-details">
      <summary>{t('escalation.reminders.title', { count: log.data.length })}</summary>
      <ul className="reminder-log">
        {log.data.map((entry) => (
          <li key={`${entry.kind}/${entry.deadline}/${entry.round}/${entry.username}`}>
            {formatTime(entry.createdAt)} · {t(`escalation.reminders.kind.${entry.kind}`)} {entry.deadline} · {entry.username} ·{' '}
            {t(`escalation.reminders.mail.${entry.mail}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
