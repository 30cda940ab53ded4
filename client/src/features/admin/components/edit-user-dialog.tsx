import { updateUserSchema } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { DialogForm } from '../../../components/dialog-form';
import { TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useUpdateUser, type AdminUser } from '../api/admin-api';
import type { OrganizationOption } from '../utils/roles';
import { RoleFields } from './role-fields';

/** Name, role and organisation of one user. */
export function EditUserDialog({
  user,
  organizations,
  onClose,
}: {
  user: AdminUser | null;
  organizations: readonly OrganizationOption[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={user !== null} title={t('admin.users.editTitle', { username: user?.username ?? '' })} onClose={onClose}>
      {user ? <EditUserForm key={user.username} user={user} organizations={organizations} onClose={onClose} /> : null}
    </Dialog>
  );
}

function EditUserForm({
  user,
  organizations,
  onClose,
}: {
  user: AdminUser;
  organizations: readonly OrganizationOption[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [draft, setDraft] = useState({
    displayName: user.displayName ?? '',
    role: user.role,
    organizationCode: user.organizationCode,
  });
  const { errors, parse, showServerErrors } = useFieldErrors();

  function submit(): void {
    const parsed = parse(updateUserSchema, { ...draft, displayName: draft.displayName.trim() || null });
    if (parsed === null) return;
    update.mutate(
      { username: user.username, change: parsed },
      {
        onSuccess: onClose,
        onError: showServerErrors,
      },
    );
  }

  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onClose}
      cancelLabel={t('admin.cancel')}
      submitLabel={t('admin.save')}
      busy={update.isPending}
      failure={update.isError && !isApiError(update.error, 400) ? t('admin.saveFailed') : null}
    >
      <TextField
        id="edit-user-display-name"
        label={t('admin.users.displayName')}
        value={draft.displayName}
        onChange={(displayName) => setDraft((d) => ({ ...d, displayName }))}
        error={errors.displayName}
        optional
      />
      <RoleFields
        idPrefix="edit-user"
        role={draft.role}
        organizationCode={draft.organizationCode}
        organizations={organizations}
        onChange={(value) => setDraft((d) => ({ ...d, ...value }))}
        errors={errors}
      />
    </DialogForm>
  );
}
