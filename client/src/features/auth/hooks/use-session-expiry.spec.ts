import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdSession, markSessionActivity, SESSION_IDLE_MS, SESSION_WARNING_MS } from '../../../lib/session-clock';
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

  it('does not count down while a presentation holds the session, and starts afresh when released', () => {
    vi.useFakeTimers();
    markSessionActivity(Date.now());
    const { result } = renderHook(() => useSessionExpiry(true));
    let release: () => void = () => undefined;
    act(() => {
      release = holdSession();
    });
    act(() => {
      vi.advanceTimersByTime(SESSION_IDLE_MS * 2);
    });
    expect(result.current).toMatchObject({ warning: false, expired: false });
    act(() => release());
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(result.current.warning).toBe(false);
    act(() => {
      vi.advanceTimersByTime(SESSION_IDLE_MS - SESSION_WARNING_MS);
    });
    expect(result.current.warning).toBe(true);
  });
});
