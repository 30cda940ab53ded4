import { createHash, randomBytes } from 'node:crypto';

/** For high-entropy secrets (session cookies, API tokens), a plain SHA-256 is the right hash. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
