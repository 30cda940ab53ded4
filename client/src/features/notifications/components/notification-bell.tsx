import type { UserInfo } from '@lagesbild/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveSocket } from '../../../lib/socket';
import { useNow } from '../../../lib/use-now';
import { useInbox, useMarkAllRead, useMarkRead } from '../api/notifications-api';
import { useLiveInbox } from '../hooks/use-live-inbox';
import { NotificationList } from './notification-list';

/**
 * The bell in the header: the unread count in its name ("Aviseringar, 3 olästa"), and a panel of
 * one's notices under it (a disclosure: Tab walks into it, Escape or a click elsewhere closes it).
 * Kept current live; a notice arriving is also said to screen readers.
 */
export function NotificationBell({ user, socket }: { user: UserInfo; socket?: LiveSocket }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inbox = useInbox();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const now = useNow(30_000);
  useLiveInbox(user.regionCode, user.username, () => setAnnouncement(t('notifications.arrived')), socket);

  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = inbox.data?.pages[0]?.unreadCount ?? 0;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('notifications.bell', { count: unread })}
        data-testid="notification-bell"
        onClick={() => setOpen((value) => !value)}
      >
        <BellIcon />
        {unread > 0 ? (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <section id={panelId} className="bell__panel" aria-labelledby={`${panelId}-title`} hidden={!open}>
        <div className="bell__head">
          <h2 id={`${panelId}-title`} className="bell__title">
            {t('notifications.title')}
          </h2>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={unread === 0 || markAll.isPending}
            onClick={() => markAll.mutate(items[0]?.id)}
          >
            {t('notifications.markAllRead')}
          </button>
        </div>
        {inbox.isError ? <p className="bell__empty">{t('notifications.unavailable')}</p> : null}
        {inbox.isSuccess && items.length === 0 ? <p className="bell__empty">{t('notifications.empty')}</p> : null}
        {items.length > 0 ? (
          <NotificationList
            items={items}
            now={now}
            onOpen={(notice) => {
              if (notice.readAt === null) markRead.mutate(notice.id);
              setOpen(false);
            }}
            onMarkRead={(notice) => markRead.mutate(notice.id)}
          />
        ) : null}
        {inbox.hasNextPage ? (
          <button
            type="button"
            className="button button--link"
            disabled={inbox.isFetchingNextPage}
            onClick={() => void inbox.fetchNextPage()}
          >
            {t('notifications.more')}
          </button>
        ) : null}
      </section>
    </div>
  );
}

function BellIcon() {
  return (
    <svg className="icon bell__icon" viewBox="0 0 16 16" width="1.25em" height="1.25em" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1.2c-.6 0-1 .4-1 1v.5A4.6 4.6 0 0 0 3.4 7.2v3.1L2 12v.9h12V12l-1.4-1.7V7.2A4.6 4.6 0 0 0 9 2.7v-.5c0-.6-.4-1-1-1Zm-1.8 12.5a1.8 1.8 0 0 0 3.6 0Z"
      />
    </svg>
  );
}
