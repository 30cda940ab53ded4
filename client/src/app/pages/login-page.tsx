import type { UserInfo } from '@lagesbild/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { homePathFor, LoginForm, ME_QUERY_KEY, safeReturnPath, useMe } from '../../features/auth';
import { LanguageSwitch } from '../shell/language-switch';
import { usePageTitle } from '../use-page-title';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const me = useMe();
  const reason = params.get('reason');

  usePageTitle(t('login.title'));

  if (me.data) return <Navigate to={safeReturnPath(params.get('from')) ?? homePathFor(me.data)} replace />;

  const onLoggedIn = (): void => {
    const user = queryClient.getQueryData<UserInfo | null>(ME_QUERY_KEY);
    if (user) void navigate(safeReturnPath(params.get('from')) ?? homePathFor(user), { replace: true });
  };

  return (
    <main id="main" className="login">
      <div className="login__card">
        <div className="login__top">
          <p className="login__brand">{t('app.name')}</p>
          <LanguageSwitch />
        </div>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        {reason === 'expired' || reason === 'revoked' ? (
          <p className="notice notice--info" role="status">
            {t(`login.reason.${reason}`)}
          </p>
        ) : null}
        <LoginForm onLoggedIn={onLoggedIn} />
      </div>
    </main>
  );
}
