import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useHeldWhile } from './use-held-while';

describe('useHeldWhile', () => {
  it('keeps the value shown when held while newer ones arrive, and follows again when let go', () => {
    const { result, rerender } = renderHook(({ value, held }) => useHeldWhile(value, held), {
      initialProps: { value: 'A', held: false },
    });
    expect(result.current).toBe('A');
    rerender({ value: 'A', held: true });
    rerender({ value: 'B', held: true });
    expect(result.current).toBe('A');
    rerender({ value: 'C', held: false });
    expect(result.current).toBe('C');
  });

  it('takes the first value that arrives while held if there was none yet', () => {
    const { result, rerender } = renderHook(({ value, held }) => useHeldWhile(value, held), {
      initialProps: { value: undefined as string | undefined, held: true },
    });
    expect(result.current).toBeUndefined();
    rerender({ value: 'A', held: true });
    rerender({ value: 'B', held: true });
    expect(result.current).toBe('A');
  });
});
