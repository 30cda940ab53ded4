import type { AgendaItem, Meeting } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLongDay } from '../../../lib/format';
import { itemLabel } from '../utils/agenda';
import { ActionStateText, DueText, ownerLabel } from './action-text';
import { SnapshotTable } from './snapshot-table';

function ItemBody({ meeting, item }: { meeting: Meeting; item: AgendaItem }) {
  const { t } = useTranslation();
  const nameOf = (code: string) => meeting.snapshot.organizations.find((org) => org.code === code)?.name ?? code;
  if (item.content === 'situation') {
    const notes = meeting.participants.flatMap((code) => {
      const note = meeting.notes.find((entry) => entry.organizationCode === code);
      return note?.text.trim() ? [{ code, text: note.text.trim() }] : [];
    });
    return (
      <>
        <p>{t('meetings.frozenAt', { time: formatDateTime(meeting.snapshotAt) })}</p>
        <SnapshotTable meeting={meeting} />
        <dl className="minutes-doc__notes">
          {notes.map((note) => (
            <div key={note.code}>
              <dt>{nameOf(note.code)}</dt>
              <dd>{note.text}</dd>
            </div>
          ))}
        </dl>
      </>
    );
  }
  if (item.content === 'previous_minutes' && meeting.previousMeeting)
    return (
      <p>
        {t('agenda.previous.lead', { title: meeting.previousMeeting.title, date: formatLongDay(meeting.previousMeeting.date) })}
      </p>
    );
  if (item.content === 'follow_up')
    return meeting.followUp.length === 0 ? (
      <p>{t('agenda.followUp.none')}</p>
    ) : (
      <ul>
        {meeting.followUp.map((action) => (
          <li key={action.id}>
            {ownerLabel(meeting, action)}: {action.what} · <DueText action={action} /> · <ActionStateText state={action.state} />
          </li>
        ))}
      </ul>
    );
  return null;
}

/** A network's minutes on paper, in its form: header, attendance (absent struck through), numbered items. */
export function NetworkMinutesDocument({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const network = meeting.network;
  if (!network) return null;
  const member = (id: string | null) => network.members.find((m) => m.id === id);
  const orgName = (code: string | null) => meeting.snapshot.organizations.find((org) => org.code === code)?.name ?? code;
  const recipients = [...network.members.filter((m) => m.email).map((m) => m.name), ...network.extraRecipients];
  return (
    <article className="minutes-doc" data-testid="minutes-document">
      <header className="minutes-doc__header">
        <p className="minutes-doc__region">
          {network.name} · {meeting.snapshot.regionName}
        </p>
        <h1>{meeting.title}</h1>
        <p>
          {formatLongDay(meeting.date)}
          {meeting.startTime ? `, ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}` : ''}
          {meeting.place ? ` · ${meeting.place}` : ''}
        </p>
      </header>
      <section aria-labelledby="print-attendance">
        <h2 id="print-attendance">{t('attendance.title')}</h2>
        <ul>
          {meeting.attendance.members.map((entry) => {
            const person = member(entry.memberId);
            const text = [person?.name, orgName(person?.organizationCode ?? null), person?.role].filter(Boolean).join(', ');
            return (
              <li key={entry.memberId}>
                {entry.status === 'absent' ? <s>{text}</s> : text}
                {entry.substituteId ? ` (${t('attendance.standsIn', { name: member(entry.substituteId)?.name ?? '' })})` : ''}
              </li>
            );
          })}
        </ul>
        <p>{t('attendance.struck')}</p>
        {meeting.attendance.guests.length > 0 ? (
          <p>
            {t('attendance.guests')}:{' '}
            {meeting.attendance.guests.map((g) => [g.name, g.organization].filter(Boolean).join(', ')).join('; ')}
          </p>
        ) : null}
      </section>
      {meeting.agenda.map((item) => {
        const decisions = meeting.decisions.filter((decision) => decision.agendaItemId === item.id);
        return (
          <section key={item.id} aria-labelledby={`print-item-${item.id}`}>
            <h2 id={`print-item-${item.id}`}>
              {itemLabel(meeting, item)} {item.title}
            </h2>
            <p>
              <strong>{t(`agendaItemType.${item.type}`)}</strong>
              {item.presenter ? ` · ${t('agenda.presenter', { name: item.presenter })}` : ''}
            </p>
            {item.text ? <p className="minutes-doc__text">{item.text}</p> : null}
            <ItemBody meeting={meeting} item={item} />
            {item.proposal ? (
              <p>
                <strong>{t('agenda.proposal')}</strong> {item.proposal}
              </p>
            ) : null}
            {decisions.length > 0 ? (
              <>
                <p>{network.decisionPhrase}</p>
                <ul>
                  {decisions.map((decision) => (
                    <li key={decision.id}>
                      {decision.text}
                      {decision.figure ? ` (${decision.figure.text})` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}
      <section aria-labelledby="print-actions">
        <h2 id="print-actions">{t('meetings.actions.title')}</h2>
        {meeting.actions.length === 0 ? <p>{t('meetings.actions.none')}</p> : null}
        <ul>
          {meeting.actions.map((action) => (
            <li key={action.id}>
              {ownerLabel(meeting, action)}: {action.what} · <DueText action={action} /> ·{' '}
              <ActionStateText state={action.state} />
            </li>
          ))}
        </ul>
      </section>
      <p>
        <strong>{t('minutesSend.distribution')}</strong>{' '}
        {recipients.length > 0 ? recipients.join(', ') : t('minutesSend.members')}.
      </p>
      {meeting.closedAt ? (
        <p className="minutes-doc__closed">{t('meetings.closedAt', { time: formatDateTime(meeting.closedAt) })}</p>
      ) : null}
    </article>
  );
}
