/** A seed from a name (FNV-1a), so each unit's demo history is its own and the same on every run. */
export function hashSeed(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}
