import { DEFAULT_ESCALATION_SETTINGS, type EscalationSettingsValues } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { Api, reportBody, useApi } from '../support/api.js';
import { expectEventually } from '../support/browser.js';
import { withClient } from '../support/clock.js';
import { today } from '../support/dates.js';
import { useServer } from '../support/server.js';

const server = useServer();
const chair = useApi(server, 'chair-dalarna');
const analyst = useApi(server, 'region-dalarna');
const admin = useApi(server, 'admin');
const falun = useApi(server, 'falun');

const stabslage = {
  level: 'staff',
  reason: 'Överbeläggningar på alla sjukhus, ca 20 vårdplatser saknar personal.',
  measures: ['electiveSurgeryStopped', 'agencyStaff'],
  otherMeasures: 'Daglig avstämning med kommunerna kl. 10.30.',
};

const settingsWith = (change: (settings: EscalationSettingsValues) => void): EscalationSettingsValues => {
  const settings = structuredClone(DEFAULT_ESCALATION_SETTINGS);
  change(settings);
  return settings;
};

describe('declared levels', () => {
  it('the chair declares the region’s stabsläge: stored with reason, measures, who and since when, in the situation and the history', async () => {
    const response = await chair.declareLevel('20', '20', stabslage);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ organizationCode: '20', ...stabslage, version: 1, updatedBy: 'chair-dalarna' });
    expect(Date.now() - Date.parse(response.body.since)).toBeLessThan(60_000);

    const situation = (await falun.situation('20')).body;
    expect(situation.levels.find((level) => level.organizationCode === '20')).toEqual(response.body);
    // Changing the measures keeps the level's "since"; the history keeps both versions.
    const more = await analyst.declareLevel('20', '20', { ...stabslage, measures: [...stabslage.measures, 'extraBedsOpened'] });
    expect(more.body).toMatchObject({ version: 2, since: response.body.since, updatedBy: 'region-dalarna' });
    const history = (await falun.escalationHistory('20', '20')).body;
    expect(history.map((version) => [version.version, version.updatedBy])).toEqual([
      [2, 'region-dalarna'],
      [1, 'chair-dalarna'],
    ]);
    expect(history[1]).toMatchObject({ measures: stabslage.measures, level: 'staff' });
  });

  it('says it again without a new version, and back to normalläge without a reason', async () => {
    const current = (await chair.escalationLevels('20')).body.find((level) => level.organizationCode === '20')!;
    const again = await chair.declareLevel('20', '20', {
      level: current.level,
      reason: current.reason,
      measures: [...current.measures].reverse(),
      otherMeasures: current.otherMeasures,
    });
    expect(again.body.version).toBe(current.version);
    const normal = await chair.declareLevel('20', '20', { level: 'normal' });
    expect(normal.body).toMatchObject({ level: 'normal', reason: null, measures: [], version: current.version + 1 });
    expect(Date.parse(normal.body.since)).toBeGreaterThan(Date.parse(current.since));
  });

  it('a municipality declares its own level; the region’s is the region’s alone', async () => {
    const own = await falun.declareLevel('20', '2080', {
      level: 'reinforced',
      reason: 'Sjukfrånvaro 30 % bland undersköterskor.',
    });
    expect(own.status).toBe(200);
    expect((await falun.declareLevel('20', '2081', { level: 'reinforced', reason: 'x' })).status).toBe(403);
    expect((await falun.declareLevel('20', '20', { level: 'staff', reason: 'x' })).status).toBe(403);
    expect((await chair.declareLevel('20', '2080', { level: 'normal' })).status).toBe(403);
    expect((await admin.declareLevel('20', '20', { ...stabslage })).status).toBe(200);
    const blekinge = await Api.loggedIn(server, 'chair-blekinge');
    expect((await blekinge.declareLevel('20', '20', stabslage)).status).toBe(403);
    expect((await blekinge.declareLevel('10', '20', stabslage)).status).toBe(404);
    expect((await chair.declareLevel('20', '9999', stabslage)).status).toBe(404);
    expect((await chair.declareLevel('10', '10', stabslage)).status).toBe(403);
    expect((await blekinge.escalationLevels('10')).body).toEqual([]);
    expect((await blekinge.escalationHistory('20')).status).toBe(403);
  });

  it.each([
    ['level', { level: 'alarm', reason: 'x' }],
    ['level', { reason: 'x' }],
    ['reason', { level: 'staff' }],
    ['reason', { level: 'staff', reason: 'x'.repeat(501) }],
    ['measures.0', { level: 'staff', reason: 'x', measures: ['moonlighting'] }],
    ['measures', { level: 'staff', reason: 'x', measures: ['agencyStaff', 'agencyStaff'] }],
    ['expectedVersion', { level: 'staff', reason: 'x', expectedVersion: -1 }],
    ['colour', { level: 'staff', reason: 'x', colour: 'red' }],
  ])('answers 400 naming %s, and stores nothing', async (field, body) => {
    const before = (await chair.escalationHistory('20')).body;
    const response = await chair.declareLevel('20', '20', body);
    expect(response.status).toBe(400);
    expect(Object.keys(response.error!.errors!)).toEqual([field]);
    expect((await chair.escalationHistory('20')).body).toEqual(before);
  });

  it('two declarations of one level at once from the same version: one is stored, the other is a 409 with it, every round', async () => {
    for (let round = 0; round < 8; round += 1) {
      const current = (await chair.escalationLevels('20')).body.find((level) => level.organizationCode === '20')!;
      const [first, second] = await Promise.all([
        chair.declareLevel('20', '20', { ...stabslage, reason: `Runda ${round} ordföranden`, expectedVersion: current.version }),
        analyst.declareLevel('20', '20', {
          ...stabslage,
          reason: `Runda ${round} analytikern`,
          expectedVersion: current.version,
        }),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      const winner = first.status === 200 ? first : second;
      const loser = first.status === 409 ? first : second;
      expect(winner.body.version).toBe(current.version + 1);
      expect((loser.error as unknown as { current: { version: number } }).current.version).toBe(current.version + 1);
    }
    const versions = (await chair.escalationHistory('20', '20')).body.map((version) => version.version);
    expect(versions).toEqual([...new Set(versions)]);
  });
});

