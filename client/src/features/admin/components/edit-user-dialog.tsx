import { updateUserSchema } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useUpdateUser, type AdminUser } from '../api/admin-api';
import type { OrganizationOption } from '../utils/roles';
import { AdminDialogForm } from './admin-form';
import { ItemDialog } from './item-dialog';
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
    <ItemDialog
      item={user}
      itemKey={(item) => item.username}
      title={(item) => t('admin.users.editTitle', { username: item.username })}
      onClose={onClose}
    >
      {(item) => <EditUserForm user={item} organizations={organizations} onClose={onClose} />}
    </ItemDialog>
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
    email: user.email ?? '',
    role: user.role,
    organizationCode: user.organizationCode,
    coordinator: user.coordinator,
  });
  const { errors, parse, showServerErrors } = useFieldErrors();
  // Only a user of the region organisation coordinates the region's requests for staff and equipment.
  const inRegion = organizations.find((organization) => organization.code === draft.organizationCode)?.kind === 'region';

  function submit(): void {
    const parsed = parse(updateUserSchema, {
      ...draft,
      displayName: draft.displayName.trim() || null,
      email: draft.email.trim() || null,
      coordinator: inRegion && draft.coordinator,
    });
    if (parsed === null) return;
    update.mutate({ username: user.username, change: parsed }, { onSuccess: onClose, onError: showServerErrors });
  }

  return (
    <AdminDialogForm mutation={update} onSubmit={submit} onCancel={onClose}>
      <TextField
        id="edit-user-display-name"
        label={t('admin.users.displayName')}
        value={draft.displayName}
        onChange={(displayName) => setDraft((d) => ({ ...d, displayName }))}
        error={errors.displayName}
        optional
      />
      <TextField
        id="edit-user-email"
        type="email"
        label={t('admin.users.email')}
        hint={t('admin.users.emailHint')}
        value={draft.email}
        onChange={(email) => setDraft((d) => ({ ...d, email }))}
        error={errors.email}
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
      {inRegion ? (
        <div className={errors.coordinator ? 'field field--invalid' : 'field'}>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.coordinator}
              onChange={(event) => setDraft((d) => ({ ...d, coordinator: event.target.checked }))}
              aria-describedby="edit-user-coordinator-hint"
            />
            {t('admin.users.coordinator')}
          </label>
          <p id="edit-user-coordinator-hint" className="field__hint">
            {t('admin.users.coordinatorHint')}
          </p>
        </div>
      ) : null}
    </AdminDialogForm>
  );
}
