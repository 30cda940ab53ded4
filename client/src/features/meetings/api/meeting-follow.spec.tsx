import type { Meeting } from '@lagesbild/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { isSessionHeld } from '../../../lib/session-clock';
import { meeting as baseMeeting } from '../../../test/factories';
import { FakeSocket } from '../../../test/fake-socket';
import { useMeetingFollow } from './meeting-follow';
import { meetingKey } from './meetings-api';

const meeting = (version: number, step: number | null, status: Meeting['status'] = 'open') =>
  baseMeeting({ title: 'Lägesmöte', version, step, status });

function setup(socket: FakeSocket, present = false) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(meetingKey('m1'), meeting(2, null));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const view = renderHook(
    () => useMeetingFollow('m1', queryClient.getQueryData<Meeting>(meetingKey('m1')), { present, socket: socket.asSocket() }),
    {
      wrapper,
    },
  );
  return { queryClient, view };
}

function follows(socket: FakeSocket) {
  return socket.emitted.filter((entry) => entry.event === 'meeting.follow');
}

describe('useMeetingFollow', () => {
  it('follows over the socket, takes only newer versions, and follows again after a reconnect', () => {
    const socket = new FakeSocket();
    socket.connected = true;
    const { queryClient, view } = setup(socket);
    expect(follows(socket)).toHaveLength(1);
    act(() => follows(socket)[0]?.ack?.({ ok: true, version: 2, keepsSessionAlive: false }));
    expect(view.result.current).toBe('following');

    act(() => socket.receive('meeting.updated', { meeting: meeting(4, 1) }));
    act(() => socket.receive('meeting.updated', { meeting: meeting(3, 0) }));
    expect(queryClient.getQueryData<Meeting>(meetingKey('m1'))).toMatchObject({ version: 4, step: 1 });

    act(() => socket.receive('disconnect'));
    expect(view.result.current).toBe('reconnecting');
    act(() => socket.receive('connect'));
    expect(follows(socket)).toHaveLength(2);
    act(() => follows(socket)[1]?.ack?.({ ok: false, error: 'forbidden' }));
    expect(view.result.current).toBe('forbidden');

    view.unmount();
    expect(socket.emitted.at(-1)).toMatchObject({ event: 'meeting.unfollow', payload: { meetingId: 'm1' } });
    expect(socket.listenerCount('meeting.updated')).toBe(0);
  });

  it('holds the idle countdown only for a presentation screen the server keeps alive', () => {
    const socket = new FakeSocket();
    socket.connected = true;
    const { view } = setup(socket, true);
    expect(follows(socket)[0]?.payload).toEqual({ meetingId: 'm1', present: true });
    expect(isSessionHeld()).toBe(false);
    act(() => follows(socket)[0]?.ack?.({ ok: true, version: 2, keepsSessionAlive: true }));
    expect(isSessionHeld()).toBe(true);
    view.unmount();
    expect(isSessionHeld()).toBe(false);
  });

  it('does not hold it for a screen merely following the meeting', () => {
    const socket = new FakeSocket();
    socket.connected = true;
    const { view } = setup(socket);
    expect(follows(socket)[0]?.payload).toEqual({ meetingId: 'm1', present: false });
    act(() => follows(socket)[0]?.ack?.({ ok: true, version: 2, keepsSessionAlive: false }));
    expect(isSessionHeld()).toBe(false);
    view.unmount();
  });
});
