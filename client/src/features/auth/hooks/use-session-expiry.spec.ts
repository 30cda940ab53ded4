import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markSessionActivity, SESSION_IDLE_MS, SESSION_WARNING_MS } from '../../../lib/session-clock';
import { useSessionExpiry } from './use-session-expiry';

describe('useSessionExpiry', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns two minutes before the idle timeout, and an answered request starts it again', () => {
    vi.useFakeTimers();
    markSessionActivity(Date.now());
    const { result } = renderHook(() => useSessionExpiry(true));
    expect(result.current.warning).toBe(false);

    act(() => {
      vi.advanceTimersByTime(SESSION_IDLE_MS - SESSION_WARNING_MS + 1000);
    });
    expect(result.current).toMatchObject({ warning: true, expired: false });
    expect(result.current.secondsLeft).toBeLessThanOrEqual(SESSION_WARNING_MS / 1000);

    act(() => {
      markSessionActivity(Date.now());
    });
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(result.current.warning).toBe(false);

    act(() => {
      vi.advanceTimersByTime(SESSION_IDLE_MS);
    });
    expect(result.current.expired).toBe(true);
  });
});
