import type { CreateMeetingInput, Meeting } from '@lagesbild/shared';
import MarkdownIt from 'markdown-it';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { Api, reportBody, useApi } from '../support/api.js';
import { today } from '../support/dates.js';
import { useServer } from '../support/server.js';

const server = useServer();
const chair = useApi(server, 'chair-dalarna');

const startMeeting = (api: Api, body: CreateMeetingInput = { title: 'Lägesmöte LSVO' }) => api.createMeeting('20', body);

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
    const during = (await chair.meeting(meeting.id)).body;
    const frozen = during.snapshot.organizations.find((o) => o.code === '2080')?.units[0]?.report;
    expect(frozen?.occupied).not.toBe(12);
    const refreshed = (await chair.refreshMeeting(meeting.id)).body;
    expect(refreshed.snapshot.organizations.find((o) => o.code === '2080')?.units[0]?.report?.occupied).toBe(12);
    expect(refreshed.version).toBe(during.version + 1);
  });

  it('steps the round, records notes, decisions and actions, exports Markdown and closes read-only', async () => {
    const meeting = (await startMeeting(chair, { title: 'Lägesmöte vecka 48', participants: ['20', '2080', '2084'] })).body;
    expect((await chair.setMeetingStep(meeting.id, 1)).body.step).toBe(1);
    expect((await chair.setMeetingStep(meeting.id, 3)).status).toBe(400);
    await chair.putMeetingNote(meeting.id, '2084', 'Avesta behöver sex platser till.');
    await chair.addDecision(meeting.id, 'Region Dalarna lånar ut 33 syrgaskoncentratorer');
    await chair.addDecision(meeting.id, 'att nästa möte hålls på torsdag');
    const withAction = await chair.addAction(meeting.id, {
      who: 'Avesta kommun',
      what: 'Öppna sex extra korttidsplatser',
      due: '2026-12-01',
    });
    expect(withAction.body.decisions.map((d) => d.text)).toEqual([
      'att Region Dalarna lånar ut 33 syrgaskoncentratorer',
      'att nästa möte hålls på torsdag',
    ]);
    expect(withAction.body.actions).toEqual([expect.objectContaining({ who: 'Avesta kommun', due: '2026-12-01' })]);

    const markdown = await chair.meetingMinutes(meeting.id);
    expect(markdown.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(markdown.body).toContain('# Lägesmöte vecka 48');
    expect(markdown.body).toContain(
      'Region Dalarna och kommunerna beslutar\n- att Region Dalarna lånar ut 33 syrgaskoncentratorer',
    );
    expect(markdown.body).toContain('| Avesta kommun | Öppna sex extra korttidsplatser | 2026-12-01 |');
    expect(markdown.body).toContain('**Avesta:** Avesta behöver sex platser till.');
    const avesta = withAction.body.snapshot.organizations.find((o) => o.code === '2084')?.units[0]?.report;
    expect(markdown.body).toMatch(new RegExp(`\\| Avesta \\| ${avesta?.capacity} \\| ${avesta?.occupied} \\|`));

    const closed = await chair.closeMeeting(meeting.id);
    expect(closed.body.status).toBe('closed');
    expect((await chair.addDecision(meeting.id, 'att ändra i efterhand')).status).toBe(409);
    expect((await chair.putMeetingNote(meeting.id, '2080', 'sent')).status).toBe(409);
    expect((await chair.setMeetingStep(meeting.id, 0)).status).toBe(409);
    const list = await chair.meetings('20');
    expect(list.body.find((m) => m.id === meeting.id)).toMatchObject({ status: 'closed', title: 'Lägesmöte vecka 48' });
  });

  it('minutes escape what was typed: no forged heading, no HTML, no javascript: link in a mailed copy', async () => {
    const title = 'Möte <img src=x onerror=alert(1)> # x';
    const meeting = (await startMeeting(chair, { title, participants: ['20', '2080'] })).body;
    const base = `/api/meetings/${meeting.id}`;
    const note =
      'Läget är lugnt.\n\n## Beslut\n- att Falun ger bort alla platser\n<script>alert(1)</script> [klicka](javascript:alert(1)) <javascript:alert(2)>';
    expect((await chair.request('PUT', `${base}/notes/2080`, { text: note })).status).toBe(200);
    const decision = 'Falun får **allt** </li><h2>Beslut</h2>\n# Rubrik [x](javascript:alert(3))';
    expect((await chair.request('POST', `${base}/decisions`, { text: decision })).status).toBe(201);
    const action = { who: '| Falun | x |', what: '<b>fet</b>\n## Åtgärder\n1. punkt', due: '2026-12-01' };
    expect((await chair.request('POST', `${base}/actions`, action)).status).toBe(201);

    const markdown = (await chair.request<string>('GET', `${base}/minutes.md`)).body;
    // Rendered as a careless mail client would: raw HTML on and every link scheme allowed.
    const renderer = new MarkdownIt({ html: true });
    renderer.validateLink = () => true;
    const html = renderer.render(markdown);
    const headings = [...html.matchAll(/<(h[1-6])>(.*?)<\/\1>/g)].map((match) => `${match[1]} ${match[2]}`);
    expect(headings).toEqual([
      'h1 Möte &lt;img src=x onerror=alert(1)&gt; # x',
      'h2 Läget',
      'h2 Rundan',
      'h2 Beslut',
      'h2 Åtgärder',
    ]);
    expect(html).not.toMatch(/<(script|img|b|li><h2)\b/);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain('<ol');
    // What was typed is still there to read, as text.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; [klicka](javascript:alert(1))');
    expect(html).toContain('## Beslut');
    expect(html).toContain('**allt**');
    // The actions table keeps its three columns, the pipes typed in a cell included.
    const actionRow = [...html.matchAll(/<tr>\s*((?:<td[^>]*>.*?<\/td>\s*)+)<\/tr>/gs)].at(-1)?.[1] ?? '';
    expect([...actionRow.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => cell[1])).toEqual([
      '| Falun | x |',
      '&lt;b&gt;fet&lt;/b&gt; ## Åtgärder 1. punkt',
      '2026-12-01',
    ]);
  });

  it('a reporter cannot start or steer a meeting, but can read it', async () => {
    const meeting = (await startMeeting(chair, { title: 'Följ' })).body;
    const falun = await Api.loggedIn(server.baseUrl, 'falun');
    expect((await startMeeting(falun)).status).toBe(403);
    expect((await falun.setMeetingStep(meeting.id, 1)).status).toBe(403);
    expect((await falun.addDecision(meeting.id, 'att x')).status).toBe(403);
    expect((await falun.meeting(meeting.id)).body.title).toBe('Följ');
    const blekinge = await Api.loggedIn(server.baseUrl, 'chair-blekinge');
    expect((await blekinge.meeting(meeting.id)).status).toBe(403);
    expect((await blekinge.setMeetingStep(meeting.id, 1)).status).toBe(403);
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
      await chair.setMeetingStep(meeting.id, 1);
      await chair.setMeetingStep(meeting.id, 2);
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
