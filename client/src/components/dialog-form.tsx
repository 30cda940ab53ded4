import type { FormEvent, ReactNode } from 'react';

/**
 * The body of a dialog that is one form: its fields, a failure no field can show (announced), then
 * cancel before submit. Goes inside a `Dialog`, which owns the title and the focus.
 */
export function DialogForm({
  onSubmit,
  onCancel,
  cancelLabel,
  submitLabel,
  busy = false,
  failure = null,
  children,
}: {
  onSubmit: () => void;
  onCancel: () => void;
  cancelLabel: string;
  submitLabel: string;
  busy?: boolean;
  failure?: string | null;
  children: ReactNode;
}) {
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form onSubmit={submit} noValidate className="dialog__form">
      {children}
      {failure ? (
        <p className="form-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
