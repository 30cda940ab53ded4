import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../../components/dialog-form';
import { isApiError } from '../../../lib/api-client';

interface MutationState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * What a failed save says besides its fields: nothing when the server named the fields (400, or a
 * taken name, 409), else that it could not be saved.
 */
export function useSaveFailure(mutation: MutationState): string | null {
  const { t } = useTranslation();
  const namedFields = isApiError(mutation.error, 400) || isApiError(mutation.error, 409);
  return mutation.isError && !namedFields ? t('admin.saveFailed') : null;
}

/** One of the admin's "new …" forms: a titled card of fields with its button and an announced status. */
export function AdminFormCard({
  titleId,
  title,
  submitLabel,
  mutation,
  status,
  onSubmit,
  children,
}: {
  titleId: string;
  title: string;
  submitLabel: string;
  mutation: MutationState;
  status: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const failure = useSaveFailure(mutation);
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className="form-card" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <div className="form-grid">{children}</div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {submitLabel}
        </button>
        <p role="status" className="form-status">
          {failure ?? status}
        </p>
      </div>
    </form>
  );
}

/** The body of an admin dialog that saves one change: cancel, save, and a failure no field shows. */
export function AdminDialogForm({
  mutation,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  mutation: MutationState;
  submitLabel?: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <DialogForm
      onSubmit={onSubmit}
      onCancel={onCancel}
      cancelLabel={t('admin.cancel')}
      submitLabel={submitLabel ?? t('admin.save')}
      busy={mutation.isPending}
      failure={useSaveFailure(mutation)}
    >
      {children}
    </DialogForm>
  );
}
