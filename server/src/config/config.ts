import path from 'node:path';
import { CronExpressionParser } from 'cron-parser';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';

const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');

// Every environment variable the server reads, parsed once at start.
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // Unset or empty: loopback in demo mode (known passwords), every interface otherwise.
  HOST: z.string().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  DEMO: booleanFlag.optional(),
  REDIS_URL: z.string().url().optional(),
  COOKIE_SECURE: booleanFlag.default(false),
  ALLOWED_ORIGINS: z.string().default(''),
  CLIENT_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
  HEARTBEAT_MS: z.coerce.number().int().min(100).default(5000),
  LIVE_MAX_SOCKETS_PER_CREDENTIAL: z.coerce.number().int().min(1).default(20),
  TRUST_PROXY: z.string().default('loopback'),
  // Mail (server/src/mail): unset SMTP_URL means no mail, reminders stay in the app.
  SMTP_URL: z
    .string()
    .url()
    .refine((value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol), 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z
    .string()
    .default('Lägesbild <noreply@lagesbild.example>')
    .refine(
      (value) => senderAddress(value) !== undefined,
      'must be an address, optionally with a name: Namn <adress@example.se>',
    ),
  // Where users open Lägesbild, for links in mail (e.g. https://lagesbild.regiondalarna.se).
  PUBLIC_URL: z
    .string()
    .url()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'must be an http:// or https:// URL')
    .optional(),
  // Test support, off by default: a probe mail through the job queue (server/src/mail/probe-mail.ts).
  PROBE_MAIL_TO: z.email().optional(),
  PROBE_MAIL_AT: z.iso.datetime({ offset: true }).optional(),
  PROBE_MAIL_CRON: z
    .string()
    .refine((value) => isCronExpression(value), 'must be a cron expression such as "0 10 * * *"')
    .optional(),
});

export interface AppConfig {
  port: number;
  host: string;
  /** HOST was given: in demo mode that is the operator opening the demo accounts to the network. */
  hostExplicit: boolean;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number | undefined;
  demo: boolean;
  redisUrl: string | undefined;
  cookieSecure: boolean;
  allowedOrigins: string[];
  clientDist: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  heartbeatMs: number;
  /** Open live sockets one session or token may hold on one instance (tabs, screens). */
  liveMaxSocketsPerCredential: number;
  /** Express's `trust proxy`: which hops' X-Forwarded-For is believed for the client's address. */
  trustProxy: string[] | number;
  /** smtp:// or smtps:// with any credentials; undefined: no mail is sent. */
  smtpUrl: string | undefined;
  /** The From header of every mail, e.g. `Lägesbild <noreply@lagesbild.example>`. */
  mailFrom: string;
  /** Where users open Lägesbild, for links in mail; unset: http://localhost and the port listened on. */
  publicUrl: string | undefined;
  /** Test support: one probe mail to `to` at `at` (and at every `cron` occurrence), through the job queue. */
  probeMail: { to: string; at: Date | undefined; cron: string | undefined } | undefined;
}

const repositoryRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message ?? 'invalid'}`);
  }
  const env = parsed.data;
  if (env.PROBE_MAIL_TO && !env.PROBE_MAIL_AT && !env.PROBE_MAIL_CRON) {
    throw new ConfigError('Invalid environment variable PROBE_MAIL_TO: needs PROBE_MAIL_AT or PROBE_MAIL_CRON');
  }
  // Demo data is the default with the embedded database, off with an external one.
  const demo = env.DEMO ?? env.DATABASE_URL === undefined;
  return {
    port: env.PORT,
    host: env.HOST || (demo ? '127.0.0.1' : '0.0.0.0'),
    hostExplicit: Boolean(env.HOST),
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repositoryRoot, '.data')),
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    demo,
    redisUrl: env.REDIS_URL,
    cookieSecure: env.COOKIE_SECURE,
    allowedOrigins: env.ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    clientDist: path.resolve(env.CLIENT_DIST ?? path.join(repositoryRoot, 'client/dist')),
    logLevel: env.LOG_LEVEL,
    heartbeatMs: env.HEARTBEAT_MS,
    liveMaxSocketsPerCredential: env.LIVE_MAX_SOCKETS_PER_CREDENTIAL,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
    probeMail: env.PROBE_MAIL_TO
      ? {
          to: env.PROBE_MAIL_TO,
          at: env.PROBE_MAIL_AT === undefined ? undefined : new Date(env.PROBE_MAIL_AT),
          cron: env.PROBE_MAIL_CRON,
        }
      : undefined,
  };
}

/** The bare address of a sender such as `Lägesbild <noreply@lagesbild.example>`, or undefined. */
export function senderAddress(value: string): string | undefined {
  const match = /^\s*(?:[^<>@]*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(value);
  const address = match?.[1] ?? match?.[2];
  return address !== undefined && z.email().safeParse(address).success ? address : undefined;
}

function isCronExpression(value: string): boolean {
  try {
    CronExpressionParser.parse(value, { tz: 'Europe/Stockholm' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The login lockout counts failures per client address. Behind a load balancer every request comes
 * from the balancer's address unless its X-Forwarded-For is trusted, and one address for the whole
 * county would let anyone lock everybody out; so the balancer's address must be named here.
 * Accepts what Express accepts: a hop count, or names (loopback, linklocal, uniquelocal), addresses
 * and CIDR ranges, comma-separated.
 */
function parseTrustProxy(value: string): string[] | number {
  if (/^\d+$/.test(value.trim())) return Number(value);
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    proxyAddr.compile(entries);
  } catch (error) {
    throw new ConfigError(`Invalid environment variable TRUST_PROXY: ${error instanceof Error ? error.message : String(error)}`);
  }
  return entries;
}

export class ConfigError extends Error {}
