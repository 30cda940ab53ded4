import {
  AGENDA_ITEM_TYPES,
  CHOOSABLE_AGENDA_CONTENTS,
  agendaItemSchema,
  type AgendaItem,
  type AgendaItemInput,
  type Meeting,
} from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { DialogForm } from '../../../components/dialog-form';
import { SelectField, TextAreaField, TextField } from '../../../components/form-field';
import type { FieldErrors } from '../../../lib/field-errors';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useMeetingCommand } from '../api/meetings-api';
import { linksText, parseLinks } from '../utils/agenda';
import { SaveFailed } from './minutes-controls';

interface Draft {
  type: string;
  content: AgendaItem['content'];
  title: string;
  presenter: string;
  proposal: string;
  text: string;
  links: string;
}

const EMPTY: Draft = { type: 'information', content: 'text', title: '', presenter: '', proposal: '', text: '', links: '' };

function draftOf(item: AgendaItem): Draft {
  return {
    type: item.type,
    content: item.content,
    title: item.title,
    presenter: item.presenter ?? '',
    proposal: item.proposal ?? '',
    text: item.text ?? '',
    links: linksText(item.links),
  };
}

function inputOf(draft: Draft): AgendaItemInput {
  return {
    type: draft.type as AgendaItemInput['type'],
    content: draft.content,
    title: draft.title,
    presenter: draft.presenter,
    proposal: draft.proposal,
    text: draft.text,
    links: parseLinks(draft.links),
  };
}

/** A link's error is named by its line ("links.1.url"); the field shows the first. */
function linkError(errors: FieldErrors): string | undefined {
  const key = Object.keys(errors).find((field) => field.startsWith('links'));
  return key ? errors[key] : undefined;
}

function ItemFields({ id, draft, set, errors }: { id: string; draft: Draft; set: (d: Draft) => void; errors: FieldErrors }) {
  const { t } = useTranslation();
  const field = (name: Exclude<keyof Draft, 'content'>) => ({
    id: `${id}-${name}`,
    label: t(`agenda.form.${name}`),
    value: draft[name],
    onChange: (value: string) => set({ ...draft, [name]: value }),
    error: errors[name],
  });
  return (
    <>
      <SelectField
        {...field('type')}
        options={AGENDA_ITEM_TYPES.map((type) => ({ value: type, label: t(`agendaItemType.${type}`) }))}
      />
      {(CHOOSABLE_AGENDA_CONTENTS as readonly string[]).includes(draft.content) ? (
        <SelectField
          id={`${id}-content`}
          label={t('agenda.form.content')}
          value={draft.content}
          onChange={(value) => set({ ...draft, content: value as Draft['content'] })}
          error={errors.content}
          options={CHOOSABLE_AGENDA_CONTENTS.map((content) => ({ value: content, label: t(`agenda.content.${content}`) }))}
        />
      ) : null}
      <TextField {...field('title')} required />
      <TextField {...field('presenter')} optional />
      <TextAreaField {...field('proposal')} optional hint={t('agenda.form.proposalHint')} rows={2} />
      <TextAreaField {...field('text')} optional rows={3} />
      <TextAreaField {...field('links')} optional hint={t('agenda.form.linksHint')} rows={2} error={linkError(errors)} />
    </>
  );
}

/** A new item at the end of the agenda. */
export function AddAgendaItem({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const add = useMeetingCommand(meeting.id);
  const [draft, setDraft] = useState(EMPTY);
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = parse(agendaItemSchema, inputOf(draft));
    if (parsed === null) return;
    setErrors({});
    add.mutate({ type: 'addItem', item: parsed }, { onSuccess: () => setDraft(EMPTY), onError: showServerErrors });
  }

  return (
    <details className="agenda__add">
      <summary>{t('agenda.add')}</summary>
      <form className="form-grid" onSubmit={submit} noValidate aria-label={t('agenda.add')}>
        <ItemFields id="new-item" draft={draft} set={setDraft} errors={errors} />
        <div className="form-grid__submit">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {t('agenda.addSubmit')}
          </button>
        </div>
        <SaveFailed mutation={add} />
      </form>
    </details>
  );
}

/** Changes to an item, in a dialog. */
export function EditAgendaItem({ meeting, item, onDone }: { meeting: Meeting; item: AgendaItem; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useMeetingCommand(meeting.id);
  const [draft, setDraft] = useState(() => draftOf(item));
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();

  function submit(): void {
    const parsed = parse(agendaItemSchema, inputOf(draft));
    if (parsed === null) return;
    setErrors({});
    update.mutate({ type: 'updateItem', itemId: item.id, item: parsed }, { onSuccess: onDone, onError: showServerErrors });
  }

  return (
    <Dialog open title={t('agenda.editTitle', { title: item.title })} onClose={onDone}>
      <DialogForm
        onSubmit={submit}
        onCancel={onDone}
        cancelLabel={t('agenda.cancel')}
        submitLabel={t('agenda.save')}
        busy={update.isPending}
        failure={update.isError && Object.keys(errors).length === 0 ? t('meetings.saveFailed') : null}
      >
        <ItemFields id={`edit-${item.id}`} draft={draft} set={setDraft} errors={errors} />
      </DialogForm>
    </Dialog>
  );
}
