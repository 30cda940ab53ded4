import type { UserInfo } from '@lagesbild/shared';
import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { SessionGuard } from '../../features/auth';
import { connectSocket } from '../../lib/socket';
import type { ShellContext } from './shell-context';

/** For pages that fill the screen or the paper (presentation, print): no header, same session. */
export function BareShell({ user }: { user: UserInfo }) {
  useEffect(() => connectSocket(), []);
  const context: ShellContext = { user };
  return (
    <>
      <Outlet context={context} />
      <SessionGuard />
    </>
  );
}
