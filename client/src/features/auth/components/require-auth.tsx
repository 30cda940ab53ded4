import type { UserInfo } from '@lagesbild/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorMessage, Loading } from '../../../components/states';
import { useMe } from '../api/auth-api';

/** Renders its children with the logged-in user, or sends the visitor to the login page. */
export function RequireAuth({ children }: { children: (user: UserInfo) => ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <Loading label={t('common.loading')} />;
  if (me.isError) return <ErrorMessage>{t('errors.network')}</ErrorMessage>;
  if (!me.data) {
    const from = location.pathname + location.search;
    return <Navigate to={`/login?from=${encodeURIComponent(from)}`} replace />;
  }
  return <>{children(me.data)}</>;
}
