import { canReadAudit } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/states';
import {
  AuditFilterForm,
  auditExportUrl,
  AuditTable,
  filtersFromSearch,
  searchFromFilters,
  useAudit,
  type AuditFilters,
} from '../../features/audit';
import { useOrganizations } from '../../features/situation';
import { isApiError } from '../../lib/api-client';
import '../../styles/admin.css';
import { useCurrentUser } from '../shell/shell-context';
import { usePageTitle } from '../use-page-title';

/** Who changed what, when: searchable by organisation, user and period, and exported as CSV. */
export function AuditPage() {
  const { t } = useTranslation();
  const { region = '' } = useParams();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const organizations = useOrganizations(region);
  const mayRead = canReadAudit(user, region);
  const audit = useAudit(region, filters);
  usePageTitle(t('audit.title'));

  if (!mayRead) return <ErrorMessage>{t('audit.forbidden')}</ErrorMessage>;
  const nameOf = (code: string) => organizations.data?.find((organization) => organization.code === code)?.name ?? code;
  const apply = (next: AuditFilters): void => setSearch(searchFromFilters(next));

  return (
    <div className="page page--wide">
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <AuditFilterForm value={filters} organizations={organizations.data ?? []} onSearch={apply} />
      <p>
        <a className="button button--secondary" href={auditExportUrl(region, filters)} download>
          {t('audit.export')}
        </a>
      </p>
      {audit.isPending ? <Loading label={t('common.loading')} /> : null}
      {audit.isError ? (
        <ErrorMessage>{isApiError(audit.error, 400) ? t('audit.badFilters') : t('audit.unavailable')}</ErrorMessage>
      ) : null}
      {audit.data ? <AuditTable records={audit.data} nameOf={nameOf} /> : null}
    </div>
  );
}
