import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1): ~12 ms a verification here.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 /* argon2id */ } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Unknown users are checked against a throwaway hash, so both answers take the same time.
  const target = passwordHash ?? (await dummyHash);
  try {
    const ok = await verify(target, password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}

const dummyHash = hash('not-a-password-of-anyone', OPTIONS);
