import path from 'node:path';
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
  TRUST_PROXY: z.string().default('loopback'),
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
  /** Express's `trust proxy`: which hops' X-Forwarded-For is believed for the client's address. */
  trustProxy: string[] | number;
}

const repositoryRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message ?? 'invalid'}`);
  }
  const env = parsed.data;
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
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
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
