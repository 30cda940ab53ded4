import type { InboxNotification, NotificationPage, UserInfo } from '@lagesbild/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket } from '../../../test/fake-socket';
import { organization, situation } from '../../../test/factories';
import { NotificationBell } from './notification-bell';

afterEach(() => {
  vi.unstubAllGlobals();
});

const user: UserInfo = { username: 'falun', role: 'reporter', organizationCode: '2080', regionCode: '20' };
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function notice(id: string, overrides: Partial<InboxNotification> = {}): InboxNotification {
  return {
    id,
    kind: 'account.emailChanged',
    params: { email: `falun${id}@falun.example` },
    link: '/account',
    createdAt: minutesAgo(5),
    readAt: null,
    ...overrides,
  };
}

/** The server's inbox as fetch answers it; each GET reads `pages` as they are then. */
function serve(inbox: { page: NotificationPage }) {
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    const body = init?.method === 'POST' ? { unreadCount: 0 } : inbox.page;
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderBell(socket: FakeSocket) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <NotificationBell user={user} socket={socket.asSocket()} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('NotificationBell', () => {
  it('names the unread count, lists the notices in Swedish with their age, and closes on Escape', async () => {
    const inbox = {
      page: {
        items: [notice('12'), notice('11', { readAt: minutesAgo(1), link: null, kind: 'account.passwordSet', params: {} })],
        unreadCount: 1,
        nextBefore: null,
      },
    };
    const fetch = serve(inbox);
    renderBell(new FakeSocket());
    const bell = await screen.findByRole('button', { name: 'Aviseringar, 1 oläst' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');

    await userEvent.click(bell);
    const panel = screen.getByRole('region', { name: 'Aviseringar' });
    const link = screen.getByRole('link', { name: 'En administratör har ändrat din e-postadress till falun12@falun.example.' });
    expect(link.getAttribute('href')).toBe('/account');
    expect(panel.textContent).toContain('Oläst');
    expect(panel.textContent).toContain('för 5 minuter sedan');
    expect(panel.textContent).toContain('En administratör har gett dig ett nytt lösenord.');

    await userEvent.click(screen.getByRole('button', { name: 'Markera alla som lästa' }));
    await waitFor(() =>
      expect(fetch).toHaveBeenCalledWith(
        '/api/notifications/read-all',
        expect.objectContaining({ body: JSON.stringify({ upTo: '12' }) }),
      ),
    );

    await userEvent.keyboard('{Escape}');
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(bell);
  });

  it('fetches again when a notice for this user arrives (and says so), not for someone else’s', async () => {
    const inbox = { page: { items: [] as InboxNotification[], unreadCount: 0, nextBefore: null } };
    const fetch = serve(inbox);
    const socket = new FakeSocket();
    socket.connected = true;
    renderBell(socket);
    await screen.findByRole('button', { name: 'Aviseringar, inga olästa' });
    act(() => socket.receive('situation', situation([organization()], { seq: 10 })));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));

    act(() => socket.receive('notifications.created', { seq: 11, region: '20', usernames: ['borlange'] }));
    inbox.page = { items: [notice('13')], unreadCount: 1, nextBefore: null };
    act(() => socket.receive('notifications.created', { seq: 12, region: '20', usernames: ['borlange', 'falun'] }));
    await screen.findByRole('button', { name: 'Aviseringar, 1 oläst' });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('status').textContent).toBe('Ny avisering.');
  });
});
