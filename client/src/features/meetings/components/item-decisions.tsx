import { DECISION_FIGURES, meetingDecisionSchema, type AgendaItem, type Meeting } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useMeetingCommand } from '../api/meetings-api';
import { RemoveButton, SaveFailed } from './minutes-controls';

const EMPTY = { text: '', organizationCode: '', figure: '' };

/** The item's decisions in the network's words ("LSVO beslutar att …"), and the chair's form for one more. */
export function ItemDecisions({ meeting, item, editable }: { meeting: Meeting; item: AgendaItem; editable: boolean }) {
  const { t } = useTranslation();
  const add = useMeetingCommand(meeting.id);
  const remove = useMeetingCommand(meeting.id);
  const [draft, setDraft] = useState(EMPTY);
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const decisions = meeting.decisions.filter((decision) => decision.agendaItemId === item.id);
  const phrase = meeting.network?.decisionPhrase ?? '';
  const id = `decision-${item.id}`;
  const alreadyProposed = item.proposal !== null && decisions.some((decision) => decision.text === item.proposal);

  function record(text: string, extra: { organizationCode: string | null; figure: string | null }, reset: boolean): void {
    const parsed = parse(meetingDecisionSchema, { text, agendaItemId: item.id, ...extra });
    if (parsed === null) return;
    setErrors({});
    add.mutate(
      {
        type: 'addDecision',
        text: parsed.text,
        extra: { agendaItemId: item.id, organizationCode: parsed.organizationCode, figure: parsed.figure },
      },
      { onSuccess: () => (reset ? setDraft(EMPTY) : undefined), onError: showServerErrors },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    record(draft.text, { organizationCode: draft.organizationCode || null, figure: draft.figure || null }, true);
  }

  return (
    <div className="item-decisions" data-testid={`decisions-${item.id}`}>
      {item.proposal ? (
        <p className="item-decisions__proposal">
          <strong>{t('agenda.proposal')}</strong> {item.proposal}
          {editable && !alreadyProposed ? (
            <>
              {' '}
              <button
                type="button"
                className="button button--primary"
                disabled={add.isPending}
                onClick={() => record(item.proposal ?? '', { organizationCode: null, figure: null }, false)}
              >
                {t('agenda.decideAsProposed')}
                <span className="visually-hidden">: {item.title}</span>
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {decisions.length > 0 ? (
        <>
          <p className="minutes-lead">{phrase}</p>
          <ul className="decision-list">
            {decisions.map((decision) => (
              <li key={decision.id}>
                <span>
                  {decision.text}
                  {decision.figure ? <span className="muted"> ({decision.figure.text})</span> : null}
                </span>
                {editable ? (
                  <RemoveButton
                    what={decision.text}
                    onRemove={() => remove.mutate({ type: 'removeDecision', decisionId: decision.id })}
                    disabled={remove.isPending}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {editable ? (
        <details className="item-decisions__add">
          <summary>{t('agenda.decision.add')}</summary>
          <form
            className="form-grid"
            onSubmit={submit}
            noValidate
            aria-label={t('agenda.decision.addFor', { title: item.title })}
          >
            <TextField
              id={`${id}-text`}
              label={t('agenda.decision.text', { phrase })}
              hint={t('meetings.decisions.hint')}
              value={draft.text}
              onChange={(text) => setDraft({ ...draft, text })}
              error={errors.text}
              required
            />
            <SelectField
              id={`${id}-organization`}
              label={t('agenda.decision.organization')}
              optional
              value={draft.organizationCode}
              onChange={(organizationCode) => setDraft({ ...draft, organizationCode })}
              options={[
                { value: '', label: t('agenda.decision.none') },
                ...meeting.snapshot.organizations.map((o) => ({ value: o.code, label: o.name })),
              ]}
              error={errors.organizationCode}
            />
            <SelectField
              id={`${id}-figure`}
              label={t('agenda.decision.figure')}
              optional
              value={draft.figure}
              onChange={(figure) => setDraft({ ...draft, figure })}
              options={[
                { value: '', label: t('agenda.decision.none') },
                ...DECISION_FIGURES.map((kind) => ({ value: kind, label: t(`decisionFigure.${kind}`) })),
              ]}
              error={errors.figure}
            />
            <div className="form-grid__submit">
              <button type="submit" className="button button--primary" disabled={add.isPending}>
                {t('meetings.decisions.add')}
              </button>
            </div>
            <SaveFailed mutation={add} />
          </form>
        </details>
      ) : null}
    </div>
  );
}
