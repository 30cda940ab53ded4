import { canAdminister, canReadAudit, type UserInfo } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { useLogout } from '../../features/auth';
import { ConnectionIndicator, useLiveSituation } from '../../features/live';
import { NotificationBell } from '../../features/notifications';
import { clearAllDrafts } from '../../lib/drafts';
import { useRegions } from '../../features/situation';
import { LanguageSwitch } from './language-switch';

/** Who is logged in, where, whether the picture is live, and how old it is. */
export function AppHeader({ user }: { user: UserInfo }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const live = useLiveSituation(user.regionCode);
  const regions = useRegions();
  const regionName = live.situation?.regionName ?? regions.data?.find((region) => region.code === user.regionCode)?.name ?? '';
  const canReport = user.role === 'reporter' || user.role === 'analyst';

  return (
    <header className="header">
      <div className="header__brand">
        <span className="header__logo">{t('app.name')}</span>
        <span className="header__region" data-testid="header-region">
          {regionName}
        </span>
      </div>
      <nav className="header__nav" aria-label={t('shell.navigation')}>
        <NavLink to={`/region/${user.regionCode}`} end>
          {t('shell.overview')}
        </NavLink>
        {user.role === 'reporter' ? (
          <NavLink to={`/region/${user.regionCode}/municipality/${user.organizationCode}`}>{t('shell.myMunicipality')}</NavLink>
        ) : null}
        {canReport ? <NavLink to="/report">{t('shell.report')}</NavLink> : null}
        {user.role === 'analyst' ? <NavLink to="/flows">{t('shell.flows')}</NavLink> : null}
        <NavLink to={`/region/${user.regionCode}/requests`}>{t('shell.requests')}</NavLink>
        <NavLink to={`/region/${user.regionCode}/meetings`}>{t('shell.meetings')}</NavLink>
        <NavLink to={`/region/${user.regionCode}/holidays`}>{t('shell.holidays')}</NavLink>
        <NavLink to={`/region/${user.regionCode}/analysis`}>{t('shell.analysis')}</NavLink>
        <NavLink to={`/region/${user.regionCode}/escalation`}>{t('shell.escalation')}</NavLink>
        {canReadAudit(user, user.regionCode) ? (
          <NavLink to={`/region/${user.regionCode}/audit`}>{t('shell.audit')}</NavLink>
        ) : null}
        {canAdminister(user, user.regionCode) ? <NavLink to="/admin">{t('shell.admin')}</NavLink> : null}
      </nav>
      <ConnectionIndicator status={live.status} disconnectedAt={live.disconnectedAt} syncedAt={live.syncedAt} />
      <div className="header__user">
        <NotificationBell user={user} />
        <span data-testid="header-user">
          {user.displayName ?? user.username}
          <span className="muted"> · {t(`roles.${user.role}`)}</span>
        </span>
        <NavLink to="/account">{t('shell.account')}</NavLink>
        <LanguageSwitch />
        <button
          type="button"
          className="button button--link"
          onClick={() => {
            // Leaving on purpose: unsaved figures are not kept for the next person at this screen.
            clearAllDrafts();
            logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
          }}
        >
          {t('shell.logout')}
        </button>
      </div>
    </header>
  );
}
