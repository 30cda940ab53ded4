import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge';
import { CaptionedTable } from '../../../components/captioned-table';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorMessage, Loading } from '../../../components/states';
import { formatDateTime } from '../../../lib/format';
import { useAdminUnits, useRetireUnit, type AdminUnit } from '../api/admin-api';
import type { OrganizationOption } from '../utils/roles';
import { AddUnitForm } from './add-unit-form';
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
  const nameOf = (code: string) => organizations.find((organization) => organization.code === code)?.name ?? code;
  const sorted = [...(units.data ?? [])].sort(
    (a, b) => (order.get(a.organizationCode) ?? 0) - (order.get(b.organizationCode) ?? 0) || a.name.localeCompare(b.name, 'sv'),
  );

  return (
    <div>
      <AddUnitForm organizations={organizations} />
      <p role="status" className="form-status">
        {message}
      </p>
      {units.isPending ? <Loading label={t('common.loading')} /> : null}
      {units.isError ? <ErrorMessage>{t('admin.unavailable')}</ErrorMessage> : null}
      {units.data ? (
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
          {sorted.map((unit) => (
            <tr key={unit.id} data-testid={`unit-${unit.id}`}>
              <th scope="row">{unit.name}</th>
              <td>{t(`unitKind.${unit.kind}`)}</td>
              <td>{nameOf(unit.organizationCode)}</td>
              <td>
                {unit.retiredAt ? (
                  <Badge tone="neutral" icon="not-reported">
                    {t('admin.units.retiredAt', { time: formatDateTime(unit.retiredAt) })}
                  </Badge>
                ) : (
                  <Badge tone="normal" icon="check">
                    {t('admin.units.inUse')}
                  </Badge>
                )}
              </td>
              <td>
                {unit.retiredAt ? null : (
                  <div className="row-actions">
                    <button type="button" className="button button--link" onClick={() => setRenaming(unit)}>
                      {t('admin.units.rename')}
                      <span className="visually-hidden"> {unit.name}</span>
                    </button>
                    <button type="button" className="button button--link" onClick={() => setRetiring(unit)}>
                      {t('admin.units.retire')}
                      <span className="visually-hidden"> {unit.name}</span>
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </CaptionedTable>
      ) : null}
      <RenameUnitDialog unit={renaming} onClose={() => setRenaming(null)} />
      <ConfirmDialog
        open={retiring !== null}
        title={t('admin.units.retireTitle', { name: retiring?.name ?? '' })}
        confirmLabel={t('admin.units.retire')}
        cancelLabel={t('admin.cancel')}
        busy={retire.isPending}
        onCancel={() => setRetiring(null)}
        onConfirm={() =>
          retiring &&
          retire.mutate(retiring.id, {
            onSuccess: (unit) => setMessage(t('admin.units.retired', { name: unit.name })),
            onError: () => setMessage(t('admin.saveFailed')),
            onSettled: () => setRetiring(null),
          })
        }
      >
        <p>{t('admin.units.retireText')}</p>
      </ConfirmDialog>
    </div>
  );
}
