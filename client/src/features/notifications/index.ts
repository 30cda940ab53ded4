export { NotificationBell } from './components/notification-bell';
export { INBOX_QUERY_KEY } from './api/notifications-api';
