import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/states';
import { EmailSettings, ReminderSettings, useAccount } from '../../features/account';
import { useOrganizations } from '../../features/situation';
import { useCurrentUser } from '../shell/shell-context';
import { usePageTitle } from '../use-page-title';

/** "Mitt konto": who I am here, my e-mail address, and whether reminders come by mail. */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const user = useCurrentUser();
  const account = useAccount();
  const organizations = useOrganizations(user.regionCode);
  const organization = organizations.data?.find((candidate) => candidate.code === user.organizationCode)?.name;

  return (
    <div className="page account-page">
      <h1>{t('account.title')}</h1>
      {account.isPending ? <Loading label={t('common.loading')} /> : null}
      {account.isError ? <ErrorMessage>{t('account.unavailable')}</ErrorMessage> : null}
      {account.data ? (
        <>
          <dl className="account__facts">
            <dt>{t('account.username')}</dt>
            <dd>{account.data.username}</dd>
            {account.data.displayName ? (
              <>
                <dt>{t('account.displayName')}</dt>
                <dd>{account.data.displayName}</dd>
              </>
            ) : null}
            <dt>{t('account.role')}</dt>
            <dd>
              {t(`roles.${account.data.role}`)}
              {organization ? `, ${organization}` : ''}
            </dd>
          </dl>
          <EmailSettings account={account.data} />
          <ReminderSettings account={account.data} />
        </>
      ) : null}
    </div>
  );
}
