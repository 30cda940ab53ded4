import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmailConfirmation } from '../../features/account';
import { usePageTitle } from '../use-page-title';

/** Where the link mailed to a new address leads (a logged-out visitor logs in first and comes back). */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.confirm.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return (
    <div className="page">
      <h1>{t('account.confirm.title')}</h1>
      <EmailConfirmation token={token} />
    </div>
  );
}
