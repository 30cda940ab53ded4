import type { UserInfo } from '@lagesbild/shared';
import { useOutletContext } from 'react-router';

export interface ShellContext {
  user: UserInfo;
}

/** The logged-in user, for pages rendered inside the shell. */
export function useCurrentUser(): UserInfo {
  return useOutletContext<ShellContext>().user;
}
