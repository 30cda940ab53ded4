import { createUnitSchema, unitKindsFor, type UnitKind } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useCreateUnit } from '../api/admin-api';
import type { OrganizationOption } from '../utils/roles';
import { AdminFormCard } from './admin-form';

const kindsOf = (organization: OrganizationOption | undefined) => unitKindsFor(organization?.kind ?? 'municipality');

export function AddUnitForm({ organizations }: { organizations: readonly OrganizationOption[] }) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const first = organizations.find((organization) => organization.kind === 'municipality') ?? organizations[0];
  const [draft, setDraft] = useState({ organizationCode: first?.code ?? '', name: '', kind: kindsOf(first)[0] as UnitKind });
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const [added, setAdded] = useState<string | null>(null);
  const organization = organizations.find((org) => org.code === draft.organizationCode);

  function submit(): void {
    setAdded(null);
    const parsed = parse(createUnitSchema, draft);
    if (parsed === null) return;
    setErrors({});
    create.mutate(parsed, {
      onSuccess: (unit) => {
        setAdded(unit.name);
        setDraft((d) => ({ ...d, name: '' }));
      },
      onError: showServerErrors,
    });
  }

  // The kinds offered are those the organisation runs (the shared rule the server enforces too).
  const changeOrganization = (code: string): void => {
    const kinds = kindsOf(organizations.find((org) => org.code === code));
    setDraft((d) => ({ ...d, organizationCode: code, kind: kinds.includes(d.kind) ? d.kind : (kinds[0] as UnitKind) }));
  };

  return (
    <AdminFormCard
      titleId="add-unit-title"
      title={t('admin.units.addTitle')}
      submitLabel={t('admin.units.add')}
      mutation={create}
      status={added ? t('admin.units.added', { name: added }) : ''}
      onSubmit={submit}
    >
      <SelectField
        id="new-unit-organization"
        label={t('admin.units.organization')}
        value={draft.organizationCode}
        options={organizations.map((org) => ({ value: org.code, label: org.name }))}
        onChange={changeOrganization}
        error={errors.organizationCode}
      />
      <TextField
        id="new-unit-name"
        label={t('admin.units.name')}
        value={draft.name}
        onChange={(name) => setDraft((d) => ({ ...d, name }))}
        error={errors.name}
        required
      />
      <SelectField
        id="new-unit-kind"
        label={t('admin.units.kind')}
        value={draft.kind}
        options={kindsOf(organization).map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
        onChange={(kind) => setDraft((d) => ({ ...d, kind: kind as UnitKind }))}
        error={errors.kind}
      />
    </AdminFormCard>
  );
}
