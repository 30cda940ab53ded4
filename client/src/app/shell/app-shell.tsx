import type { UserInfo } from '@lagesbild/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SessionGuard } from '../../features/auth';
import { LevelBanner } from '../../features/escalation';
import { useLiveSituation } from '../../features/live';
import { connectSocket } from '../../lib/socket';
import { AppHeader } from './app-header';
import type { ShellContext } from './shell-context';

export function AppShell({ user }: { user: UserInfo }) {
  const { t } = useTranslation();
  // A page reload finds the session by cookie; the socket follows the session.
  useEffect(() => connectSocket(), []);
  const context: ShellContext = { user };
  // The declared level on every screen of the user's region, kept live by the region's one feed.
  const live = useLiveSituation(user.regionCode);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppHeader user={user} />
      <main id="main" className="main" tabIndex={-1}>
        <LevelBanner situation={live.situation} user={user} />
        <Outlet context={context} />
      </main>
      <SessionGuard />
    </>
  );
}
