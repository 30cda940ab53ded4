import type { AppConfig } from '../config/config.js';

/** The start line about mail: where it goes (never the credentials), or that it is off. */
export function mailStatusLine(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom'>): string {
  if (!config.smtpUrl) return 'E-post: av (SMTP_URL saknas) — påminnelser visas bara i appen';
  const url = new URL(config.smtpUrl);
  return `E-post: via ${url.protocol}//${url.host} från ${config.mailFrom}`;
}
