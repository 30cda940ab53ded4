import { canAdminister } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/states';
import { TokensPanel, UnitsPanel, UsersPanel } from '../../features/admin';
import { useOrganizations } from '../../features/situation';
import '../../styles/admin.css';
import { useCurrentUser } from '../shell/shell-context';
import { usePageTitle } from '../use-page-title';

const SECTIONS = ['users', 'units', 'tokens'] as const;
type Section = (typeof SECTIONS)[number];

/** Users, units and API keys of the admin's own region, one section at a time. */
export function AdminPage() {
  const { t } = useTranslation();
  const { section = '' } = useParams();
  const user = useCurrentUser();
  const organizations = useOrganizations(user.regionCode);
  const current = SECTIONS.find((candidate) => candidate === section);
  usePageTitle(current ? `${t(`admin.sections.${current}`)} – ${t('admin.title')}` : t('admin.title'));

  if (!canAdminister(user, user.regionCode)) return <ErrorMessage>{t('admin.forbidden')}</ErrorMessage>;
  if (!current) return <Navigate to="/admin/users" replace />;

  return (
    <div className="page page--wide admin-page">
      <h1>{t('admin.title')}</h1>
      <nav className="subnav" aria-label={t('admin.title')}>
        {SECTIONS.map((name) => (
          <NavLink key={name} to={`/admin/${name}`} className="subnav__link">
            {t(`admin.sections.${name}`)}
          </NavLink>
        ))}
      </nav>
      <h2 className="visually-hidden">{t(`admin.sections.${current}`)}</h2>
      {organizations.isPending ? <Loading label={t('common.loading')} /> : null}
      {organizations.isError ? <ErrorMessage>{t('admin.unavailable')}</ErrorMessage> : null}
      {organizations.data ? <Panel section={current} organizations={organizations.data} /> : null}
    </div>
  );
}

function Panel({
  section,
  organizations,
}: {
  section: Section;
  organizations: Parameters<typeof UsersPanel>[0]['organizations'];
}) {
  switch (section) {
    case 'users':
      return <UsersPanel organizations={organizations} />;
    case 'units':
      return <UnitsPanel organizations={organizations} />;
    case 'tokens':
      return <TokensPanel organizations={organizations} />;
    default: {
      const unreachable: never = section;
      throw new Error(`unknown section ${String(unreachable)}`);
    }
  }
}
