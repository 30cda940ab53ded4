import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { NO_FILTERS, type AuditFilters } from '../utils/audit-query';

/** Search by organisation, user and period; applied when the form is sent, not on every key. */
export function AuditFilterForm({
  value,
  organizations,
  onSearch,
}: {
  value: AuditFilters;
  organizations: readonly { code: string; name: string }[];
  onSearch: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const set = (field: keyof AuditFilters) => (text: string) => setDraft((d) => ({ ...d, [field]: text }));
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onSearch(draft);
  };
  return (
    <form className="form-card" onSubmit={submit} role="search" aria-labelledby="audit-search-title">
      <h2 id="audit-search-title">{t('audit.search')}</h2>
      <div className="form-grid">
        <SelectField
          id="audit-organization"
          label={t('audit.organization')}
          value={draft.organization}
          options={[
            { value: '', label: t('audit.allOrganizations') },
            ...organizations.map((org) => ({ value: org.code, label: org.name })),
          ]}
          onChange={set('organization')}
        />
        <TextField
          id="audit-user"
          type="search"
          label={t('audit.user')}
          hint={t('audit.userHint')}
          value={draft.user}
          onChange={set('user')}
        />
        <TextField id="audit-from" type="date" label={t('audit.from')} value={draft.from} onChange={set('from')} />
        <TextField id="audit-to" type="date" label={t('audit.to')} value={draft.to} onChange={set('to')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('audit.searchButton')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(NO_FILTERS);
            onSearch(NO_FILTERS);
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