describe('reporting deadlines', () => {
  it('default to 10:00, twice a day from stabsläge, and the region’s admin sets its own', async () => {
    const defaults = (await falun.escalationSettings('20')).body;
    expect(defaults).toMatchObject({ ...DEFAULT_ESCALATION_SETTINGS, version: 0 });
    const situation = (await falun.situation('20')).body;
    expect(situation.reporting.deadlinesByLevel).toEqual(DEFAULT_ESCALATION_SETTINGS.deadlines);

    const mine = settingsWith((s) => {
      s.deadlines.normal = ['09:30'];
      s.deadlines.staff = ['09:00', '14:00'];
    });
    const saved = await admin.putEscalationSettings('20', { ...mine, expectedVersion: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...mine, version: 1, updatedBy: 'admin' });
    expect((await falun.situation('20')).body.reporting.deadlinesByLevel.staff).toEqual(['09:00', '14:00']);
    expect((await admin.putEscalationSettings('20', { ...mine, expectedVersion: 0 })).status).toBe(409);
    // Back to the defaults, for the tests after.
    expect((await admin.putEscalationSettings('20', DEFAULT_ESCALATION_SETTINGS)).body.version).toBe(2);
  });

  it('are set by the region’s admin only', async () => {
    for (const api of [chair, analyst, falun]) {
      expect((await api.putEscalationSettings('20', DEFAULT_ESCALATION_SETTINGS)).status).toBe(403);
    }
    expect((await admin.putEscalationSettings('10', DEFAULT_ESCALATION_SETTINGS)).status).toBe(403);
  });

  it.each([
    ['deadlines.normal.0', settingsWith((s) => (s.deadlines.normal = ['kl tio']))],
    ['deadlines.normal.0', settingsWith((s) => (s.deadlines.normal = ['24:00']))],
    ['deadlines.staff', settingsWith((s) => (s.deadlines.staff = ['15:00', '10:00']))],
    ['deadlines.staff', settingsWith((s) => (s.deadlines.staff = ['08:00', '12:00', '16:00']))],
    ['deadlines.reinforced', settingsWith((s) => (s.deadlines.reinforced = []))],
    ['triggers.occupancy.abovePct', settingsWith((s) => (s.triggers.occupancy.abovePct = 0))],
    ['triggers.occupancy.days', settingsWith((s) => (s.triggers.occupancy.days = 1.5))],
    ['triggers.overcrowding.above', settingsWith((s) => (s.triggers.overcrowding.above = -4))],
    ['triggers.criticalMunicipalities.atLeast', settingsWith((s) => (s.triggers.criticalMunicipalities.atLeast = 0))],
    ['triggers.overcrowding.level', settingsWith((s) => ((s.triggers.overcrowding as { level: string }).level = 'disaster'))],
  ])('answer 400 naming %s, and store nothing', async (field, body) => {
    const before = (await admin.escalationSettings('20')).body;
    const response = await admin.putEscalationSettings('20', body);
    expect(response.status).toBe(400);
    expect(Object.keys(response.error!.errors!)).toEqual([field]);
    expect((await admin.escalationSettings('20')).body).toEqual(before);
  });
});

