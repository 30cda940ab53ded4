import { defineQueue } from '../jobs/job-queue.js';
import type { JobsService } from '../jobs/jobs.service.js';

/**
 * Evaluate a region's triggers. Sent after every saved report (and every declaration of the
 * region's level), with a once-key per region and 5-second slot, to run at the end of the slot:
 * a burst of saves is one evaluation of what they left, at most 5 s after the figures that fire a
 * trigger were saved. Triggers look only at figures and the level, so nothing can fire between
 * saves, and a cron would re-read unchanged figures all day and still lag by its interval. As a
 * job it runs once across instances and keeps the evaluation (a situation read) out of the write
 * path.
 */
export const evaluateQueue = defineQueue<{ regionCode: string }>('escalation.evaluate', {
  retryDelay: 5,
  deleteAfterSeconds: 24 * 3600,
});
const EVALUATE_BUCKET_MS = 5_000;

/** Enqueues the evaluation of a region's triggers (one per region and slot). */
export function evaluateSoon(jobs: JobsService, regionCode: string, now = Date.now()): Promise<unknown> {
  const bucketEnd = Math.ceil((now + 1) / EVALUATE_BUCKET_MS) * EVALUATE_BUCKET_MS;
  return jobs.send(evaluateQueue, { regionCode }, { startAfter: new Date(bucketEnd), onceKey: `${regionCode}/${bucketEnd}` });
}
