export { useAccount, type Account } from './api/account-api';
export { EmailSettings } from './components/email-settings';
export { ReminderSettings } from './components/reminder-settings';
export { EmailConfirmation } from './components/email-confirmation';
