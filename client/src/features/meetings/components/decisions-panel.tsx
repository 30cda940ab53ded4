import { meetingDecisionSchema, type Meeting } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessage } from '../../../components/field-message';
import { isApiError } from '../../../lib/api-client';
import { fieldErrorsFromIssues, fieldErrorsFromServer } from '../../../lib/field-errors';
import { useMeetingCommand } from '../api/meetings-api';
import { RemoveButton, SaveFailed } from './minutes-controls';

/** Decisions as minuted: "… beslutar" and then each one in the "att …" form. */
export function DecisionsPanel({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const { t } = useTranslation();
  const add = useMeetingCommand(meeting.id);
  const remove = useMeetingCommand(meeting.id);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = meetingDecisionSchema.safeParse({ text });
    if (!parsed.success) {
      setError(fieldErrorsFromIssues(parsed.error.issues).text ?? 'validation.required');
      return;
    }
    setError(null);
    add.mutate(
      { type: 'addDecision', text: parsed.data.text },
      {
        onSuccess: () => setText(''),
        onError: (failure) =>
          setError(isApiError(failure, 400) ? (fieldErrorsFromServer(failure.body).text ?? 'validation.invalid') : null),
      },
    );
  }

  return (
    <section className="section minutes-section" aria-labelledby="decisions-title" data-testid="decisions">
      <h2 id="decisions-title">{t('meetings.decisions.title')}</h2>
      {meeting.decisions.length === 0 ? (
        <p className="muted">{t('meetings.decisions.none')}</p>
      ) : (
        <>
          <p className="minutes-lead">{t('meetings.decisions.lead', { region: meeting.snapshot.regionName })}</p>
          <ul className="decision-list">
            {meeting.decisions.map((decision) => (
              <li key={decision.id}>
                <span>{decision.text}</span>
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
      )}
      {editable ? (
        <form className="inline-form" onSubmit={submit} noValidate>
          <div className={error ? 'field field--invalid' : 'field'}>
            <label htmlFor="decision-text">{t('meetings.decisions.label')}</label>
            <p id="decision-text-hint" className="field__hint">
              {t('meetings.decisions.hint')}
            </p>
            <div className="prefixed">
              <span className="prefixed__prefix" aria-hidden="true">
                {t('meetings.decisions.prefix')}
              </span>
              <input
                id="decision-text"
                value={text}
                autoComplete="off"
                onChange={(event) => setText(event.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'decision-text-hint decision-text-error' : 'decision-text-hint'}
              />
            </div>
            {error ? (
              <p id="decision-text-error" className="field__error">
                <FieldMessage message={error} />
              </p>
            ) : null}
          </div>
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {t('meetings.decisions.add')}
          </button>
          <SaveFailed mutation={add} />
        </form>
      ) : null}
    </section>
  );
}
