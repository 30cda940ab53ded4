import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaptionedTable } from '../../../components/captioned-table';
import { formatDateTime } from '../../../lib/format';
import { useAdminUnits, useRetireUnit, type AdminUnit } from '../api/admin-api';
import { organizationName, type OrganizationOption } from '../utils/roles';
import { AddUnitForm } from './add-unit-form';
import { AdminList, ConfirmRowAction, RowAction, StateBadge } from './admin-table-parts';
import { RenameUnitDialog } from './rename-unit-dialog';

/** Units by organisation; a retired unit keeps its history and is no longer asked for figures. */
export function UnitsPanel({ organizations }: { organizations: readonly OrganizationOption[] }) {
  const { t } = useTranslation();
  const units = useAdminUnits();
  const retire = useRetireUnit();
  const [renaming, setRenaming] = useState<AdminUnit | null>(null);
  const [retiring, setRetiring] = useState<AdminUnit | null>(null);
  const [message, setMessage] = useState('');
  const order = new Map(organizations.map((organization, index) => [organization.code, index]));
  const sorted = (list: AdminUnit[]) =>
    [...list].sort(
      (a, b) => (order.get(a.organizationCode) ?? 0) - (order.get(b.organizationCode) ?? 0) || a.name.localeCompare(b.name, 'sv'),
    );

  return (
    <div>
      <AddUnitForm organizations={organizations} />
      <p role="status" className="form-status">
        {message}
      </p>
      <AdminList query={units}>
        {(list) => (
          <CaptionedTable
            id="units-admin"
            testId="units-table"
            caption={t('admin.units.caption')}
            headers={[
              t('admin.units.name'),
              t('admin.units.kind'),
              t('admin.units.organization'),
              t('admin.units.status'),
              t('admin.actions'),
            ]}
          >
            {sorted(list).map((unit) => (
              <tr key={unit.id} data-testid={`unit-${unit.id}`}>
                <th scope="row">{unit.name}</th>
                <td>{t(`unitKind.${unit.kind}`)}</td>
                <td>{organizationName(organizations, unit.organizationCode)}</td>
                <td>
                  <StateBadge ok={!unit.retiredAt} offIcon="not-reported">
                    {unit.retiredAt
                      ? t('admin.units.retiredAt', { time: formatDateTime(unit.retiredAt) })
                      : t('admin.units.inUse')}
                  </StateBadge>
                </td>
                <td>
                  {unit.retiredAt ? null : (
                    <div className="row-actions">
                      <RowAction label={t('admin.units.rename')} target={unit.name} onClick={() => setRenaming(unit)} />
                      <RowAction label={t('admin.units.retire')} target={unit.name} onClick={() => setRetiring(unit)} />
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </CaptionedTable>
        )}
      </AdminList>
      <RenameUnitDialog unit={renaming} onClose={() => setRenaming(null)} />
      <ConfirmRowAction
        target={retiring}
        title={(unit) => t('admin.units.retireTitle', { name: unit.name })}
        confirmLabel={t('admin.units.retire')}
        text={t('admin.units.retireText')}
        busy={retire.isPending}
        onCancel={() => setRetiring(null)}
        onConfirm={(unit) =>
          retire.mutate(unit.id, {
            onSuccess: (retired) => setMessage(t('admin.units.retired', { name: retired.name })),
            onError: () => setMessage(t('admin.saveFailed')),
            onSettled: () => setRetiring(null),
          })
        }
      />
    </div>
  );
}
