import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { FakeSocket } from '../../test/fake-socket';
import { organization, reportUpdated, situation } from '../../test/factories';
import { useLiveInvalidation } from './use-live-feed';

function Requests({ socket, fetchRequests }: { socket: FakeSocket; fetchRequests: () => Promise<number> }) {
  // A feature of its own kind of change, kept current by one line.
  useLiveInvalidation('20', ['flows.updated'], ['requests', '20'], socket.asSocket());
  const query = useQuery({ queryKey: ['requests', '20'], queryFn: fetchRequests });
  return <p data-testid="fetches">{query.data ?? 0}</p>;
}

function wrapper(client: QueryClient) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  };
}

describe('useLiveInvalidation', () => {
  it('refetches on a change of its kinds and on every fresh situation, not on other kinds', async () => {
    const socket = new FakeSocket();
    socket.connected = true;
    let fetches = 0;
    const fetchRequests = () => Promise.resolve(++fetches);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const view = render(<Requests socket={socket} fetchRequests={fetchRequests} />, { wrapper: wrapper(client) });
    await waitFor(() => expect(screen.getByTestId('fetches').textContent).toBe('1'));
    // The feed was started by the feature itself: nobody else reads the region here.
    expect(socket.subscribes()).toEqual([{ region: '20' }]);

    act(() => socket.receive('situation', situation([organization()])));
    await waitFor(() => expect(screen.getByTestId('fetches').textContent).toBe('2'));
    act(() => socket.receive('report.updated', reportUpdated(11)));
    act(() => socket.receive('flows.updated', { seq: 12, region: '20', date: '2025-11-24', rows: [] }));
    await waitFor(() => expect(screen.getByTestId('fetches').textContent).toBe('3'));
    expect(fetches).toBe(3);
    view.unmount();
    expect(socket.listenerCount('flows.updated')).toBe(0);
  });
});
