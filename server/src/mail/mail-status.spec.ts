import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { mailStatusLine } from './mail-status.js';

describe('mailStatusLine', () => {
  it('says mail is off without SMTP_URL', () => {
    expect(mailStatusLine(loadConfig({}))).toBe('E-post: av (SMTP_URL saknas) — påminnelser visas bara i appen');
  });

  it('names the server and the sender, never the password', () => {
    const line = mailStatusLine(loadConfig({ SMTP_URL: 'smtp://lagesbild:hemligt@mail.example.se:587' }));
    expect(line).toBe('E-post: via smtp://mail.example.se:587 från Lägesbild <noreply@lagesbild.example>');
    expect(line).not.toContain('hemligt');
  });
});

describe('mail configuration', () => {
  it('refuses an SMTP_URL that is not smtp:// or smtps://, naming the variable', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.se' })).toThrow(/^Invalid environment variable SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'mail.example.se' })).toThrow(/^Invalid environment variable SMTP_URL/);
    expect(loadConfig({ SMTP_URL: 'smtps://mail.example.se' }).smtpUrl).toBe('smtps://mail.example.se');
  });

  it('takes MAIL_FROM as an address with or without a name', () => {
    expect(loadConfig({}).mailFrom).toBe('Lägesbild <noreply@lagesbild.example>');
    expect(loadConfig({ MAIL_FROM: 'lagesbild@region.se' }).mailFrom).toBe('lagesbild@region.se');
    expect(loadConfig({ MAIL_FROM: 'Region Dalarna <lagesbild@regiondalarna.se>' }).mailFrom).toBe(
      'Region Dalarna <lagesbild@regiondalarna.se>',
    );
    expect(() => loadConfig({ MAIL_FROM: 'Lägesbild' })).toThrow(/^Invalid environment variable MAIL_FROM/);
    expect(() => loadConfig({ MAIL_FROM: 'Lägesbild <inte en adress>' })).toThrow(/^Invalid environment variable MAIL_FROM/);
  });

  it('checks the probe mail settings, which need a time or a schedule', () => {
    expect(loadConfig({ PROBE_MAIL_TO: 'a@example.se', PROBE_MAIL_AT: '2026-12-01T10:00:00+01:00' }).probeMail).toEqual({
      to: 'a@example.se',
      at: new Date('2026-12-01T09:00:00Z'),
      cron: undefined,
    });
    expect(() => loadConfig({ PROBE_MAIL_TO: 'a@example.se' })).toThrow(/^Invalid environment variable PROBE_MAIL_TO/);
    expect(() => loadConfig({ PROBE_MAIL_TO: 'a@example.se', PROBE_MAIL_CRON: '0 25 * * *' })).toThrow(
      /^Invalid environment variable PROBE_MAIL_CRON/,
    );
    expect(() => loadConfig({ PROBE_MAIL_TO: 'a@example.se', PROBE_MAIL_AT: 'i morgon' })).toThrow(
      /^Invalid environment variable PROBE_MAIL_AT/,
    );
  });
});
