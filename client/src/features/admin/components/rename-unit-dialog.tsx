import { updateUnitSchema } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useRenameUnit, type AdminUnit } from '../api/admin-api';
import { AdminDialogForm } from './admin-form';
import { ItemDialog } from './item-dialog';

export function RenameUnitDialog({ unit, onClose }: { unit: AdminUnit | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ItemDialog
      item={unit}
      itemKey={(item) => item.id}
      title={(item) => t('admin.units.renameTitle', { name: item.name })}
      onClose={onClose}
    >
      {(item) => <RenameForm unit={item} onClose={onClose} />}
    </ItemDialog>
  );
}

function RenameForm({ unit, onClose }: { unit: AdminUnit; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameUnit();
  const [name, setName] = useState(unit.name);
  const { errors, parse, showServerErrors } = useFieldErrors();

  function submit(): void {
    const parsed = parse(updateUnitSchema, { name });
    if (parsed === null) return;
    rename.mutate({ unitId: unit.id, name: parsed.name }, { onSuccess: onClose, onError: showServerErrors });
  }

  return (
    <AdminDialogForm mutation={rename} onSubmit={submit} onCancel={onClose}>
      <TextField
        id="rename-unit-name"
        label={t('admin.units.newName')}
        value={name}
        onChange={setName}
        error={errors.name}
        required
      />
    </AdminDialogForm>
  );
}
