import { updateUnitSchema } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { DialogForm } from '../../../components/dialog-form';
import { TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useRenameUnit, type AdminUnit } from '../api/admin-api';

export function RenameUnitDialog({ unit, onClose }: { unit: AdminUnit | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={unit !== null} title={t('admin.units.renameTitle', { name: unit?.name ?? '' })} onClose={onClose}>
      {unit ? <RenameForm key={unit.id} unit={unit} onClose={onClose} /> : null}
    </Dialog>
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
    rename.mutate(
      { unitId: unit.id, name: parsed.name },
      {
        onSuccess: onClose,
        onError: showServerErrors,
      },
    );
  }

  return (
    <DialogForm
      onSubmit={submit}
      onCancel={onClose}
      cancelLabel={t('admin.cancel')}
      submitLabel={t('admin.save')}
      busy={rename.isPending}
      failure={rename.isError && !isApiError(rename.error, 400) ? t('admin.saveFailed') : null}
    >
      <TextField
        id="rename-unit-name"
        label={t('admin.units.newName')}
        value={name}
        onChange={setName}
        error={errors.name}
        required
      />
    </DialogForm>
  );
}
