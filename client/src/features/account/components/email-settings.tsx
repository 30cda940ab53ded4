import { changeEmailSchema } from '@lagesbild/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useRequestEmailChange, type Account } from '../api/account-api';

/** One's address, and a change that takes effect when the link mailed to the new address is opened. */
export function EmailSettings({ account }: { account: Account }) {
  const { t } = useTranslation();
  const request = useRequestEmailChange();
  const [email, setEmail] = useState('');
  const { errors, setErrors, parse, showServerErrors } = useFieldErrors();
  const pending = account.pendingEmail;

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const parsed = parse(changeEmailSchema, { email });
    if (parsed === null) return;
    setErrors({});
    request.mutate(parsed.email, { onSuccess: () => setEmail(''), onError: showServerErrors });
  }

  const failed = request.isError && !isApiError(request.error, 400) && !isApiError(request.error, 409);
  return (
    <section className="form-card" aria-labelledby="account-email-title">
      <h2 id="account-email-title">{t('account.email.title')}</h2>
      <p data-testid="account-email">
        {account.email ? t('account.email.current', { email: account.email }) : t('account.email.none')}
      </p>
      <p role="status" className="account__pending" data-testid="account-pending">
        {pending ? t('account.email.pending', { email: pending.email, until: formatDateTime(pending.expiresAt) }) : ''}
      </p>
      {account.mailEnabled ? (
        <form onSubmit={submit} noValidate aria-labelledby="account-email-title">
          <TextField
            id="account-email-new"
            type="email"
            autoComplete="email"
            label={t('account.email.new')}
            hint={t('account.email.newHint')}
            value={email}
            onChange={setEmail}
            error={errors.email}
            required
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={request.isPending}>
              {t('account.email.send')}
            </button>
            <p role="alert" className="form-status">
              {failed ? (isApiError(request.error, 429) ? t('account.email.tooMany') : t('account.saveFailed')) : ''}
            </p>
          </div>
        </form>
      ) : (
        <p>{t('account.email.mailOff')}</p>
      )}
    </section>
  );
}
