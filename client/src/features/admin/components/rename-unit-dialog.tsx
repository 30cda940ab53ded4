import { updateUnitSchema } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog';
import { DialogForm } from '../../../components/dialog-form';
import { TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { fieldErrorsFromIssues, fieldErrorsFromServer, type FieldErrors } from '../../../lib/field-errors';
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
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(): void {
    const parsed = updateUnitSchema.safeParse({ name });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    rename.mutate(
      { unitId: unit.id, name: parsed.data.name },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (isApiError(error, 400)) setErrors(fieldErrorsFromServer(error.body));
        },
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
