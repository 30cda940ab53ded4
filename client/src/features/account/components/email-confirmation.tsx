import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../../components/states';
import { FieldMessage } from '../../../components/field-message';
import { isApiError } from '../../../lib/api-client';
import { fieldErrorsFromServer } from '../../../lib/field-errors';
import { useEmailConfirmation } from '../api/account-api';

/** The page the mailed link opens: it confirms the new address for whoever is logged in. */
export function EmailConfirmation({ token }: { token: string }) {
  const { t } = useTranslation();
  const confirmation = useEmailConfirmation(token);
  const back = <Link to="/account">{t('account.back')}</Link>;
  if (confirmation.isPending) return <Loading label={t('account.confirm.checking')} />;
  if (confirmation.isError) {
    const error = confirmation.error;
    const message = isApiError(error, 400) ? fieldErrorsFromServer(error.body).token : undefined;
    return (
      <>
        <ErrorMessage>{message ? <FieldMessage message={message} /> : t('account.confirm.failed')}</ErrorMessage>
        <p>{back}</p>
      </>
    );
  }
  return (
    <>
      <p role="status" className="state" data-testid="email-confirmed">
        {t('account.confirm.done', { email: confirmation.data.email })}
      </p>
      <p>{back}</p>
    </>
  );
}
