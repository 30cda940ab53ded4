import { confirmSuggestionSchema, type EscalationSuggestion } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, ErrorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime, formatLongDay, formatNumber } from '../../../lib/format';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useDecideSuggestion, useSuggestions } from '../api/escalation-api';
import { firedText } from '../utils/fired';
import { DeclarationFields, type DeclarationDraft } from './declaration-fields';

const joinNames = (names: string[]) => names.join(', ');
const number = (value: number) => formatNumber(value, Number.isInteger(value) ? 0 : 1);

/** What the triggers saw, one line each ("38 överbeläggningar, fler än 30"). */
function FiredList({ suggestion }: { suggestion: EscalationSuggestion }) {
  const { t } = useTranslation();
  return (
    <ul className="fired-list">
      {suggestion.fired.map((fired) => {
        const text = firedText(fired, number, joinNames);
        return <li key={fired.trigger}>{t(text.key, text.values)}</li>;
      })}
    </ul>
  );
}

/**
 * The triggers' suggestion waiting for the chair, with the figures behind it: confirm (which
 * declares the level, with a reason) or dismiss. Below, every earlier suggestion and what became of it.
 */
export function SuggestionsPanel({ region }: { region: string }) {
  const { t } = useTranslation();
  const suggestions = useSuggestions(region, true);
  // Kept here: the suggestion leaves the list once decided, and what became of it is still said.
  const [status, setStatus] = useState('');
  if (suggestions.isPending) return <Loading label={t('common.loading')} />;
  if (suggestions.isError) return <ErrorMessage>{t('escalation.suggestions.failed')}</ErrorMessage>;
  const open = suggestions.data.find((suggestion) => suggestion.status === 'open') ?? null;
  const earlier = suggestions.data.filter((suggestion) => suggestion.status !== 'open').slice(0, 10);
  return (
    <section className="section" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('escalation.suggestions.title')}</h2>
      <p className="muted">{t('escalation.suggestions.lead')}</p>
      {open ? (
        <OpenSuggestion key={open.id} region={region} suggestion={open} onStatus={setStatus} />
      ) : (
        <p>{t('escalation.suggestions.none')}</p>
      )}
      <p role="status" className="form-status" data-testid="suggestion-status">
        {status}
      </p>
      {earlier.length > 0 ? (
        <details className="escalation-details">
          <summary>{t('escalation.suggestions.earlier', { count: earlier.length })}</summary>
          <ul className="suggestion-history">
            {earlier.map((suggestion) => (
              <li key={suggestion.id}>
                <strong>{t(`escalationLevel.${suggestion.level}`)}</strong> · {formatLongDay(suggestion.date)} ·{' '}
                {t(`suggestionStatus.${suggestion.status}`)}
                {suggestion.decidedBy
                  ? ` (${suggestion.decidedBy}, ${formatDateTime(suggestion.decidedAt ?? suggestion.createdAt)})`
                  : ''}
                {suggestion.note ? ` – ${suggestion.note}` : ''}
                <FiredList suggestion={suggestion} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function OpenSuggestion({
  region,
  suggestion,
  onStatus: setStatus,
}: {
  region: string;
  suggestion: EscalationSuggestion;
  onStatus: (status: string) => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideSuggestion(region);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState<DeclarationDraft>({ level: suggestion.level, reason: '', measures: [], otherMeasures: '' });
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();

  const onError = (error: unknown) => {
    if (isApiError(error, 400)) showServerErrors(error);
    else if (isApiError(error, 409)) setStatus(t('escalation.suggestions.alreadyDecided'));
    else setStatus(t('escalation.form.failed'));
  };

  function confirm(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const body = { reason: draft.reason, measures: draft.measures, otherMeasures: draft.otherMeasures };
    const parsed = parse(confirmSuggestionSchema, body);
    if (!parsed) return;
    setErrors({});
    setStatus('');
    decide.mutate(
      { id: suggestion.id, confirm: parsed },
      {
        onSuccess: () => setStatus(t('escalation.suggestions.confirmed', { level: t(`escalationLevel.${suggestion.level}`) })),
        onError,
      },
    );
  }

  return (
    <div className="suggestion" data-testid="open-suggestion">
      <p className="suggestion__title">
        {t('escalation.suggestions.suggests', {
          level: t(`escalationLevel.${suggestion.level}`),
          day: formatLongDay(suggestion.date),
        })}
      </p>
      <FiredList suggestion={suggestion} />
      {confirming ? (
        <form className="declare-form" onSubmit={confirm} noValidate aria-label={t('escalation.suggestions.confirmTitle')}>
          <DeclarationFields idPrefix="confirm" draft={draft} onChange={setDraft} errors={errors} fixedLevel />
          <div className="form-actions">
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('escalation.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={decide.isPending}>
              {t('escalation.suggestions.declare', { level: t(`escalationLevel.${suggestion.level}`) })}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
            {t('escalation.suggestions.confirm')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={decide.isPending}
            onClick={() =>
              decide.mutate(
                { id: suggestion.id, dismiss: { note: null } },
                { onSuccess: () => setStatus(t('escalation.suggestions.dismissed')), onError },
              )
            }
          >
            {t('escalation.suggestions.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