describe('suggestions, never declarations', () => {
  const overcrowd = (occupied: number) =>
    Promise.all(
      ['20-falu-lasarett', '20-mora-lasarett'].map((unit) =>
        analyst.putReport(unit, today(), reportBody({ capacity: 100, occupied, surgeCapacity: null, closedBeds: 10 })),
      ),
    );

  it('the triggers suggest stabsläge to the chair with the figures behind it; the chair dismisses it, and it stays dismissed today', async () => {
    await chair.declareLevel('20', '20', { level: 'normal' });
    const before = (await chair.escalationLevels('20')).body.find((level) => level.organizationCode === '20');
    await overcrowd(125);
    let id = '';
    await expectEventually(async () => {
      const open = (await chair.suggestions('20')).body.find((suggestion) => suggestion.status === 'open');
      expect(open).toMatchObject({ level: 'staff', date: today() });
      expect(open!.fired).toContainEqual(
        expect.objectContaining({ trigger: 'overcrowding', level: 'staff', above: 30, overcrowding: expect.any(Number) }),
      );
      id = open!.id;
    }, 20_000);
    // A suggestion declares nothing.
    expect((await chair.escalationLevels('20')).body.find((level) => level.organizationCode === '20')).toEqual(before);

    expect((await falun.suggestions('20')).status).toBe(403);
    expect((await falun.dismissSuggestion(id)).status).toBe(403);
    const dismissed = await chair.dismissSuggestion(id, { note: 'Hanteras i ordinarie linje.' });
    expect(dismissed.body).toMatchObject({
      status: 'dismissed',
      decidedBy: 'chair-dalarna',
      note: 'Hanteras i ordinarie linje.',
    });
    expect((await chair.dismissSuggestion(id)).status).toBe(409);
    await overcrowd(126);
    // The figures are evaluated again (the job runs) and nothing new is suggested today.
    await evaluationsDone();
    expect((await chair.suggestions('20')).body.filter((suggestion) => suggestion.status === 'open')).toEqual([]);
  });

  it('the chair confirms a suggestion, which declares its level; confirm and dismiss at once: one wins, every round', async () => {
    // Triggers off, so only the suggestions made here wait for a decision.
    const off = settingsWith((s) => {
      s.triggers.occupancy.enabled = false;
      s.triggers.overcrowding.enabled = false;
      s.triggers.criticalMunicipalities.enabled = false;
    });
    expect((await admin.putEscalationSettings('20', off)).status).toBe(200);
    try {
      for (let round = 0; round < 6; round += 1) {
        await chair.declareLevel('20', '20', { level: 'normal' });
        await evaluationsDone();
        const id = await insertSuggestion('20', round % 2 === 0 ? 'staff' : 'reinforced');
        const [confirmed, dismissed] = await Promise.all([
          chair.confirmSuggestion(id, { reason: `Runda ${round}: bekräftat förslag`, measures: ['agencyStaff'] }),
          analyst.dismissSuggestion(id, { note: `Runda ${round}` }),
        ]);
        expect([confirmed.status, dismissed.status].sort()).toEqual([200, 409]);
        const level = (await chair.escalationLevels('20')).body.find((entry) => entry.organizationCode === '20')!;
        const suggestion = (await chair.suggestions('20')).body.find((entry) => entry.id === id)!;
        if (confirmed.status === 200) {
          expect(suggestion).toMatchObject({ status: 'confirmed', decidedBy: 'chair-dalarna' });
          expect(level).toMatchObject({
            level: round % 2 === 0 ? 'staff' : 'reinforced',
            reason: `Runda ${round}: bekräftat förslag`,
          });
        } else {
          expect(suggestion).toMatchObject({ status: 'dismissed', decidedBy: 'region-dalarna' });
          expect(level.level).toBe('normal');
        }
      }
    } finally {
      await admin.putEscalationSettings('20', DEFAULT_ESCALATION_SETTINGS);
    }
  });

  it('answers 400 naming the field for a confirmation without a reason, 404 for no such suggestion', async () => {
    const id = await insertSuggestion('10', 'staff');
    const blekinge = await Api.loggedIn(server, 'chair-blekinge');
    const response = await blekinge.confirmSuggestion(id, { measures: [] });
    expect(response.status).toBe(400);
    expect(Object.keys(response.error!.errors!)).toEqual(['reason']);
    expect((await blekinge.suggestions('10')).body.find((entry) => entry.id === id)?.status).toBe('open');
    expect((await chair.confirmSuggestion(id, { reason: 'x' })).status).toBe(403);
    expect((await blekinge.confirmSuggestion('00000000-0000-0000-0000-000000000000', { reason: 'x' })).status).toBe(404);
    expect((await blekinge.dismissSuggestion('not-a-uuid')).status).toBe(404);
  });
});

