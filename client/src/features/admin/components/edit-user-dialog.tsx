import { updateUserSchema } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { fieldErrorsFromIssues, fieldErrorsFromServer, type FieldErrors } from '../../../lib/field-errors';
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
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = updateUserSchema.safeParse({ ...draft, displayName: draft.displayName.trim() || null });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    update.mutate(
      { username: user.username, change: parsed.data },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (isApiError(error, 400)) setErrors(fieldErrorsFromServer(error.body));
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="dialog__form">
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
      {update.isError && !isApiError(update.error, 400) ? (
        <p className="form-error" role="alert">
          {t('admin.saveFailed')}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('admin.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {t('admin.save')}
        </button>
      </div>
    </form>
  );
}
