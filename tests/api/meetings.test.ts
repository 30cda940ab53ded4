import type { Meeting, MeetingSummary } from '@lagesbild/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, reportBody } from '../support/api.js';
import { today } from '../support/dates.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let chair: Api;
beforeAll(async () => {
  server = await startServer();
  chair = await Api.loggedIn(server.baseUrl, 'chair-dalarna');
});
afterAll(async () => {
  await server.stop();
});

const startMeeting = (api: Api, body: Record<string, unknown> = { title: 'Lägesmöte LSVO' }) =>
  api.request<Meeting>('POST', '/api/regions/20/meetings', body);

describe('situation meetings', () => {
  it('a chair starts a meeting with the figures frozen, the region first, then the municipalities', async () => {
    const response = await startMeeting(chair);
    expect(response.status).toBe(201);
    const meeting = response.body;
    expect(meeting).toMatchObject({
      region: '20',
      title: 'Lägesmöte LSVO',
      date: today(),
      status: 'open',
      step: null,
      version: 1,
    });
    expect(meeting.participants[0]).toBe('20');
    expect(meeting.participants).toHaveLength(16);
    expect(meeting.snapshot.organizations).toHaveLength(16);
    expect(meeting.snapshot.date).toBe(today());
  });

  it('keeps the snapshot frozen while figures change, until the chair refreshes it', async () => {
    const meeting = (await startMeeting(chair, { title: 'Frysning' })).body;
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    await falun.putReport('2080-lunden', today(), reportBody({ occupied: 12, comment: 'under mötet' }));
    const during = (await chair.request<Meeting>('GET', `/api/meetings/${meeting.id}`)).body;
    const frozen = during.snapshot.organizations.find((o) => o.code === '2080')?.units[0]?.report;
    expect(frozen?.occupied).not.toBe(12);
    const refreshed = (await chair.request<Meeting>('POST', `/api/meetings/${meeting.id}/refresh`)).body;
    expect(refreshed.snapshot.organizations.find((o) => o.code === '2080')?.units[0]?.report?.occupied).toBe(12);
    expect(refreshed.version).toBe(during.version + 1);
  });

  it('steps the round, records notes, decisions and actions, exports Markdown and closes read-only', async () => {
    const meeting = (await startMeeting(chair, { title: 'Lägesmöte vecka 48', participants: ['20', '2080', '2084'] })).body;
    const base = `/api/meetings/${meeting.id}`;
    expect((await chair.request<Meeting>('PUT', `${base}/step`, { step: 1 })).body.step).toBe(1);
    expect((await chair.request('PUT', `${base}/step`, { step: 3 })).status).toBe(400);
    await chair.request('PUT', `${base}/notes/2084`, { text: 'Avesta behöver sex platser till.' });
    await chair.request('POST', `${base}/decisions`, { text: 'Region Dalarna lånar ut 33 syrgaskoncentratorer' });
    await chair.request('POST', `${base}/decisions`, { text: 'att nästa möte hålls på torsdag' });
    const withAction = await chair.request<Meeting>('POST', `${base}/actions`, {
      who: 'Avesta kommun',
      what: 'Öppna sex extra korttidsplatser',
      due: '2026-12-01',
    });
    expect(withAction.body.decisions.map((d) => d.text)).toEqual([
      'att Region Dalarna lånar ut 33 syrgaskoncentratorer',
      'att nästa möte hålls på torsdag',
    ]);
    expect(withAction.body.actions).toEqual([expect.objectContaining({ who: 'Avesta kommun', due: '2026-12-01' })]);

    const markdown = await chair.request<string>('GET', `${base}/minutes.md`);
    expect(markdown.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(markdown.body).toContain('# Lägesmöte vecka 48');
    expect(markdown.body).toContain(
      'Region Dalarna och kommunerna beslutar\n- att Region Dalarna lånar ut 33 syrgaskoncentratorer',
    );
    expect(markdown.body).toContain('| Avesta kommun | Öppna sex extra korttidsplatser | 2026-12-01 |');
    expect(markdown.body).toContain('**Avesta:** Avesta behöver sex platser till.');
    const avesta = withAction.body.snapshot.organizations.find((o) => o.code === '2084')?.units[0]?.report;
    expect(markdown.body).toMatch(new RegExp(`\\| Avesta \\| ${avesta?.capacity} \\| ${avesta?.occupied} \\|`));

    const closed = await chair.request<Meeting>('POST', `${base}/close`);
    expect(closed.body.status).toBe('closed');
    expect((await chair.request('POST', `${base}/decisions`, { text: 'att ändra i efterhand' })).status).toBe(409);
    expect((await chair.request('PUT', `${base}/notes/2080`, { text: 'sent' })).status).toBe(409);
    expect((await chair.request('PUT', `${base}/step`, { step: 0 })).status).toBe(409);
    const list = await chair.request<MeetingSummary[]>('GET', '/api/regions/20/meetings');
    expect(list.body.find((m) => m.id === meeting.id)).toMatchObject({ status: 'closed', title: 'Lägesmöte vecka 48' });
  });

  it('a reporter cannot start or steer a meeting, but can read it', async () => {
    const meeting = (await startMeeting(chair, { title: 'Följ' })).body;
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    expect((await startMeeting(falun)).status).toBe(403);
    expect((await falun.request('PUT', `/api/meetings/${meeting.id}/step`, { step: 1 })).status).toBe(403);
    expect((await falun.request('POST', `/api/meetings/${meeting.id}/decisions`, { text: 'att x' })).status).toBe(403);
    expect((await falun.request<Meeting>('GET', `/api/meetings/${meeting.id}`)).body.title).toBe('Följ');
    const blekinge = await Api.loggedIn(server.baseUrl, 'chair-blekinge');
    expect((await blekinge.request('GET', `/api/meetings/${meeting.id}`)).status).toBe(403);
    expect((await blekinge.request('PUT', `/api/meetings/${meeting.id}/step`, { step: 1 })).status).toBe(403);
  });

  it('a follower’s socket receives every step the chair takes', async () => {
    const meeting = (await startMeeting(chair, { title: 'Följ live' })).body;
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    const socket = io(`${server.baseUrl}/live`, { transports: ['websocket'], extraHeaders: { cookie: falun.cookie ?? '' } });
    const steps: (number | null)[] = [];
    const seen = new Promise<void>((resolve) => {
      socket.on('meeting.updated', ({ meeting: m }: { meeting: Meeting }) => {
        steps.push(m.step);
        if (m.step === 2) resolve();
      });
    });
    try {
      const ack = await socket.emitWithAck('meeting.follow', { meetingId: meeting.id });
      expect(ack).toEqual({ ok: true, version: 1, keepsSessionAlive: false });
      await chair.request('PUT', `/api/meetings/${meeting.id}/step`, { step: 1 });
      await chair.request('PUT', `/api/meetings/${meeting.id}/step`, { step: 2 });
      await seen;
      expect(steps).toEqual([null, 1, 2]);
      const blekinge = await Api.loggedIn(server.baseUrl, 'solvesborg');
      const other = io(`${server.baseUrl}/live`, { transports: ['websocket'], extraHeaders: { cookie: blekinge.cookie ?? '' } });
      expect(await other.emitWithAck('meeting.follow', { meetingId: meeting.id })).toEqual({ ok: false, error: 'forbidden' });
      other.close();
    } finally {
      socket.close();
    }
  });
});