describe('in the minutes', () => {
  it('a meeting’s minutes say the region’s declared level and who had not reported for the deadline when the figures were frozen', async () => {
    // Deadlines early in the morning, so that one has passed whenever this runs.
    const before = (await admin.escalationSettings('20')).body;
    const { version, updatedAt: _at, updatedBy: _by, ...values } = before;
    const early = { ...values, deadlines: { ...values.deadlines, staff: ['00:01'] } };
    expect((await admin.putEscalationSettings('20', { ...early, expectedVersion: version })).status).toBe(200);
    expect((await chair.declareLevel('20', '20', { level: 'staff', reason: 'Ca 20 vårdplatser saknar personal.' })).status).toBe(
      200,
    );
    const meeting = await chair.createMeeting('20', { title: 'Lägesmöte stabsläge' });
    expect(meeting.status).toBe(201);
    const snapshot = meeting.body.snapshot;
    const minutes = (await chair.meetingMinutes(meeting.body.id)).body;
    expect(minutes).toContain('**Region Dalarna: Stabsläge.** Ca 20 vårdplatser saknar personal.');
    expect(snapshot.reporting.deadline).toBe('00:01');
    const names = snapshot.reporting.overdue.map((org) => (org.partly ? `${org.name} (delvis)` : org.name));
    expect(names).toContain('Orsa');
    expect(minutes).toContain(`Saknade rapporter efter tidsgränsen 00:01: ${names.join(', ')}.`);
    expect((await chair.declareLevel('20', '20', { level: 'normal' })).status).toBe(200);
    const now = (await admin.escalationSettings('20')).body.version;
    expect((await admin.putEscalationSettings('20', { ...values, expectedVersion: now })).status).toBe(200);
  });
});

describe('the reminder log', () => {
  it('lists a day’s reminders to the region’s chair, analysts and admin; 400 naming the date for a bad one', async () => {
    // Reminders are sent by the deadline job (tests/jobs/reminders.test.ts); here the log is read back.
    await withClient(server.databaseUrl!, (client) =>
      client.query(
        `INSERT INTO reminder_log (region_code, kind, reporting_day, deadline, username, organizations, mail)
         VALUES ('20', 'reminder', $1, '10:00', 'orsa', ARRAY['2034'], 'sent'), ('10', 'reminder', $1, '10:00', 'olofstrom', ARRAY['1060'], 'sent')`,
        [today()],
      ),
    );
    const log = await chair.reminders('20', today());
    expect(log.status).toBe(200);
    expect(log.body).toEqual([
      expect.objectContaining({
        kind: 'reminder',
        date: today(),
        deadline: '10:00',
        round: 1,
        username: 'orsa',
        organizations: ['2034'],
        mail: 'sent',
      }),
    ]);
    expect((await analyst.reminders('20')).body).toHaveLength(1);
    expect((await admin.reminders('20', '2020-01-01')).body).toEqual([]);
    for (const date of ['igår', '2026-13-01']) {
      const bad = await chair.reminders('20', date);
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.error!.errors!)).toEqual(['date']);
    }
    expect((await falun.reminders('20')).status).toBe(403);
    expect((await chair.reminders('10')).status).toBe(403);
  });
});

/** Every trigger evaluation enqueued so far has run. */
async function evaluationsDone(): Promise<void> {
  await expectEventually(async () => {
    const waiting = await withClient(
      server.databaseUrl!,
      async (client) =>
        (
          await client.query<{ count: number }>(
            `SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'escalation.evaluate' AND state NOT IN ('completed', 'failed', 'cancelled')`,
          )
        ).rows[0]!.count,
    );
    expect(waiting).toBe(0);
  }, 20_000);
}

/** A suggestion waiting for the chair, as the triggers would leave it (any open one is superseded first). */
async function insertSuggestion(region: string, level: 'reinforced' | 'staff'): Promise<string> {
  return withClient(server.databaseUrl!, async (client) => {
    await client.query(
      `UPDATE escalation_suggestions SET status = 'superseded', decided_at = now() WHERE region_code = $1 AND status = 'open'`,
      [region],
    );
    const fired = [{ trigger: 'overcrowding', level, above: 30, overcrowding: 38 }];
    const rows = await client.query<{ id: string }>(
      `INSERT INTO escalation_suggestions (region_code, level, reporting_day, fired) VALUES ($1, $2, $3, $4) RETURNING id`,
      [region, level, today(), JSON.stringify(fired)],
    );
    return rows.rows[0]!.id;
  });
}
