/**
 * A named queue and the type of its jobs' data, declared once beside the feature that owns it and
 * used both to handle and to send, so a job's payload is compile-checked at both ends:
 *
 *   export const deadlineQueue = defineQueue<{ regionCode: string; deadline: string }>('escalation.deadline');
 *
 * Data travels as JSON through PostgreSQL: strings, numbers, booleans, arrays and plain objects only
 * (a Date arrives as its ISO string).
 */
export interface JobQueue<Data extends object> {
  readonly name: string;
  readonly settings: QueueSettings;
  /** Never set; it carries `Data` for the compiler. */
  readonly data?: Data;
}

/** How the queue's jobs are retried and kept (pg-boss queue options, the ones we use). */
export interface QueueSettings {
  /** Attempts after the first one fails (a handler that throws fails it). Default 2. */
  retryLimit?: number;
  /** Seconds before a retry; doubles each time with `retryBackoff`. Default 30. */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** A running job not finished in this many seconds is failed and retried. Default 300. */
  expireInSeconds?: number;
  /**
   * Seconds a finished job is kept. Its once-key (JobsService.send) holds only while the job is
   * kept, so keep it at least as long as the thing it stands for can be sent again. Default 14 days.
   */
  deleteAfterSeconds?: number;
}

const QUEUE_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

export function defineQueue<Data extends object>(name: string, settings: QueueSettings = {}): JobQueue<Data> {
  if (!QUEUE_NAME.test(name))
    throw new Error(`Queue name "${name}" must be lower-case words joined by dots, e.g. "escalation.deadline"`);
  return { name, settings };
}
