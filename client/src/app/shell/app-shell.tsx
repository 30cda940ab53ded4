import type { UserInfo } from '@lagesbild/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SessionGuard } from '../../features/auth';
import { connectSocket } from '../../lib/socket';
import { AppHeader } from './app-header';
import type { ShellContext } from './shell-context';

export function AppShell({ user }: { user: UserInfo }) {
  const { t } = useTranslation();
  // A page reload finds the session by cookie; the socket follows the session.
  useEffect(() => connectSocket(), []);
  const context: ShellContext = { user };
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppHeader user={user} />
      <main id="main" className="main" tabIndex={-1}>
        <Outlet context={context} />
      </main>
      <SessionGuard />
    </>
  );
}
