import { notificationText } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { InboxNotification } from '../api/notifications-api';
import { timeAgo } from '../utils/relative-time';

/** The notices, newest first: what happened, when, whether it is read, and a way to the thing. */
export function NotificationList({
  items,
  now,
  onOpen,
  onMarkRead,
}: {
  items: readonly InboxNotification[];
  now: Date;
  /** A notice's link was followed (it is marked read). */
  onOpen: (notice: InboxNotification) => void;
  onMarkRead: (notice: InboxNotification) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ul className="notices" data-testid="notification-list">
      {items.map((notice) => {
        const text = notificationText(notice, language);
        const unread = notice.readAt === null;
        return (
          <li key={notice.id} className={unread ? 'notice notice--unread' : 'notice'} data-testid={`notification-${notice.id}`}>
            {unread ? <span className="notice__unread">{t('notifications.unread')}</span> : null}
            {notice.link ? (
              <Link className="notice__text" to={notice.link} onClick={() => onOpen(notice)}>
                {text}
              </Link>
            ) : (
              <span className="notice__text">{text}</span>
            )}
            <time className="notice__time" dateTime={notice.createdAt} title={formatDateTime(notice.createdAt)}>
              {timeAgo(notice.createdAt, now, language)}
            </time>
            {unread && !notice.link ? (
              <button type="button" className="button button--link notice__mark" onClick={() => onMarkRead(notice)}>
                {t('notifications.markRead')}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
