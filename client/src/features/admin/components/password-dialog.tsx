import { resetPasswordSchema } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { DialogForm } from '../../../components/dialog-form';
import { TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { useFieldErrors } from '../../../lib/use-field-errors';
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
  const { errors, parse, showServerErrors } = useFieldErrors();

  function submit(): void {
    const parsed = parse(resetPasswordSchema, { password });
    if (parsed === null) return;
    reset.mutate(
      { username, password: parsed.password },
      {
        onSuccess: () => onDone(username),
        onError: showServerErrors,
      },
    );
  }

  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onClose}
      cancelLabel={t('admin.cancel')}
      submitLabel={t('admin.users.setPassword')}
      busy={reset.isPending}
      failure={reset.isError && !isApiError(reset.error, 400) ? t('admin.saveFailed') : null}
    >
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
    </DialogForm>
  );
}
