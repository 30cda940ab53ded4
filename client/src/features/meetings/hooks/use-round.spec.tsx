import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meeting as baseMeeting } from '../../../test/factories';
import { useRound } from './use-round';

const meeting = (step: number | null, version = 1) =>
  baseMeeting({ title: 'Lägesmöte', participants: ['20', '2021', '2080'], step, version });

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

describe('useRound', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('the chair sees each step at once; quick presses go to the server one at a time, ending on the last', async () => {
    const sent: unknown[] = [];
    const answers: ((value: Response) => void)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        sent.push(JSON.parse(init.body as string));
        return new Promise<Response>((resolve) => answers.push(resolve));
      }),
    );
    const { result, rerender } = renderHook(({ m }) => useRound(m, true), { wrapper, initialProps: { m: meeting(null) } });
    act(() => result.current.go('next'));
    expect(result.current.step).toBe(0);
    act(() => result.current.go('next'));
    act(() => result.current.go('next'));
    expect(result.current.step).toBe(2);
    expect(sent).toEqual([{ step: 0 }]);
    const reply = (step: number, version: number) =>
      new Response(JSON.stringify(meeting(step, version)), { status: 200, headers: { 'Content-Type': 'application/json' } });
    await act(() => Promise.resolve(answers[0]?.(reply(0, 2))));
    await waitFor(() => expect(sent).toEqual([{ step: 0 }, { step: 2 }]));
    // The server's own copy still says step 0 here, but the screen keeps the chair's target.
    rerender({ m: meeting(0, 2) });
    expect(result.current.step).toBe(2);
    await act(() => Promise.resolve(answers[1]?.(reply(2, 3))));
    rerender({ m: meeting(2, 3) });
    expect(result.current.step).toBe(2);
    expect(result.current.failed).toBe(false);
  });

  it('presses quicker than the screen redraws still add up: → → → ← lands two steps on', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => undefined)),
    );
    const { result } = renderHook(({ m }) => useRound(m, true), { wrapper, initialProps: { m: meeting(0) } });
    // One handler for all four presses, as a key listener holds it between two renders.
    const go = result.current.go;
    act(() => {
      go('next');
      go('next');
      go('next');
      go('previous');
    });
    expect(result.current.step).toBe(2);
  });

  it('a viewer follows the chair until stepping on their own, and can follow again', () => {
    const { result, rerender } = renderHook(({ m }) => useRound(m, false), { wrapper, initialProps: { m: meeting(1) } });
    expect(result.current).toMatchObject({ step: 1, following: true, steering: false });
    act(() => result.current.go('next'));
    expect(result.current).toMatchObject({ step: 2, following: false });
    rerender({ m: meeting(0, 2) });
    expect(result.current.step).toBe(2);
    act(() => result.current.follow());
    expect(result.current).toMatchObject({ step: 0, following: true });
  });
});
