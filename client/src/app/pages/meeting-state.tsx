import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/states';
import { isApiError } from '../../lib/api-client';

/** While a meeting loads, or why it cannot be shown. */
export function MeetingState({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return <Loading label={t('common.loading')} />;
  if (isApiError(error, 404)) return <ErrorMessage>{t('meetings.notFound')}</ErrorMessage>;
  if (isApiError(error, 403)) return <ErrorMessage>{t('meetings.forbidden')}</ErrorMessage>;
  return <ErrorMessage>{t('meetings.unavailable')}</ErrorMessage>;
}
