import { ROLES, roleFitsOrganization, type Role } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { organizationAfterRoleChange, organizationsFor, type OrganizationOption } from '../utils/roles';

/** Role and organisation together: the organisations offered are those the role may belong to. */
export function RoleFields({
  idPrefix,
  role,
  organizationCode,
  organizations,
  onChange,
  errors,
}: {
  idPrefix: string;
  role: Role;
  organizationCode: string;
  organizations: readonly OrganizationOption[];
  onChange: (value: { role: Role; organizationCode: string }) => void;
  errors: { role?: string | undefined; organizationCode?: string | undefined };
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        id={`${idPrefix}-role`}
        label={t('admin.users.role')}
        value={role}
        options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        onChange={(value) => {
          const next = value as Role;
          onChange({ role: next, organizationCode: organizationAfterRoleChange(next, organizationCode, organizations) });
        }}
        error={errors.role}
      />
      <SelectField
        id={`${idPrefix}-organization`}
        label={t('admin.users.organization')}
        hint={roleFitsOrganization(role, 'municipality') ? t('admin.users.reporterHint') : t('admin.users.regionHint')}
        value={organizationCode}
        options={organizationsFor(role, organizations).map((organization) => ({
          value: organization.code,
          label: organization.name,
        }))}
        onChange={(value) => onChange({ role, organizationCode: value })}
        error={errors.organizationCode}
      />
    </>
  );
}
