import { meetingActionSchema, type AgendaItem, type Meeting } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useMeetingCommand } from '../api/meetings-api';
import { ActionStateText, DueText, ownerLabel } from './action-text';
import { RemoveButton, SaveFailed } from './minutes-controls';

const EMPTY = { what: '', owner: '', due: '', untilNextMeeting: true };

/** Actions decided under the item: who (a member or an organisation), what, by when or "till nästa möte". */
export function ItemActions({ meeting, item, editable }: { meeting: Meeting; item: AgendaItem; editable: boolean }) {
  const { t } = useTranslation();
  const add = useMeetingCommand(meeting.id);
  const remove = useMeetingCommand(meeting.id);
  const [draft, setDraft] = useState(EMPTY);
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const actions = meeting.actions.filter((action) => action.agendaItemId === item.id);
  const id = `action-${item.id}`;
  const owners = [
    ...(meeting.network?.members ?? [])
      .filter((m) => m.deputyFor === null)
      .map((m) => ({ value: `member:${m.id}`, label: m.name })),
    ...meeting.snapshot.organizations.map((o) => ({ value: `org:${o.code}`, label: o.name })),
  ];

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const [kind, value] = draft.owner.split(':');
    const parsed = parse(meetingActionSchema, {
      what: draft.what,
      agendaItemId: item.id,
      ownerMemberId: kind === 'member' ? value : null,
      ownerOrganizationCode: kind === 'org' ? value : null,
      untilNextMeeting: draft.untilNextMeeting,
      due: draft.untilNextMeeting || draft.due === '' ? null : draft.due,
    });
    if (parsed === null) return;
    setErrors({});
    add.mutate({ type: 'addAction', action: parsed }, { onSuccess: () => setDraft(EMPTY), onError: showServerErrors });
  }

  return (
    <div className="item-actions">
      {actions.length > 0 ? (
        <ul className="item-actions__list">
          {actions.map((action) => (
            <li key={action.id}>
              <strong>{ownerLabel(meeting, action)}:</strong> {action.what} · <DueText action={action} /> ·{' '}
              <ActionStateText state={action.state} />
              {editable ? (
                <RemoveButton
                  what={action.what}
                  onRemove={() => remove.mutate({ type: 'removeAction', actionId: action.id })}
                  disabled={remove.isPending}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <details className="item-actions__add">
          <summary>{t('agenda.action.add')}</summary>
          <form className="form-grid" onSubmit={submit} noValidate aria-label={t('agenda.action.addFor', { title: item.title })}>
            <SelectField
              id={`${id}-owner`}
              label={t('actions.owner')}
              value={draft.owner}
              onChange={(owner) => setDraft({ ...draft, owner })}
              options={[{ value: '', label: t('agenda.action.chooseOwner') }, ...owners]}
              error={errors.who ?? errors.ownerMemberId ?? errors.ownerOrganizationCode}
            />
            <TextField
              id={`${id}-what`}
              label={t('actions.what')}
              value={draft.what}
              onChange={(what) => setDraft({ ...draft, what })}
              error={errors.what}
              required
            />
            <div className="field">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={draft.untilNextMeeting}
                  onChange={(event) => setDraft({ ...draft, untilNextMeeting: event.target.checked })}
                />
                {t('actions.untilNextMeeting')}
              </label>
            </div>
            {draft.untilNextMeeting ? null : (
              <TextField
                id={`${id}-due`}
                type="date"
                optional
                label={t('actions.due')}
                value={draft.due}
                onChange={(due) => setDraft({ ...draft, due })}
                error={errors.due}
              />
            )}
            <div className="form-grid__submit">
              <button type="submit" className="button button--primary" disabled={add.isPending}>
                {t('meetings.actions.add')}
              </button>
            </div>
            <SaveFailed mutation={add} />
          </form>
        </details>
      ) : null}
    </div>
  );
}
