import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeSocket } from '../../test/fake-socket';
import { organization, reportUpdated, situation } from '../../test/factories';
import { useLiveSituation } from './use-live-situation';

function Probe({ socket, label }: { socket: FakeSocket; label: string }) {
  const live = useLiveSituation('20', socket.asSocket());
  return (
    <p data-testid={label}>
      {live.status}:{live.seq}
    </p>
  );
}

describe('useLiveSituation', () => {
  it('shares one subscription between readers and follows the socket', () => {
    const socket = new FakeSocket();
    socket.connected = true;
    const view = render(
      <>
        <Probe socket={socket} label="a" />
        <Probe socket={socket} label="b" />
      </>,
    );
    expect(socket.subscribes()).toEqual([{ region: '20' }]);
    act(() => socket.receive('situation', situation([organization()])));
    expect(screen.getByTestId('a').textContent).toBe('live:10');
    act(() => socket.receive('report.updated', reportUpdated(11)));
    expect(screen.getByTestId('b').textContent).toBe('live:11');
    view.unmount();
    expect(socket.listenerCount('situation')).toBe(0);
  });
});
