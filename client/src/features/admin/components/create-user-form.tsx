import { createUserSchema, type Role } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useCreateUser } from '../api/admin-api';
import { organizationAfterRoleChange, type OrganizationOption } from '../utils/roles';
import { RoleFields } from './role-fields';

export function CreateUserForm({ organizations }: { organizations: readonly OrganizationOption[] }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const empty = () => ({
    username: '',
    displayName: '',
    role: 'reporter' as Role,
    organizationCode: organizationAfterRoleChange('reporter', '', organizations),
    password: '',
  });
  const [draft, setDraft] = useState(empty);
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const [created, setCreated] = useState<string | null>(null);
  const set = (field: 'username' | 'displayName' | 'password') => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setCreated(null);
    const parsed = parse(createUserSchema, { ...draft, displayName: draft.displayName.trim() || null });
    if (parsed === null) return;
    setErrors({});
    create.mutate(parsed, {
      onSuccess: (user) => {
        setCreated(user.username);
        setDraft(empty());
      },
      onError: (error) => {
        showServerErrors(error);
        if (isApiError(error, 409)) setErrors({ username: t('admin.users.taken') });
      },
    });
  }

  return (
    <form className="form-card" onSubmit={submit} noValidate aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('admin.users.createTitle')}</h2>
      <div className="form-grid">
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
        <RoleFields
          idPrefix="new-user"
          role={draft.role}
          organizationCode={draft.organizationCode}
          organizations={organizations}
          onChange={(value) => setDraft((d) => ({ ...d, ...value }))}
          errors={errors}
        />
        <TextField
          id="new-user-password"
          type="password"
          autoComplete="new-password"
          label={t('admin.users.password')}
          hint={t('admin.users.passwordHint')}
          value={draft.password}
          onChange={set('password')}
          error={errors.password}
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('admin.users.create')}
        </button>
        <p role="status" className="form-status">
          {created ? t('admin.users.created', { username: created }) : ''}
          {create.isError && !isApiError(create.error, 400) && !isApiError(create.error, 409) ? t('errors.network') : ''}
        </p>
      </div>
    </form>
  );
}
