import { randomBytes } from 'node:crypto';
import type { Meeting, Network } from '@lagesbild/shared';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Api, useApi } from '../support/api.js';
import { today } from '../support/dates.js';
import { useServer } from '../support/server.js';

// Networks (meeting series) and what their meetings add: the agenda with § numbers, attendance,
// decisions in the network's words, actions that come back, Word minutes, the calendar feed.

const server = useServer();
const chair = useApi(server, 'chair-dalarna');

const unique = () => randomBytes(3).toString('hex');

/** A network of its own per test (the demo's LSVO may have a meeting open in another test). */
async function newNetwork(nextParagraph: number | null = 183): Promise<Network> {
  const created = await chair.createNetwork('20', {
    name: `LSVO ${unique()}`,
    decisionPhrase: 'LSVO beslutar',
    nextParagraph,
    extraRecipients: ['registrator@region.example'],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  let network = created.body;
  network = (
    await chair.addMember(network.id, {
      name: 'Karin Ström',
      organizationCode: '2080',
      role: 'förvaltningschef',
      email: 'karin@falun.example',
      username: 'falun',
    })
  ).body;
  network = (
    await chair.addMember(network.id, {
      name: 'Maria Holm',
      organizationCode: '2084',
      role: 'socialchef',
      email: 'maria@avesta.example',
    })
  ).body;
  const maria = network.members.find((m) => m.name === 'Maria Holm');
  network = (
    await chair.addMember(network.id, { name: 'Lena Sjö', organizationCode: '2084', role: 'enhetschef', deputyFor: maria?.id })
  ).body;
  return network;
}

const member = (network: Pick<Network, 'members'>, name: string) => {
  const found = network.members.find((m) => m.name === name);
  if (!found) throw new Error(`no member ${name}`);
  return found;
};

async function startIn(network: Network, title = `Möte ${unique()}`, extra: { calendarEntryId?: string } = {}): Promise<Meeting> {
  const response = await chair.createMeeting('20', { title, networkId: network.id, ...extra });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const itemOf = (meeting: Meeting, content: string) => {
  const item = meeting.agenda.find((i) => i.content === content);
  if (!item) throw new Error(`no ${content} item`);
  return item;
};

/** The text of the Word document's body (a .docx is a zip of XML). */
async function docxText(response: Response): Promise<{ text: string; xml: string }> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('wordprocessingml');
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
    .map((paragraph) => [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n');
  return { text, xml };
}

async function blekingeNetworkId(): Promise<string> {
  const blekinge = await Api.loggedIn(server, 'chair-blekinge');
  return (await blekinge.networks('10')).body[0]?.id ?? '';
}

describe('networks', () => {
  it('the demo region has its networks; a chair keeps members, deputies and a calendar', async () => {
    const list = await chair.networks('20');
    expect(list.status).toBe(200);
    expect(list.body.map((n) => n.name)).toEqual(expect.arrayContaining(['LSVO', 'Länschefsnätverket', 'Socialchefsnätverket']));
    const lsvo = list.body.find((n) => n.name === 'LSVO');
    expect(lsvo).toMatchObject({ decisionPhrase: 'LSVO beslutar', nextParagraph: 183 });
    expect(lsvo?.next?.date).toBe(today());

    const network = await newNetwork();
    expect(network.members.map((m) => [m.name, m.deputyFor === null ? 'ledamot' : 'ersättare'])).toEqual([
      ['Karin Ström', 'ledamot'],
      ['Maria Holm', 'ledamot'],
      ['Lena Sjö', 'ersättare'],
    ]);
    const withEntry = await chair.addCalendarEntry(network.id, {
      date: '2030-12-10',
      startTime: '13:00',
      endTime: '15:00',
      place: 'Dalarnas hus',
    });
    expect(withEntry.status).toBe(201);
    expect(withEntry.body.calendar).toEqual([
      expect.objectContaining({
        date: '2030-12-10',
        startTime: '13:00',
        endTime: '15:00',
        place: 'Dalarnas hus',
        meetingId: null,
      }),
    ]);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const network = await newNetwork();
    const before = (await chair.network(network.id)).body;
    const cases: [Promise<{ status: number; error?: unknown }>, number, string][] = [
      [chair.addMember(network.id, { name: '  ' }), 400, 'name'],
      [chair.request('POST', `/api/networks/${network.id}/members`, { role: 'chef' }), 400, 'name'],
      [chair.addMember(network.id, { name: 'X', email: 'inte-en-adress' }), 400, 'email'],
      [chair.addMember(network.id, { name: 'X', organizationCode: '1083' }), 400, 'organizationCode'],
      [chair.addMember(network.id, { name: 'X', username: 'solvesborg' }), 400, 'username'],
      [chair.addMember(network.id, { name: 'X', deputyFor: member(network, 'Lena Sjö').id }), 400, 'deputyFor'],
      [chair.addMember(network.id, { name: 'Dubblett', email: 'KARIN@falun.example' }), 409, 'email'],
      [chair.addCalendarEntry(network.id, { date: '2030-02-30', startTime: '13:00' }), 400, 'date'],
      [chair.addCalendarEntry(network.id, { date: '2030-12-10', startTime: '13:00', endTime: '12:00' }), 400, 'endTime'],
      [chair.addCalendarEntry(network.id, { date: '2030-12-10', startTime: '25:00' }), 400, 'startTime'],
      [chair.addCalendarEntry(network.id, { date: '2030-12-10', startTime: '13:00', link: 'javascript:alert(1)' }), 400, 'link'],
      [chair.createNetwork('20', { name: before.name, decisionPhrase: 'x' }), 409, 'name'],
      [chair.createNetwork('20', { name: `N ${unique()}`, decisionPhrase: '' }), 400, 'decisionPhrase'],
    ];
    for (const [call, status, field] of cases) {
      const response = (await call) as { status: number; error?: { errors?: Record<string, string[]> } };
      expect(response.status, field).toBe(status);
      expect(Object.keys(response.error?.errors ?? {}), field).toContain(field);
    }
    expect((await chair.network(network.id)).body).toEqual(before);
  });

  it('other regions see nothing, and only the chair (or an analyst) keeps a network', async () => {
    const network = await newNetwork();
    const blekinge = await Api.loggedIn(server, 'chair-blekinge');
    expect((await blekinge.network(network.id)).status).toBe(403);
    expect((await blekinge.addMember(network.id, { name: 'X' })).status).toBe(403);
    expect((await blekinge.networks('20')).status).toBe(403);
    const falun = await Api.loggedIn(server, 'falun');
    expect((await falun.network(network.id)).status).toBe(200);
    expect((await falun.addMember(network.id, { name: 'X' })).status).toBe(403);
    expect((await falun.rotateFeed(network.id)).status).toBe(403);
  });

  it('the calendar feed parses as iCalendar, follows changes and cancellations, and ends when rotated', async () => {
    const network = await newNetwork();
    let current = (
      await chair.addCalendarEntry(network.id, {
        date: '2030-12-10',
        startTime: '13:00',
        endTime: '15:00',
        place: 'Dalarnas hus',
        link: 'https://mote.example/lsvo',
      })
    ).body;
    current = (await chair.addCalendarEntry(network.id, { date: '2031-01-14', startTime: '09:30' })).body;
    const [first, second] = current.calendar;
    current = (
      await chair.updateCalendarEntry(network.id, second!.id, { date: '2031-01-15', startTime: '10:00', endTime: '11:00' })
    ).body;
    current = (await chair.removeCalendarEntry(network.id, first!.id)).body;

    const feed = await chair.calendarFeed(current.feedPath);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(feed.body) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${network.name} (Region Dalarna)`);
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const byUid = new Map(events.map((event) => [event.uid, event]));
    const moved = byUid.get(`${second!.id}@lagesbild`);
    // 10:00 in Stockholm in January is 09:00 UTC; the feed writes instants.
    expect(moved?.startDate.toJSDate().toISOString()).toBe('2031-01-15T09:00:00.000Z');
    expect(moved?.endDate.toJSDate().toISOString()).toBe('2031-01-15T10:00:00.000Z');
    expect(moved?.sequence).toBe(1);
    const cancelled = byUid.get(`${first!.id}@lagesbild`);
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled?.location).toBe('Dalarnas hus');
    expect(cancelled?.startDate.toJSDate().toISOString()).toBe('2030-12-10T12:00:00.000Z');

    const rotated = (await chair.rotateFeed(network.id)).body;
    expect(rotated.feedPath).not.toBe(current.feedPath);
    expect((await chair.calendarFeed(current.feedPath)).status).toBe(404);
    expect((await chair.calendarFeed(rotated.feedPath)).status).toBe(200);
    expect((await chair.calendarFeed('/api/calendar/inte-en-nyckel.ics')).status).toBe(404);
  });
});

describe('a network’s meetings', () => {
  it('an action left open comes back in the next meeting; ticked off there, both minutes keep it', async () => {
    const network = await newNetwork(183);
    const karin = member(network, 'Karin Ström');
    const maria = member(network, 'Maria Holm');
    const lena = member(network, 'Lena Sjö');
    const entry = (
      await chair.addCalendarEntry(network.id, { date: today(), startTime: '13:00', endTime: '15:00', place: 'Dalarnas hus' })
    ).body.calendar[0];

    // The first meeting: the round only, numbered from the network's next §.
    let first = await startIn(network, 'LSVO december', { calendarEntryId: entry!.id });
    expect(first).toMatchObject({ startTime: '13:00', endTime: '15:00', place: 'Dalarnas hus', firstParagraph: 183 });
    expect(first.agenda.map((i) => [i.number, i.type, i.title])).toEqual([[183, 'situation', 'Lägesbild']]);
    expect(first.attendance.members).toEqual([
      { memberId: karin.id, status: 'present', substituteId: null },
      { memberId: maria.id, status: 'present', substituteId: null },
    ]);
    first = (
      await chair.addAgendaItem(first.id, {
        type: 'decision',
        title: 'Korttidsplatser i Avesta',
        presenter: 'Maria Holm',
        proposal: 'att Falun lånar ut 4 platser till Avesta',
      })
    ).body;
    const avestaItem = first.agenda[1]!;
    expect(avestaItem.number).toBe(184);
    first = (
      await chair.setAttendance(first.id, {
        members: [
          { memberId: karin.id, status: 'present' },
          { memberId: maria.id, status: 'absent', substituteId: lena.id },
        ],
        guests: [{ name: 'Per Gäst', organization: 'Länsstyrelsen' }],
      })
    ).body;
    const decided = await chair.addDecision(first.id, 'Falun lånar ut 4 platser till Avesta', {
      agendaItemId: avestaItem.id,
      organizationCode: '2084',
      figure: 'places',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body.decisions[0]).toMatchObject({
      text: 'att Falun lånar ut 4 platser till Avesta',
      agendaItemId: avestaItem.id,
    });
    expect(decided.body.decisions[0]?.figure?.text).toMatch(/^Avesta \d+ av \d+ platser$/);
    first = (
      await chair.addAction(first.id, {
        what: 'Ordna transport till Avesta',
        ownerMemberId: karin.id,
        untilNextMeeting: true,
        agendaItemId: avestaItem.id,
      })
    ).body;
    first = (await chair.addAction(first.id, { what: 'Rapportera läget', ownerOrganizationCode: '2084', due: '2099-01-01' }))
      .body;
    expect(first.actions.map((a) => [a.who, a.state.status])).toEqual([
      ['Karin Ström (Falun)', 'open'],
      ['Avesta', 'open'],
    ]);
    const [transport, report] = first.actions;

    // Falun's member sees the personal action on the start page; Avesta's users see their organisation's.
    const falun = await Api.loggedIn(server, 'falun');
    expect((await falun.myActions()).body).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: transport!.id, owner: 'person', untilNextMeeting: true })]),
    );
    const avesta = await Api.loggedIn(server, 'avesta');
    const avestas = (await avesta.myActions()).body;
    expect(avestas.map((a) => a.id)).toContain(report!.id);
    expect(avestas.map((a) => a.id)).not.toContain(transport!.id);
    // And each was told in their inbox, with a link to the meeting; the chair who wrote them down was not.
    const assigned = (api: Api) =>
      api.notifications({ limit: 100 }).then((r) => r.body.items.filter((n) => n.kind === 'meetings.actionAssigned'));
    expect((await assigned(falun)).find((n) => n.params.what === 'Ordna transport till Avesta')).toMatchObject({
      params: { meetingTitle: 'LSVO december', due: null, untilNextMeeting: true },
      link: `/meetings/${first.id}`,
      readAt: null,
    });
    expect((await assigned(avesta)).map((n) => n.params.what)).toContain('Rapportera läget');
    expect((await assigned(avesta)).map((n) => n.params.what)).not.toContain('Ordna transport till Avesta');
    expect((await assigned(chair)).map((n) => n.params.what)).not.toContain('Rapportera läget');

    const closedFirst = (await chair.closeMeeting(first.id)).body;
    expect(closedFirst.status).toBe('closed');
    expect((await chair.network(network.id)).body.nextParagraph).toBe(185);

    // The next meeting: last minutes, the follow-up and the round, numbered on from § 185.
    let second = await startIn(network, 'LSVO januari');
    expect(second.agenda.map((i) => [i.number, i.content])).toEqual([
      [185, 'previous_minutes'],
      [186, 'follow_up'],
      [187, 'situation'],
    ]);
    expect(second.previousMeeting).toMatchObject({ id: first.id, title: 'LSVO december' });
    expect(second.followUp.map((a) => [a.id, a.state.status, a.meetingTitle])).toEqual([
      [transport!.id, 'open', 'LSVO december'],
      [report!.id, 'open', 'LSVO december'],
    ]);
    const previousMinutes = itemOf(second, 'previous_minutes');
    second = (await chair.addDecision(second.id, previousMinutes.proposal ?? '', { agendaItemId: previousMinutes.id })).body;
    second = (await chair.setActionStatus(second.id, transport!.id, 'done')).body;
    expect(second.followUp.find((a) => a.id === transport!.id)?.state).toMatchObject({
      status: 'done',
      changedBy: 'chair-dalarna',
      changedInMeetingId: second.id,
    });
    // Ticked off, it leaves Falun's start page.
    expect((await falun.myActions()).body.map((a) => a.id)).not.toContain(transport!.id);
    await chair.closeMeeting(second.id);

    // Both minutes keep the action: the first shows it done at the later meeting, the second ticked off.
    const firstMinutes = (await chair.meetingMinutes(first.id)).body;
    expect(firstMinutes).toContain('# LSVO december');
    expect(firstMinutes).toContain('## § 183 Lägesbild');
    expect(firstMinutes).toContain('## § 184 Korttidsplatser i Avesta');
    expect(firstMinutes).toContain('**Förslag till beslut:** att Falun lånar ut 4 platser till Avesta');
    expect(firstMinutes).toMatch(/LSVO beslutar\n- att Falun lånar ut 4 platser till Avesta \(Avesta \d+ av \d+ platser\)/);
    expect(firstMinutes).toContain('~~Maria Holm, Avesta, socialchef~~ (ersätts av Lena Sjö)');
    expect(firstMinutes).toContain('**Gäster:** Per Gäst, Länsstyrelsen');
    expect(firstMinutes).toMatch(
      /\| § 184 \| Karin Ström \(Falun\) \| Ordna transport till Avesta \| Till nästa möte \| Klar \(vid mötet .*, chair-dalarna\) \|/,
    );
    expect(firstMinutes).toContain('**Protokollet ska skickas till:** Karin Ström, Maria Holm, registrator@region.example.');
    const secondMinutes = (await chair.meetingMinutes(second.id)).body;
    expect(secondMinutes).toContain('## § 185 Föregående minnesanteckningar');
    expect(secondMinutes).toContain('LSVO beslutar\n- att lägga minnesanteckningarna till handlingarna');
    expect(secondMinutes).toContain('## § 186 Uppföljning från föregående möten');
    expect(secondMinutes).toMatch(
      /\| Karin Ström \(Falun\) \| Ordna transport till Avesta \| Till nästa möte \| Klar \(vid mötet/,
    );
    expect(secondMinutes).toMatch(/\| Avesta \| Rapportera läget \| 1 jan\. 2099 \| Öppen \|/);

    // The Word file says the same: decisions, attendance (the absent struck through) and § numbers.
    const word = await docxText(await chair.minutesDocx(first.id));
    expect(word.text).toContain('§ 183 Lägesbild');
    expect(word.text).toContain('§ 184 Korttidsplatser i Avesta');
    expect(word.text).toContain('LSVO beslutar');
    expect(word.text).toMatch(/att Falun lånar ut 4 platser till Avesta \(Avesta \d+ av \d+ platser\)/);
    expect(word.text).toContain('Karin Ström, Falun, förvaltningschef');
    expect(word.text).toContain('Maria Holm, Avesta, socialchef (ersätts av Lena Sjö)');
    expect(word.text).toContain('1 av 2 närvarande (överstruken = frånvarande)');
    expect(word.xml).toMatch(/<w:strike\/>.*?Maria Holm, Avesta, socialchef/s);
    const secondWord = await docxText(await chair.minutesDocx(second.id));
    expect(secondWord.text).toContain('§ 185 Föregående minnesanteckningar');
    expect(secondWord.text).toContain('att lägga minnesanteckningarna till handlingarna');

    // Searchable by text, Swedish stems included ("transporten" finds "transport").
    const hits = (await chair.searchMeetings('20', 'transporten Avesta')).body;
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining([first.id]));
    expect(hits.find((h) => h.id === first.id)?.headline).toContain('\uE000');
    expect((await chair.searchMeetings('20', '')).status).toBe(400);
    const blekinge = await Api.loggedIn(server, 'chair-blekinge');
    expect((await blekinge.searchMeetings('20', 'Avesta')).status).toBe(403);
    expect((await blekinge.meetingMinutes(first.id)).status).toBe(403);
    expect((await blekinge.minutesDocx(first.id)).status).toBe(403);
  });

  it('refuses bad input to a meeting naming the field, and edits to a closed one, storing nothing', async () => {
    const network = await newNetwork(null);
    const outsider = (await newNetwork(null)).members[0]!;
    const meeting = await startIn(network);
    const situation = itemOf(meeting, 'situation');
    expect(situation.number).toBe(1);
    const cases: [Promise<{ status: number; error?: unknown }>, number, string][] = [
      [chair.addAgendaItem(meeting.id, { type: 'beslut' as never, title: 'X' }), 400, 'type'],
      [chair.addAgendaItem(meeting.id, { type: 'decision', title: '' }), 400, 'title'],
      [
        chair.addAgendaItem(meeting.id, { type: 'decision', title: 'X', links: [{ url: 'javascript:alert(1)' }] }),
        400,
        'links.0.url',
      ],
      [chair.addAction(meeting.id, { who: 'Falun', what: 'X', due: '2000-01-01' }), 400, 'due'],
      [chair.addAction(meeting.id, { what: 'X' }), 400, 'who'],
      [chair.addAction(meeting.id, { what: 'X', ownerMemberId: outsider.id }), 400, 'ownerMemberId'],
      [chair.setAttendance(meeting.id, { members: [{ memberId: outsider.id, status: 'present' }] }), 400, 'members.0.memberId'],
      [
        chair.setAttendance(meeting.id, {
          members: [
            { memberId: member(network, 'Karin Ström').id, status: 'absent', substituteId: member(network, 'Lena Sjö').id },
          ],
        }),
        400,
        'members.0.substituteId',
      ],
      [chair.addDecision(meeting.id, 'x', { agendaItemId: '00000000-0000-0000-0000-000000000000' }), 400, 'agendaItemId'],
      [chair.addDecision(meeting.id, 'x', { figure: 'places' }), 400, 'organizationCode'],
      [chair.orderAgenda(meeting.id, [situation.id, situation.id]), 400, 'itemIds'],
      [chair.setActionStatus(meeting.id, '00000000-0000-0000-0000-000000000000', 'done'), 400, 'actionId'],
      [chair.createMeeting('20', { title: 'Två samtidigt', networkId: network.id }), 409, 'networkId'],
      [chair.createMeeting('20', { title: 'Fel region', networkId: await blekingeNetworkId() }), 400, 'networkId'],
      [chair.sendMinutes(meeting.id), 409, 'status'],
    ];
    for (const [call, status, field] of cases) {
      const response = (await call) as { status: number; error?: { errors?: Record<string, string[]> } };
      expect(response.status, field).toBe(status);
      expect(Object.keys(response.error?.errors ?? {}), field).toContain(field);
    }
    const unchanged = (await chair.meeting(meeting.id)).body;
    expect(unchanged.version).toBe(meeting.version);
    expect(unchanged.agenda).toEqual(meeting.agenda);

    await chair.closeMeeting(meeting.id);
    const late: [Promise<{ status: number; error?: unknown }>, string][] = [
      [chair.addAgendaItem(meeting.id, { type: 'information', title: 'Sent' }), 'status'],
      [chair.setAttendance(meeting.id, { members: [] }), 'status'],
      [chair.addDecision(meeting.id, 'att ändra'), 'status'],
      [chair.setCurrentItem(meeting.id, situation.id), 'status'],
    ];
    for (const [call, field] of late) {
      const response = (await call) as { status: number; error?: { errors?: Record<string, string[]> } };
      expect(response.status).toBe(409);
      expect(Object.keys(response.error?.errors ?? {})).toContain(field);
    }
    // Without SMTP_URL the minutes cannot be mailed, and the chair is told why.
    const send = await chair.sendMinutes(meeting.id);
    expect(send.status).toBe(409);
    expect(send.error).toMatchObject({ codes: { mail: ['validation.minutesMailOff'] } });
  });

  it('two chairs starting the same network’s meeting at once get one meeting, many times over', async () => {
    const analyst = await Api.loggedIn(server, 'region-dalarna');
    for (let round = 0; round < 8; round += 1) {
      const network = await newNetwork(10);
      const answers = await Promise.all([
        chair.createMeeting('20', { title: `A ${round}`, networkId: network.id }),
        analyst.createMeeting('20', { title: `B ${round}`, networkId: network.id }),
        chair.createMeeting('20', { title: `C ${round}`, networkId: network.id }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
      expect((await chair.network(network.id)).body.openMeetingId).toBe(answers.find((a) => a.status === 201)?.body.id);
    }
  });

  it('ticking the same action at once, many times, records one change and every screen agrees', async () => {
    const network = await newNetwork();
    let first = await startIn(network);
    first = (await chair.addAction(first.id, { who: 'Falun', what: 'Öppna fler platser' })).body;
    const action = first.actions[0]!;
    await chair.closeMeeting(first.id);
    const second = await startIn(network);
    const analyst = await Api.loggedIn(server, 'region-dalarna');
    for (const status of ['done', 'struck', 'open', 'done'] as const) {
      const answers = await Promise.all([
        chair.setActionStatus(second.id, action.id, status),
        analyst.setActionStatus(second.id, action.id, status),
        chair.setActionStatus(second.id, action.id, status),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    }
    const final = (await chair.meeting(second.id)).body;
    expect(final.followUp.map((a) => a.state.status)).toEqual(['done']);
    // One change per real change (done → struck → open → done); the repeats were no-ops.
    expect(final.version - second.version).toBe(4);
  });

  it('the agenda is ordered and shown item by item to followers, and the item on screen can be chosen', async () => {
    const network = await newNetwork();
    let meeting = await startIn(network);
    meeting = (
      await chair.addAgendaItem(meeting.id, {
        type: 'information',
        title: 'Vaccinationsläget',
        text: 'Rad ett\nRad två',
        links: [{ label: 'Underlag', url: 'https://example.se/underlag.pdf' }],
      })
    ).body;
    meeting = (await chair.addAgendaItem(meeting.id, { type: 'dialog', title: 'Sommarplanering' })).body;
    const [situation, info, dialog] = meeting.agenda;
    meeting = (await chair.orderAgenda(meeting.id, [info!.id, dialog!.id, situation!.id])).body;
    expect(meeting.agenda.map((i) => [i.number, i.title])).toEqual([
      [183, 'Vaccinationsläget'],
      [184, 'Sommarplanering'],
      [185, 'Lägesbild'],
    ]);
    meeting = (await chair.setCurrentItem(meeting.id, dialog!.id)).body;
    expect(meeting.currentItemId).toBe(dialog!.id);
    const used = (await chair.addDecision(meeting.id, 'att planera')).body;
    // Without an item named, a decision goes under the item on screen.
    expect(used.decisions[0]?.agendaItemId).toBe(dialog!.id);
    expect((await chair.removeAgendaItem(meeting.id, dialog!.id)).status).toBe(409);
    const removed = await chair.removeAgendaItem(meeting.id, info!.id);
    expect(removed.body.agenda.map((i) => i.title)).toEqual(['Sommarplanering', 'Lägesbild']);
    const markdown = (await chair.meetingMinutes(meeting.id)).body;
    expect(markdown).toContain('## § 183 Sommarplanering\n\n**Dialog**');
  });

  it('the county’s holiday staffing can be a step of the agenda, and its minutes say it was shown', async () => {
    const network = await newNetwork();
    let meeting = await startIn(network);
    const added = await chair.addAgendaItem(meeting.id, {
      type: 'information',
      content: 'holiday_plan',
      title: 'Bemanning jul och nyår',
    });
    expect(added.status).toBe(201);
    meeting = added.body;
    expect(meeting.agenda.find((item) => item.title === 'Bemanning jul och nyår')?.content).toBe('holiday_plan');
    const markdown = (await chair.meetingMinutes(meeting.id)).body;
    expect(markdown).toContain('Länets bemanning under helgerna visades ur Lägesbild (Helgplanering).');
    const unknown = await chair.addAgendaItem(meeting.id, { type: 'information', content: 'weather', title: 'Väder' } as never);
    expect(unknown.status).toBe(400);
    expect(Object.keys((unknown as { error?: { errors?: Record<string, string[]> } }).error?.errors ?? {})).toContain('content');
  });
});
