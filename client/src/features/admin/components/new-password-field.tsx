import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';

/** A password the admin sets for someone: never filled in by the browser, with the length rule. */
export function NewPasswordField({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      type="password"
      autoComplete="new-password"
      label={label}
      hint={t('admin.users.passwordHint')}
      value={value}
      onChange={onChange}
      error={error}
      required
    />
  );
}
