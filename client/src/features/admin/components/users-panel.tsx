import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaptionedTable } from '../../../components/captioned-table';
import { formatDateTime } from '../../../lib/format';
import { useAdminUsers, useUpdateUser, type AdminUser } from '../api/admin-api';
import { organizationName, type OrganizationOption } from '../utils/roles';
import { AdminList, ConfirmRowAction, RowAction, StateBadge } from './admin-table-parts';
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
      <AdminList query={users}>
        {(list) => (
          <CaptionedTable
            id="users"
            testId="users-table"
            caption={t('admin.users.caption', { count: list.length })}
            headers={[
              t('admin.users.username'),
              t('admin.users.email'),
              t('admin.users.role'),
              t('admin.users.organization'),
              t('admin.users.status'),
              t('admin.users.lastLogin'),
              t('admin.actions'),
            ]}
          >
            {list.map((user) => (
              <tr key={user.username} data-testid={`user-${user.username}`}>
                <th scope="row">
                  {user.username}
                  {user.displayName ? <span className="muted block">{user.displayName}</span> : null}
                </th>
                <td>{user.email ?? '–'}</td>
                <td>
                  {t(`roles.${user.role}`)}
                  {user.coordinator ? <span className="muted block">{t('admin.users.coordinatorBadge')}</span> : null}
                </td>
                <td>{organizationName(organizations, user.organizationCode)}</td>
                <td>
                  <StateBadge ok={user.active}>{user.active ? t('admin.users.active') : t('admin.users.inactive')}</StateBadge>
                </td>
                <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('admin.users.never')}</td>
                <td>
                  <div className="row-actions">
                    <RowAction label={t('admin.edit')} target={user.username} onClick={() => setEditing(user)} />
                    <RowAction
                      label={t('admin.users.resetPassword')}
                      target={`(${user.username})`}
                      onClick={() => setResetting(user.username)}
                    />
                    <RowAction
                      label={user.active ? t('admin.users.deactivate') : t('admin.users.activate')}
                      target={user.username}
                      onClick={() => (user.active ? setDeactivating(user) : setActive(user, true))}
                    />
                  </div>
                </td>
              </tr>
            ))}
          </CaptionedTable>
        )}
      </AdminList>
      <EditUserDialog user={editing} organizations={organizations} onClose={() => setEditing(null)} />
      <PasswordDialog
        username={resetting}
        onClose={() => setResetting(null)}
        onDone={(username) => {
          setResetting(null);
          setMessage(t('admin.users.passwordSet', { username }));
        }}
      />
      <ConfirmRowAction
        target={deactivating}
        title={(user) => t('admin.users.deactivateTitle', { username: user.username })}
        confirmLabel={t('admin.users.deactivate')}
        text={t('admin.users.deactivateText')}
        busy={update.isPending}
        onCancel={() => setDeactivating(null)}
        onConfirm={(user) => setActive(user, false)}
      />
    </div>
  );
}
