import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';

/** "Ta bort" beside a decision or an action, naming what it removes for a screen reader. */
export function RemoveButton({ what, onRemove, disabled }: { what: string; onRemove: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--link" onClick={onRemove} disabled={disabled}>
      {t('meetings.remove')}
      <span className="visually-hidden">: {what}</span>
    </button>
  );
}

/** A save that failed for another reason than bad input (which the fields themselves show). */
export function SaveFailed({ mutation }: { mutation: { isError: boolean; error: unknown } }) {
  const { t } = useTranslation();
  if (!mutation.isError || isApiError(mutation.error, 400)) return null;
  return (
    <p className="form-error" role="alert">
      {t('meetings.saveFailed')}
    </p>
  );
}
