import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SeqOrder } from './seq-order.js';

describe('SeqOrder', () => {
  let sent: number[];
  let order: SeqOrder<number>;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    order = new SeqOrder<number>((seq) => sent.push(seq), 250);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends changes that come in order at once', () => {
    for (const seq of [7, 8, 9]) order.push(seq, seq);
    expect(sent).toEqual([7, 8, 9]);
  });

  it('holds a change that overtook its predecessor until the predecessor comes', () => {
    order.push(7, 7);
    order.push(9, 9);
    order.push(10, 10);
    expect(sent).toEqual([7]);
    order.push(8, 8);
    expect(sent).toEqual([7, 8, 9, 10]);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([7, 8, 9, 10]);
  });

  it('gives up on a lost predecessor after the hold time and goes on in order', () => {
    order.push(7, 7);
    order.push(10, 10);
    order.push(9, 9);
    vi.advanceTimersByTime(249);
    expect(sent).toEqual([7]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([7, 9, 10]);
    order.push(11, 11);
    expect(sent).toEqual([7, 9, 10, 11]);
    // The lost one, should it still come, is sent rather than swallowed: clients sort it out.
    order.push(8, 8);
    expect(sent).toEqual([7, 9, 10, 11, 8]);
  });
});
