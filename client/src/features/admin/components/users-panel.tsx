import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge';
import { CaptionedTable } from '../../../components/captioned-table';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorMessage, Loading } from '../../../components/states';
import { formatDateTime } from '../../../lib/format';
import { useAdminUsers, useUpdateUser, type AdminUser } from '../api/admin-api';
import type { OrganizationOption } from '../utils/roles';
import { CreateUserForm } from './create-user-form';
import { EditUserDialog } from './edit-user-dialog';
import { PasswordDialog } from './password-dialog';

/** The region's accounts: who they are, what they may do, and whether they may log in. */
export function UsersPanel({ organizations }: { organizations: readonly OrganizationOption[] }) {
  const { t } = useTranslation();
  const users = useAdminUsers();
  const update = useUpdateUser();
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [resetting, setResetting] = useState<string | null>(null);
  const [deactivating, setDeactivating] = useState<AdminUser | null>(null);
  const [message, setMessage] = useState('');
  const nameOf = (code: string) => organizations.find((organization) => organization.code === code)?.name ?? code;

  const setActive = (user: AdminUser, active: boolean): void =>
    update.mutate(
      { username: user.username, change: { active } },
      {
        onSuccess: () => setMessage(t(active ? 'admin.users.activated' : 'admin.users.deactivated', { username: user.username })),
        onError: () => setMessage(t('admin.saveFailed')),
        onSettled: () => setDeactivating(null),
      },
    );

  return (
    <div>
      <CreateUserForm organizations={organizations} />
      <p role="status" className="form-status" data-testid="users-status">
        {message}
      </p>
      {users.isPending ? <Loading label={t('common.loading')} /> : null}
      {users.isError ? <ErrorMessage>{t('admin.unavailable')}</ErrorMessage> : null}
      {users.data ? (
        <CaptionedTable
          id="users"
          testId="users-table"
          caption={t('admin.users.caption', { count: users.data.length })}
          headers={[
            t('admin.users.username'),
            t('admin.users.role'),
            t('admin.users.organization'),
            t('admin.users.status'),
            t('admin.users.lastLogin'),
            t('admin.actions'),
          ]}
        >
          {users.data.map((user) => (
            <tr key={user.username} data-testid={`user-${user.username}`}>
              <th scope="row">
                {user.username}
                {user.displayName ? <span className="muted block">{user.displayName}</span> : null}
              </th>
              <td>{t(`admin.roleNames.${user.role}`)}</td>
              <td>{nameOf(user.organizationCode)}</td>
              <td>
                {user.active ? (
                  <Badge tone="normal" icon="check">
                    {t('admin.users.active')}
                  </Badge>
                ) : (
                  <Badge tone="neutral" icon="offline">
                    {t('admin.users.inactive')}
                  </Badge>
                )}
              </td>
              <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('admin.users.never')}</td>
              <td>
                <div className="row-actions">
                  <button type="button" className="button button--link" onClick={() => setEditing(user)}>
                    {t('admin.edit')}
                    <span className="visually-hidden"> {user.username}</span>
                  </button>
                  <button type="button" className="button button--link" onClick={() => setResetting(user.username)}>
                    {t('admin.users.resetPassword')}
                    <span className="visually-hidden"> ({user.username})</span>
                  </button>
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => (user.active ? setDeactivating(user) : setActive(user, true))}
                  >
                    {user.active ? t('admin.users.deactivate') : t('admin.users.activate')}
                    <span className="visually-hidden"> {user.username}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </CaptionedTable>
      ) : null}
      <EditUserDialog user={editing} organizations={organizations} onClose={() => setEditing(null)} />
      <PasswordDialog
        username={resetting}
        onClose={() => setResetting(null)}
        onDone={(username) => {
          setResetting(null);
          setMessage(t('admin.users.passwordSet', { username }));
        }}
      />
      <ConfirmDialog
        open={deactivating !== null}
        title={t('admin.users.deactivateTitle', { username: deactivating?.username ?? '' })}
        confirmLabel={t('admin.users.deactivate')}
        cancelLabel={t('admin.cancel')}
        busy={update.isPending}
        onCancel={() => setDeactivating(null)}
        onConfirm={() => deactivating && setActive(deactivating, false)}
      >
        <p>{t('admin.users.deactivateText')}</p>
      </ConfirmDialog>
    </div>
  );
}
