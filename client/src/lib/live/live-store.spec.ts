import { LIVE_CHANGE_KINDS, type LiveChangeKind, type ReportUpdatedEvent } from '@lagesbild/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket } from '../../test/fake-socket';
import { organization, report, situation } from '../../test/factories';
import { LiveSituationStore, OFFLINE_AFTER_MS, type LiveFeedEvent } from './live-store';

const NOW = Date.parse('2025-11-24T09:00:00.000Z');

function event(seq: number, occupied = 31): ReportUpdatedEvent {
  return { seq, region: '20', date: '2025-11-24', organizationCode: '2080', unitId: 'u-falun-1', report: report({ occupied }) };
}

describe('LiveSituationStore', () => {
  let socket: FakeSocket;
  let store: LiveSituationStore;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    socket = new FakeSocket();
    store = new LiveSituationStore(socket.asSocket(), '20');
    store.start();
  });

  afterEach(() => {
    store.stop();
    vi.useRealTimers();
  });

  it('subscribes on connect and takes the situation that follows', () => {
    socket.receive('connect');
    expect(socket.subscribes()).toEqual([{ region: '20' }]);
    socket.receive('situation', situation([organization()]));
    expect(store.getSnapshot().seq).toBe(10);
    expect(store.getSnapshot().status).toBe('live');
    expect(store.getSnapshot().syncedAt).toBe(NOW);
  });

  it('applies events in order and marks the changed organisation', () => {
    socket.receive('connect');
    socket.receive('situation', situation([organization()]));
    socket.receive('report.updated', event(11));
    expect(store.getSnapshot().seq).toBe(11);
    expect(store.getSnapshot().changedAt['2080']).toBe(NOW);
  });

  it('on a gap, re-subscribes without sinceSeq and waits for the fresh situation', () => {
    socket.receive('connect');
    socket.receive('situation', situation([organization()]));
    socket.receive('report.updated', event(13));
    expect(socket.subscribes()).toEqual([{ region: '20' }, { region: '20' }]);
    // Events in the meantime would only cause more resyncs; the fresh situation includes them.
    socket.receive('report.updated', event(14));
    expect(socket.subscribes()).toHaveLength(2);
    socket.receive('situation', situation([organization()], { seq: 14 }));
    expect(store.getSnapshot().seq).toBe(14);
    socket.receive('report.updated', event(15));
    expect(store.getSnapshot().seq).toBe(15);
  });

  it('resyncs when the heartbeat shows a change it never received', () => {
    socket.receive('connect');
    socket.receive('situation', situation([organization()]));
    socket.receive('region.seq', { region: '20', seq: 11 });
    expect(socket.subscribes()).toHaveLength(2);
    expect(socket.subscribes()[1]).toEqual({ region: '20' });
  });

  it('after a reconnect asks only for what it missed', () => {
    socket.receive('connect');
    socket.receive('situation', situation([organization()]));
    socket.receive('disconnect');
    expect(store.getSnapshot().status).toBe('reconnecting');
    socket.receive('connect');
    expect(socket.subscribes()[1]).toEqual({ region: '20', sinceSeq: 10 });
    socket.receive('report.updated', event(11));
    expect(store.getSnapshot().seq).toBe(11);
  });

  it('says offline, since when, after a while without connection', () => {
    socket.receive('connect');
    socket.receive('disconnect');
    vi.advanceTimersByTime(OFFLINE_AFTER_MS + 1);
    expect(store.getSnapshot().status).toBe('offline');
    expect(store.getSnapshot().disconnectedAt).toBe(NOW);
    socket.receive('connect');
    // Connected, but not live until the data is current again.
    expect(store.getSnapshot().status).toBe('connecting');
    expect(store.getSnapshot().disconnectedAt).toBeNull();
    socket.receive('situation', situation([organization()]));
    expect(store.getSnapshot().status).toBe('live');
  });

  it('reports a refused subscription', () => {
    socket.receive('connect');
    socket.emitted[0]!.ack!({ ok: false, error: 'forbidden' });
    expect(store.getSnapshot().error).toBe('forbidden');
  });

  it('ignores situations of other regions and cleans up its listeners', () => {
    socket.receive('connect');
    socket.receive('situation', situation([organization()], { region: '10' }));
    expect(store.getSnapshot().situation).toBeNull();
    store.stop();
    expect(socket.listenerCount('report.updated')).toBe(0);
    expect(socket.emitted.at(-1)).toMatchObject({ event: 'unsubscribe', payload: { region: '20' } });
  });

  it('tells feature listeners each change it accepts, and each fresh situation', () => {
    const heard: LiveFeedEvent[] = [];
    store.listen((event) => heard.push(event));
    socket.receive('connect');
    socket.receive('situation', situation([organization()]));
    socket.receive('report.updated', event(11));
    socket.receive('report.updated', event(11)); // old news: not passed on
    expect(heard).toEqual([{ type: 'situation' }, { type: 'change', change: { type: 'report.updated', payload: event(11) } }]);
  });

  it('after a gap, feature listeners hear nothing until the fresh situation, which tells them to refetch', () => {
    const heard: LiveFeedEvent[] = [];
    socket.receive('connect');
    socket.receive('situation', situation([organization()]));
    store.listen((event) => heard.push(event));
    socket.receive('report.updated', event(13));
    socket.receive('report.updated', event(14));
    expect(heard).toEqual([]);
    socket.receive('situation', situation([organization()], { seq: 14 }));
    expect(heard).toEqual([{ type: 'situation' }]);
  });
});

describe('LiveSituationStore with a kind that no screen applies', () => {
  // A kind added to the registry for another feature (here a made-up one): the store listens to
  // every kind it is given, and each must move the seq or the next change would look like a gap.
  const kinds = [...LIVE_CHANGE_KINDS, 'request.created' as LiveChangeKind];

  it('takes its seq without a resync and passes it on to feature listeners', () => {
    const socket = new FakeSocket();
    const store = new LiveSituationStore(socket.asSocket(), '20', () => NOW, kinds);
    store.start();
    const heard: LiveFeedEvent[] = [];
    store.listen((change) => heard.push(change));
    socket.receive('connect');
    socket.receive('situation', situation([organization()]));
    const created = { seq: 11, region: '20', requestId: 'r-1' };
    socket.receive('request.created', created);
    socket.receive('report.updated', event(12));
    socket.receive('region.seq', { region: '20', seq: 12 });
    expect(store.getSnapshot().seq).toBe(12);
    expect(socket.subscribes()).toHaveLength(1);
    expect(heard.map((entry) => (entry.type === 'change' ? entry.change.type : entry.type))).toEqual([
      'situation',
      'request.created',
      'report.updated',
    ]);
    store.stop();
    expect(socket.listenerCount('request.created')).toBe(0);
  });
});
