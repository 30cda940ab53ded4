import { useTranslation } from 'react-i18next';

/**
 * Tells screen-reader users, politely, which municipality just changed. Silent while the picture
 * is frozen, since nothing on screen changed then.
 */
export function ChangeAnnouncer({ names }: { names: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {names.length > 0 ? t('live.changedAnnouncement', { names: names.join(', '), count: names.length }) : ''}
    </div>
  );
}
