import { useTranslation } from 'react-i18next';

/** A `validation.*` key is translated; a text straight from the server is shown as it came. */
export function FieldMessage({ message }: { message: string }) {
  const { t } = useTranslation();
  return <>{message.startsWith('validation.') ? t(message) : message}</>;
}
