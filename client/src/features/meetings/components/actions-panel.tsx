import { meetingActionSchema, type Meeting } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { ScrollRegion } from '../../../components/scroll-region';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { formatShortDay } from '../../../lib/format';
import { useMeetingCommand } from '../api/meetings-api';
import { RemoveButton, SaveFailed } from './minutes-controls';

const EMPTY = { who: '', what: '', due: '' };
const FIELDS = ['who', 'what', 'due'] as const;

/** Who does what by when. */
export function ActionsPanel({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const { t } = useTranslation();
  const add = useMeetingCommand(meeting.id);
  const remove = useMeetingCommand(meeting.id);
  const [draft, setDraft] = useState(EMPTY);
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const set = (field: keyof typeof EMPTY) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = parse(meetingActionSchema, { who: draft.who, what: draft.what, due: draft.due === '' ? null : draft.due });
    if (parsed === null) return;
    setErrors({});
    add.mutate(
      { type: 'addAction', action: parsed },
      {
        onSuccess: () => setDraft(EMPTY),
        onError: showServerErrors,
      },
    );
  }

  return (
    <section className="section minutes-section" aria-labelledby="actions-title" data-testid="actions">
      <h2 id="actions-title">{t('meetings.actions.title')}</h2>
      {meeting.actions.length === 0 ? (
        <p className="muted">{t('meetings.actions.none')}</p>
      ) : (
        <ScrollRegion labelledBy="actions-caption">
          <table className="table">
            <caption id="actions-caption" className="visually-hidden">
              {t('meetings.actions.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.actions.who')}</th>
                <th scope="col">{t('meetings.actions.what')}</th>
                <th scope="col">{t('meetings.actions.due')}</th>
                {editable ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('meetings.remove')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {meeting.actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.who}</th>
                  <td>{action.what}</td>
                  <td>{action.due ? formatShortDay(action.due) : t('meetings.actions.noDue')}</td>
                  {editable ? (
                    <td>
                      <RemoveButton
                        what={action.what}
                        onRemove={() => remove.mutate({ type: 'removeAction', actionId: action.id })}
                        disabled={remove.isPending}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {editable ? (
        <form className="form-grid form-grid--actions" onSubmit={submit} noValidate aria-label={t('meetings.actions.add')}>
          {FIELDS.map((field) => (
            <TextField
              key={field}
              id={`action-${field}`}
              {...(field === 'due' ? { type: 'date', optional: true } : { required: true })}
              label={t(`meetings.actions.${field}`)}
              value={draft[field]}
              onChange={set(field)}
              error={errors[field]}
            />
          ))}
          <div className="form-grid__submit">
            <button type="submit" className="button button--primary" disabled={add.isPending}>
              {t('meetings.actions.add')}
            </button>
          </div>
          <SaveFailed mutation={add} />
        </form>
      ) : null}
    </section>
  );
}
