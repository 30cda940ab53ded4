import { resetPasswordSchema } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useResetPassword } from '../api/admin-api';
import { AdminDialogForm } from './admin-form';
import { ItemDialog } from './item-dialog';
import { NewPasswordField } from './new-password-field';

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
    <ItemDialog
      item={username}
      itemKey={(item) => item}
      title={(item) => t('admin.users.passwordTitle', { username: item })}
      onClose={onClose}
    >
      {(item) => <PasswordForm username={item} onClose={onClose} onDone={onDone} />}
    </ItemDialog>
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
    reset.mutate({ username, password: parsed.password }, { onSuccess: () => onDone(username), onError: showServerErrors });
  }

  return (
    <AdminDialogForm mutation={reset} submitLabel={t('admin.users.setPassword')} onSubmit={submit} onCancel={onClose}>
      <NewPasswordField
        id="reset-password"
        label={t('admin.users.newPassword')}
        value={password}
        onChange={setPassword}
        error={errors.password}
      />
    </AdminDialogForm>
  );
}
