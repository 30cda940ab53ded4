import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFreeze } from './use-freeze';

describe('useFreeze', () => {
  it('holds the picture still while live data moves on, and counts what is waiting', () => {
    const { result, rerender } = renderHook(({ value, seq }) => useFreeze(value, seq, () => 1000), {
      initialProps: { value: 'A', seq: 1 },
    });
    act(() => result.current.toggle());
    rerender({ value: 'C', seq: 3 });
    expect(result.current).toMatchObject({ shown: 'A', frozen: true, frozenAt: 1000, pending: 2 });
    act(() => result.current.toggle());
    expect(result.current).toMatchObject({ shown: 'C', frozen: false, pending: 0 });
  });
});
