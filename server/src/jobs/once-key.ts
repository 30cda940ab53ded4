import { createHash } from 'node:crypto';

/**
 * The job id a once-key stands for: a UUID derived from the queue and the key (SHA-256, with the
 * version nibble 8 of RFC 9562's custom UUIDs). pg-boss inserts jobs with ON CONFLICT DO NOTHING,
 * so a second send with the same key, from any instance and at any time while the first job is
 * kept, adds nothing.
 */
export function jobIdForKey(queueName: string, key: string): string {
  const bytes = createHash('sha256').update(`${queueName}\n${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
