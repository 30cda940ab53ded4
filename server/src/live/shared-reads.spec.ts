import { describe, expect, it } from 'vitest';
import { SharedReads } from './shared-reads.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('SharedReads', () => {
  it('starts a read at once when none runs', async () => {
    const reads = new SharedReads<number>();
    await expect(reads.get('20', () => Promise.resolve(1))).resolves.toBe(1);
  });

  it('gives callers that arrive while a read runs one shared next read, never the running one', async () => {
    const reads = new SharedReads<string>();
    const first = deferred<string>();
    const second = deferred<string>();
    const started: string[] = [];
    const a = reads.get('20', () => (started.push('a'), first.promise));
    const b = reads.get('20', () => (started.push('b'), second.promise));
    const c = reads.get('20', () => (started.push('c'), Promise.resolve('unused')));
    expect(started).toEqual(['a']);
    first.resolve('snapshot 1');
    await expect(a).resolves.toBe('snapshot 1');
    second.resolve('snapshot 2');
    await expect(b).resolves.toBe('snapshot 2');
    await expect(c).resolves.toBe('snapshot 2');
    expect(started).toEqual(['a', 'b']);
  });

  it('keeps regions apart, and a failed read neither sticks nor blocks the next', async () => {
    const reads = new SharedReads<string>();
    const failing = deferred<string>();
    const a = reads.get('20', () => failing.promise);
    const other = reads.get('10', () => Promise.resolve('blekinge'));
    const b = reads.get('20', () => Promise.resolve('after failure'));
    failing.reject(new Error('database gone'));
    await expect(a).rejects.toThrow('database gone');
    await expect(other).resolves.toBe('blekinge');
    await expect(b).resolves.toBe('after failure');
    await expect(reads.get('20', () => Promise.resolve('fresh'))).resolves.toBe('fresh');
  });
});
