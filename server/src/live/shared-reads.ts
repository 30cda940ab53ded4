/**
 * At most one read per key in flight, shared by every caller that asked before it started. When a
 * thousand dashboards subscribe at once (after a restart, or all resyncing after the same gap), the
 * database answers a handful of situation reads instead of a thousand.
 *
 * A caller that asks while a read is already running waits for the next one, never takes the
 * running one: the subscriber joined its room before asking, so its snapshot must start after that
 * join, or a change committed in between would reach it neither in the snapshot nor as an event.
 */
export class SharedReads<T> {
  private readonly running = new Map<string, Promise<T>>();
  private readonly queued = new Map<string, Promise<T>>();

  get(key: string, read: () => Promise<T>): Promise<T> {
    const queued = this.queued.get(key);
    if (queued) return queued;
    const start = (): Promise<T> => {
      this.queued.delete(key);
      const reading: Promise<T> = read().finally(() => {
        if (this.running.get(key) === reading) this.running.delete(key);
      });
      this.running.set(key, reading);
      return reading;
    };
    const running = this.running.get(key);
    if (!running) return start();
    const next = running.then(start, start);
    this.queued.set(key, next);
    return next;
  }
}
