/**
 * Puts one region's changes back in seq order before they go out to this instance's sockets.
 *
 * They can arrive out of order: this instance's own writes commit in seq order, but under load the
 * publish after one commit can overtake the publish after the previous one; and other instances'
 * changes come over NOTIFY from several pool connections. A client that sees a gap asks for a fresh
 * situation, and when a thousand clients of a region do that at the same moment the server is
 * flooded. So a change that comes early waits for its predecessor; if that one was lost (the
 * adapter drops messages while its LISTEN connection reconnects), the wait ends after `holdMs`,
 * what is held goes out in order, and the clients' own gap detection takes over.
 */
export class SeqOrder<T> {
  private last: number | undefined;
  private readonly held = new Map<number, T>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly emit: (item: T) => void,
    private readonly holdMs = 250,
  ) {}

  push(seq: number, item: T): void {
    // The first one seen, the next one, or one that comes after its successors were released.
    if (this.last === undefined || seq <= this.last + 1) {
      this.send(seq, item);
      this.flush();
      return;
    }
    this.held.set(seq, item);
    this.timer ??= setTimeout(() => this.release(), this.holdMs);
    this.timer.unref?.();
  }

  private send(seq: number, item: T): void {
    this.emit(item);
    if (this.last === undefined || seq > this.last) this.last = seq;
  }

  private flush(): void {
    for (let next = this.nextHeld(); next !== undefined; next = this.nextHeld()) this.send(next[0], next[1]);
    if (this.held.size === 0 && this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private nextHeld(): [number, T] | undefined {
    if (this.last === undefined) return undefined;
    const seq = this.last + 1;
    const item = this.held.get(seq);
    if (item === undefined) return undefined;
    this.held.delete(seq);
    return [seq, item];
  }

  /** The predecessor did not come: send what is held, in order, and go on from there. */
  private release(): void {
    this.timer = undefined;
    const seqs = [...this.held.keys()].sort((a, b) => a - b);
    for (const seq of seqs) {
      this.send(seq, this.held.get(seq) as T);
      this.held.delete(seq);
    }
  }
}
