import { createUnitSchema, MUNICIPAL_UNIT_KINDS, REGION_UNIT_KINDS, type UnitKind } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useCreateUnit } from '../api/admin-api';
import type { OrganizationOption } from '../utils/roles';

// Municipalities run short-term, palliative and reserve places; the region its wards and ICU.
function kindsFor(organization: OrganizationOption | undefined): readonly UnitKind[] {
  return organization?.kind === 'region' ? REGION_UNIT_KINDS : MUNICIPAL_UNIT_KINDS;
}

export function AddUnitForm({ organizations }: { organizations: readonly OrganizationOption[] }) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const first = organizations.find((organization) => organization.kind === 'municipality') ?? organizations[0];
  const [draft, setDraft] = useState({ organizationCode: first?.code ?? '', name: '', kind: kindsFor(first)[0] as UnitKind });
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const [added, setAdded] = useState<string | null>(null);
  const organization = organizations.find((org) => org.code === draft.organizationCode);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
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

  return (
    <form className="form-card" onSubmit={submit} noValidate aria-labelledby="add-unit-title">
      <h2 id="add-unit-title">{t('admin.units.addTitle')}</h2>
      <div className="form-grid">
        <SelectField
          id="new-unit-organization"
          label={t('admin.units.organization')}
          value={draft.organizationCode}
          options={organizations.map((org) => ({ value: org.code, label: org.name }))}
          onChange={(code) => {
            const next = organizations.find((org) => org.code === code);
            setDraft((d) => ({
              ...d,
              organizationCode: code,
              kind: kindsFor(next).includes(d.kind) ? d.kind : (kindsFor(next)[0] as UnitKind),
            }));
          }}
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
          options={kindsFor(organization).map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
          onChange={(kind) => setDraft((d) => ({ ...d, kind: kind as UnitKind }))}
          error={errors.kind}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('admin.units.add')}
        </button>
        <p role="status" className="form-status">
          {added ? t('admin.units.added', { name: added }) : ''}
          {create.isError && !isApiError(create.error, 400) ? t('admin.saveFailed') : ''}
        </p>
      </div>
    </form>
  );
}
