import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateAccount, type Account } from '../api/account-api';

/** Reminders by mail, on or off, saved as soon as the box is ticked. */
export function ReminderSettings({ account }: { account: Account }) {
  const { t } = useTranslation();
  const update = useUpdateAccount();
  const [status, setStatus] = useState('');
  // Ticked at once (the box must answer the click); put back if the save fails.
  const [checked, setChecked] = useState(account.emailReminders);
  return (
    <section className="form-card" aria-labelledby="account-reminders-title">
      <h2 id="account-reminders-title">{t('account.reminders.title')}</h2>
      <div className="checkbox-field">
        <input
          id="account-reminders"
          type="checkbox"
          checked={checked}
          aria-describedby="account-reminders-hint"
          onChange={(event) => {
            const emailReminders = event.target.checked;
            setChecked(emailReminders);
            setStatus('');
            update.mutate(
              { emailReminders },
              {
                onSuccess: () => setStatus(t(emailReminders ? 'account.reminders.on' : 'account.reminders.off')),
                onError: () => {
                  setChecked(!emailReminders);
                  setStatus(t('account.saveFailed'));
                },
              },
            );
          }}
        />
        <label htmlFor="account-reminders">{t('account.reminders.label')}</label>
      </div>
      <p id="account-reminders-hint" className="field__hint">
        {account.email ? t('account.reminders.hint', { email: account.email }) : t('account.reminders.noAddress')}
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
    </section>
  );
}
