import type { UserInfo } from '@lagesbild/shared';

/** Reporters start where their work is, the entry form; everyone else on the region overview. */
export function homePathFor(user: UserInfo): string {
  return user.role === 'reporter' ? '/report' : `/region/${user.regionCode}`;
}

/** Only paths inside the app may be returned to after login, never another site. */
export function safeReturnPath(from: string | null): string | null {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/login')) return null;
  return from;
}
