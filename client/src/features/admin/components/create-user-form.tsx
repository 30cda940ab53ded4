import { createUserSchema, type Role } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useCreateUser } from '../api/admin-api';
import { organizationAfterRoleChange, type OrganizationOption } from '../utils/roles';
import { AdminFormCard } from './admin-form';
import { NewPasswordField } from './new-password-field';
import { RoleFields } from './role-fields';

export function CreateUserForm({ organizations }: { organizations: readonly OrganizationOption[] }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const empty = () => ({
    username: '',
    displayName: '',
    role: 'reporter' as Role,
    organizationCode: organizationAfterRoleChange('reporter', '', organizations),
    email: '',
    password: '',
  });
  const [draft, setDraft] = useState(empty);
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const [created, setCreated] = useState<string | null>(null);
  const set = (field: 'username' | 'displayName' | 'email' | 'password') => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));

  function submit(): void {
    setCreated(null);
    const parsed = parse(createUserSchema, {
      ...draft,
      displayName: draft.displayName.trim() || null,
      email: draft.email.trim() || null,
    });
    if (parsed === null) return;
    setErrors({});
    create.mutate(parsed, {
      onSuccess: (user) => {
        setCreated(user.username);
        setDraft(empty());
      },
      // A taken username comes back as a 409 naming the field, like a 400.
      onError: showServerErrors,
    });
  }

  return (
    <AdminFormCard
      titleId="create-user-title"
      title={t('admin.users.createTitle')}
      submitLabel={t('admin.users.create')}
      mutation={create}
      status={created ? t('admin.users.created', { username: created }) : ''}
      onSubmit={submit}
    >
      <TextField
        id="new-user-username"
        label={t('admin.users.username')}
        hint={t('admin.users.usernameHint')}
        value={draft.username}
        onChange={set('username')}
        error={errors.username}
        required
      />
      <TextField
        id="new-user-display-name"
        label={t('admin.users.displayName')}
        value={draft.displayName}
        onChange={set('displayName')}
        error={errors.displayName}
        optional
      />
      <TextField
        id="new-user-email"
        type="email"
        label={t('admin.users.email')}
        hint={t('admin.users.emailHint')}
        value={draft.email}
        onChange={set('email')}
        error={errors.email}
        optional
      />
      <RoleFields
        idPrefix="new-user"
        role={draft.role}
        organizationCode={draft.organizationCode}
        organizations={organizations}
        onChange={(value) => setDraft((d) => ({ ...d, ...value }))}
        errors={errors}
      />
      <NewPasswordField
        id="new-user-password"
        label={t('admin.users.password')}
        value={draft.password}
        onChange={set('password')}
        error={errors.password}
      />
    </AdminFormCard>
  );
}
