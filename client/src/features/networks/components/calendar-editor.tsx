import { calendarEntrySchema, type Network } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CaptionedTable } from '../../../components/captioned-table';
import { TextField } from '../../../components/form-field';
import { formatLongDay } from '../../../lib/format';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useNetworkCommand } from '../api/networks-api';

const EMPTY = { date: '', startTime: '', endTime: '', place: '', link: '' };

/** The coming meetings: date, time, place or link. The calendar feed carries the same. */
export function CalendarEditor({ network, editable }: { network: Network; editable: boolean }) {
  const { t } = useTranslation();
  const command = useNetworkCommand(network.id);
  const [draft, setDraft] = useState(EMPTY);
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const field = (name: keyof typeof EMPTY) => ({
    id: `entry-${name}`,
    label: t(`networks.calendar.${name}`),
    value: draft[name],
    onChange: (value: string) => setDraft({ ...draft, [name]: value }),
    error: errors[name],
  });

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = parse(calendarEntrySchema, { ...draft, endTime: draft.endTime || null });
    if (parsed === null) return;
    setErrors({});
    command.mutate({ type: 'addEntry', entry: parsed }, { onSuccess: () => setDraft(EMPTY), onError: showServerErrors });
  }

  const headers = [t('networks.calendar.date'), t('networks.calendar.time'), t('networks.calendar.place')];
  return (
    <section className="section" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('networks.calendar.title')}</h2>
      {network.calendar.length === 0 ? <p className="muted">{t('networks.noNext')}</p> : null}
      {network.calendar.length > 0 ? (
        <CaptionedTable
          id="calendar"
          caption={t('networks.calendar.caption', { name: network.name })}
          headers={editable ? [...headers, t('meetings.remove')] : headers}
          testId="calendar"
        >
          {network.calendar.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{formatLongDay(entry.date)}</th>
              <td>
                {entry.startTime}
                {entry.endTime ? `–${entry.endTime}` : ''}
              </td>
              <td>
                {entry.place}
                {entry.link ? (
                  <>
                    {entry.place ? ' · ' : ''}
                    <a href={entry.link} target="_blank" rel="noreferrer noopener">
                      {t('networks.calendar.join')}
                    </a>
                  </>
                ) : null}
              </td>
              {editable ? (
                <td>
                  <button
                    type="button"
                    className="button button--link"
                    disabled={command.isPending || entry.meetingId !== null}
                    onClick={() => command.mutate({ type: 'removeEntry', entryId: entry.id })}
                  >
                    {t('networks.calendar.cancel')}
                    <span className="visually-hidden">: {formatLongDay(entry.date)}</span>
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </CaptionedTable>
      ) : null}
      {editable ? (
        <form className="form-grid" onSubmit={submit} noValidate aria-label={t('networks.calendar.add')}>
          <TextField {...field('date')} type="date" required />
          <TextField {...field('startTime')} required hint={t('networks.calendar.timeHint')} />
          <TextField {...field('endTime')} optional />
          <TextField {...field('place')} optional />
          <TextField {...field('link')} optional />
          <div className="form-grid__submit">
            <button type="submit" className="button button--primary" disabled={command.isPending}>
              {t('networks.calendar.add')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
