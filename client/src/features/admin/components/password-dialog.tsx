import { resetPasswordSchema } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { fieldErrorsFromIssues, fieldErrorsFromServer, type FieldErrors } from '../../../lib/field-errors';
import { useResetPassword } from '../api/admin-api';

/** A new password for someone who has lost theirs. */
export function PasswordDialog({
  username,
  onClose,
  onDone,
}: {
  username: string | null;
  onClose: () => void;
  onDone: (username: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={username !== null} title={t('admin.users.passwordTitle', { username: username ?? '' })} onClose={onClose}>
      {username ? <PasswordForm key={username} username={username} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function PasswordForm({
  username,
  onClose,
  onDone,
}: {
  username: string;
  onClose: () => void;
  onDone: (username: string) => void;
}) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = resetPasswordSchema.safeParse({ password });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    reset.mutate(
      { username, password: parsed.data.password },
      {
        onSuccess: () => onDone(username),
        onError: (error) => {
          if (isApiError(error, 400)) setErrors(fieldErrorsFromServer(error.body));
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="dialog__form">
      <TextField
        id="reset-password"
        type="password"
        autoComplete="new-password"
        label={t('admin.users.newPassword')}
        hint={t('admin.users.passwordHint')}
        value={password}
        onChange={setPassword}
        error={errors.password}
        required
      />
      {reset.isError && !isApiError(reset.error, 400) ? (
        <p className="form-error" role="alert">
          {t('admin.saveFailed')}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('admin.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={reset.isPending}>
          {t('admin.users.setPassword')}
        </button>
      </div>
    </form>
  );
}
