import { hash, verify } from '@node-rs/argon2';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';

// argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1): ~12 ms a verification here.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 /* argon2id */ } as const;

// argon2 is CPU- and memory-heavy by design: a burst of logins runs one hash per core and waits its
// turn for the rest, instead of starving the event loop's thread pool and every other request.
const hashing = pLimit(Math.max(2, availableParallelism()));

export function hashPassword(password: string): Promise<string> {
  return hashing(() => hash(password, OPTIONS));
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Unknown users are checked against a throwaway hash, so both answers take the same time.
  const target = passwordHash ?? (await dummyHash);
  return hashing(async () => {
    try {
      const ok = await verify(target, password);
      return ok && passwordHash !== null;
    } catch {
      return false;
    }
  });
}

const dummyHash = hash('not-a-password-of-anyone', OPTIONS);
