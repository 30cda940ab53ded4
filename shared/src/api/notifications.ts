import type { Role } from '../domain/roles.js';

/**
 * One notice in its recipient's inbox. `kind` and `params` are rendered by `notificationText` in the
 * reader's language; `link` is a path in the client (e.g. `/region/20/requests/…`), or null.
 */
export interface InboxNotification {
  /** Increasing: a later notice has a larger id (a decimal string, as it is a bigint). */
  id: string;
  kind: string;
  params: Record<string, unknown>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** A page of one's inbox, newest first; `nextBefore` asks for the page after it (null: no more). */
export interface NotificationPage {
  items: InboxNotification[];
  unreadCount: number;
  nextBefore: string | null;
}

export interface UnreadCount {
  unreadCount: number;
}

/** The logged-in user's own account, as "Mitt konto" shows it. */
export interface Account {
  username: string;
  displayName: string | null;
  role: Role;
  organizationCode: string;
  regionCode: string;
  email: string | null;
  /** Reminders by e-mail (in-app notices come regardless). */
  emailReminders: boolean;
  /** A new address waiting for its confirmation link to be opened. */
  pendingEmail: { email: string; expiresAt: string } | null;
  /** The server sends mail (SMTP_URL is set); without it a new address cannot be confirmed. */
  mailEnabled: boolean;
}
