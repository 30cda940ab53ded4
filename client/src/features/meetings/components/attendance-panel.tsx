import type { AttendanceEntry, Guest, Meeting } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/form-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useMeetingCommand } from '../api/meetings-api';
import { SaveFailed } from './minutes-controls';

const guestLines = (guests: readonly Guest[]) =>
  guests.map((g) => [g.name, g.organization, g.role].filter(Boolean).join(', ')).join('\n');

function parseGuests(text: string): Guest[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(',').map((part) => part.trim()))
    .filter(([name]) => name)
    .map(([name = '', organization = null, ...role]) => ({
      name,
      organization: organization || null,
      role: role.join(', ') || null,
    }));
}

/** Who is there: each member present or absent, a deputy standing in, and guests. */
export function AttendancePanel({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const { t } = useTranslation();
  const save = useMeetingCommand(meeting.id);
  const members = meeting.network?.members ?? [];
  const [entries, setEntries] = useState<AttendanceEntry[]>(meeting.attendance.members);
  const [guests, setGuests] = useState(() => guestLines(meeting.attendance.guests));
  const { errors, setErrors, showServerErrors } = useFieldErrors();
  const nameOf = (id: string | null) => members.find((m) => m.id === id)?.name ?? '';
  const orgOf = (code: string | null) => meeting.snapshot.organizations.find((o) => o.code === code)?.name ?? code ?? '';
  const present = meeting.attendance.members.filter((entry) => entry.status === 'present').length;
  const setEntry = (index: number, change: Partial<AttendanceEntry>) =>
    setEntries((current) => current.map((entry, at) => (at === index ? { ...entry, ...change } : entry)));

  function submit(): void {
    setErrors({});
    save.mutate(
      { type: 'attendance', attendance: { members: entries, guests: parseGuests(guests) } },
      { onError: showServerErrors },
    );
  }

  return (
    <section className="section attendance" aria-labelledby="attendance-title" data-testid="attendance">
      <h2 id="attendance-title">{t('attendance.title')}</h2>
      <p className="muted">{t('attendance.summary', { present, count: meeting.attendance.members.length })}</p>
      <ul className="attendance__list">
        {(editable ? entries : meeting.attendance.members).map((entry, index) => {
          const member = members.find((m) => m.id === entry.memberId);
          const deputies = members.filter((m) => m.deputyFor === entry.memberId);
          const label = `${nameOf(entry.memberId)}${member?.organizationCode ? `, ${orgOf(member.organizationCode)}` : ''}`;
          const error = errors[`members.${index}.substituteId`] ?? errors[`members.${index}.memberId`];
          return (
            <li
              key={entry.memberId}
              className={entry.status === 'absent' ? 'attendance__member attendance__member--absent' : 'attendance__member'}
            >
              {editable ? (
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={entry.status === 'present'}
                    onChange={(event) =>
                      setEntry(index, { status: event.target.checked ? 'present' : 'absent', substituteId: null })
                    }
                  />
                  {label}
                </label>
              ) : (
                <span>
                  {entry.status === 'absent' ? <s>{label}</s> : label} ({t(`attendanceStatus.${entry.status}`)})
                </span>
              )}
              {editable && entry.status === 'absent' && deputies.length > 0 ? (
                <span className="attendance__substitute">
                  <label htmlFor={`substitute-${entry.memberId}`}>{t('attendance.substitute')}</label>{' '}
                  <select
                    id={`substitute-${entry.memberId}`}
                    value={entry.substituteId ?? ''}
                    onChange={(event) => setEntry(index, { substituteId: event.target.value || null })}
                  >
                    <option value="">{t('attendance.noSubstitute')}</option>
                    {deputies.map((deputy) => (
                      <option key={deputy.id} value={deputy.id}>
                        {deputy.name}
                      </option>
                    ))}
                  </select>
                </span>
              ) : null}
              {!editable && entry.substituteId ? (
                <span> · {t('attendance.standsIn', { name: nameOf(entry.substituteId) })}</span>
              ) : null}
              {error ? (
                <span className="field__error" role="alert">
                  {t(error)}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {editable ? (
        <>
          <TextAreaField
            id="attendance-guests"
            label={t('attendance.guests')}
            hint={t('attendance.guestsHint')}
            optional
            value={guests}
            onChange={setGuests}
            rows={2}
            error={errors.guests}
          />
          <button type="button" className="button button--primary" onClick={submit} disabled={save.isPending}>
            {t('attendance.save')}
          </button>
          <span role="status" className="muted">
            {save.isSuccess ? ` ${t('attendance.saved')}` : ''}
          </span>
          <SaveFailed mutation={save} />
        </>
      ) : meeting.attendance.guests.length > 0 ? (
        <p>
          {t('attendance.guests')}: {guestLines(meeting.attendance.guests).replaceAll('\n', '; ')}
        </p>
      ) : null}
    </section>
  );
}
