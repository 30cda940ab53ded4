import { randomBytes } from 'node:crypto';
import { notificationText, type InboxNotification, type NotificationPage } from '@lagesbild/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, type ApiResponse, useApi } from '../support/api.js';
import { startNotifier, type Notifier } from '../support/notifier.js';
import { useServer } from '../support/server.js';

// The one inbox: what a notice holds, who gets it (only active users of its region, chosen by name,
// organisation and role), that nobody reads another's, paging, read state, and idempotency.

const server = useServer();
const admin = useApi(server, 'admin');
const falun = useApi(server, 'falun');
const borlange = useApi(server, 'borlange');

let notifier: Notifier;
beforeAll(async () => {
  notifier = await startNotifier(server.databaseUrl!);
});
afterAll(async () => {
  await notifier?.close();
});

const unique = () => randomBytes(4).toString('hex');

function ok<T>(response: ApiResponse<T>): T {
  if (response.status >= 300) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Every notice in the user's inbox, page after page, and the unread count of the first page. */
async function inbox(api: Api): Promise<{ items: InboxNotification[]; unreadCount: number }> {
  const first = ok(await api.notifications({ limit: 100 }));
  const items = [...first.items];
  for (let before = first.nextBefore; before !== null;) {
    const page: NotificationPage = ok(await api.notifications({ limit: 100, before }));
    items.push(...page.items);
    before = page.nextBefore;
  }
  return { items, unreadCount: first.unreadCount };
}

/** A new reporter of `organizationCode` (default Mora), logged in. */
async function newUser(
  organizationCode = '2062',
  role: 'reporter' | 'analyst' | 'chair' = 'reporter',
): Promise<Api & { username: string }> {
  const username = `u-${unique()}`;
  ok(await admin.createUser({ username, role, organizationCode, password: 'a long enough password' }));
  return Object.assign(await Api.loggedIn(server, username, 'a long enough password'), { username });
}

describe('a notice', () => {
  it('reaches the user an admin changed, with kind, params and a link, rendered in both languages', async () => {
    const before = await inbox(borlange);
    ok(await admin.updateUser('falun', { email: 'falun.kontor@falun.example' }));

    const { items, unreadCount } = await inbox(falun);
    expect(unreadCount).toBe(1);
    expect(items).toEqual([
      {
        id: expect.stringMatching(/^[1-9][0-9]*$/),
        kind: 'account.emailChanged',
        params: { email: 'falun.kontor@falun.example' },
        link: '/account',
        createdAt: expect.any(String),
        readAt: null,
      },
    ]);
    expect(notificationText(items[0]!, 'sv')).toBe(
      'En administratör har ändrat din e-postadress till falun.kontor@falun.example.',
    );
    expect(notificationText(items[0]!, 'en')).toBe('An administrator changed your e-mail address to falun.kontor@falun.example.');
    // Nobody else got it; an admin changing their own address gets no notice about it either.
    expect(await inbox(borlange)).toEqual(before);
    const adminBefore = await inbox(admin);
    ok(await admin.updateUser('admin', { email: `admin.${unique()}@region.example` }));
    expect(await inbox(admin)).toEqual(adminBefore);
  });

  it('tells a user of a new password and of a changed role, which they read after logging in again', async () => {
    const user = await newUser('2062');
    ok(await admin.resetPassword(user.username, 'another long password'));
    ok(await admin.updateUser(user.username, { role: 'reporter', organizationCode: '2080' }));
    const again = await Api.loggedIn(server, user.username, 'another long password');
    const { items, unreadCount } = await inbox(again);
    expect(unreadCount).toBe(2);
    expect(items.map((item) => [item.kind, item.params])).toEqual([
      ['account.roleChanged', { role: 'reporter', organizationName: 'Falun' }],
      ['account.passwordSet', {}],
    ]);
    expect(notificationText(items[0]!, 'sv')).toBe('En administratör har ändrat din behörighet: du är nu rapportör för Falun.');
  });
});

describe('nobody reads another’s inbox', () => {
  it('another user’s notice is a 404 to mark, and never in one’s own list', async () => {
    const user = await newUser();
    ok(await admin.updateUser(user.username, { email: `${user.username}@mora.example` }));
    const [notice] = (await inbox(user)).items;
    const marked = await borlange.markNotificationRead(notice!.id);
    expect(marked.status).toBe(404);
    expect((await inbox(user)).items[0]?.readAt).toBeNull();
    expect((await inbox(borlange)).items.map((item) => item.id)).not.toContain(notice!.id);
    // An id that exists for nobody answers the same.
    expect((await user.markNotificationRead('999999999')).status).toBe(404);
  });

  it('an API token has no inbox', async () => {
    const issued = ok(await admin.issueToken({ name: `t-${unique()}`, organizationCode: '2080', role: 'reporter' }));
    const token = Api.withToken(server, issued.token);
    expect((await token.notifications()).status).toBe(403);
    expect((await token.markAllNotificationsRead()).status).toBe(403);
  });
});

describe('bad ids and parameters', () => {
  it('answer 400 naming the field', async () => {
    const cases: [Promise<ApiResponse<unknown>>, string, string][] = [
      [falun.notifications({ limit: 0 }), 'limit', 'validation.pageSize'],
      [falun.notifications({ limit: 101 }), 'limit', 'validation.pageSize'],
      [falun.notifications({ limit: 'tio' }), 'limit', 'validation.pageSize'],
      [falun.notifications({ before: 'abc' }), 'before', 'validation.notificationId'],
      [falun.notifications({ before: '-1' }), 'before', 'validation.notificationId'],
      [falun.request('GET', '/api/notifications?unread=1'), 'unread', 'validation.unknownField'],
      [falun.markNotificationRead('abc'), 'id', 'validation.notificationId'],
      [falun.markNotificationRead('0'), 'id', 'validation.notificationId'],
      [falun.markNotificationRead('1'.repeat(30)), 'id', 'validation.notificationId'],
      [falun.markAllNotificationsRead('x'), 'upTo', 'validation.notificationId'],
      [falun.request('POST', '/api/notifications/read-all', { upTo: '1', all: true }), 'all', 'validation.unknownField'],
    ];
    for (const [call, field, code] of cases) {
      const response = await call;
      expect(response.status, field).toBe(400);
      expect(response.error?.codes?.[field], JSON.stringify(response.body)).toEqual([code]);
    }
  });
});

describe('recipients', () => {
  it('by organisation and role together, or a role across the region, only among its active users', async () => {
    const orsaColleague = await newUser('2034');
    const inactive = await newUser('2034');
    ok(await admin.updateUser(inactive.username, { active: false }));
    const chairs = [await Api.loggedIn(server, 'chair-dalarna'), await Api.loggedIn(server, 'region-dalarna')];
    const orsa = await Api.loggedIn(server, 'orsa');
    const blekinge = [await Api.loggedIn(server, 'chair-blekinge'), await Api.loggedIn(server, 'region-blekinge')];
    const counts = async (apis: Api[]) => Promise.all(apis.map(async (api) => (await inbox(api)).items.length));
    const blekingeBefore = await counts(blekinge);
    const chairsBefore = await counts(chairs);

    const reporters = await notifier.notify({
      regionCode: '20',
      recipients: { organizationCodes: ['2034'], roles: ['reporter'] },
      kind: 'account.passwordSet',
      params: {},
      link: null,
    });
    expect(reporters?.payload.usernames).toEqual(['orsa', orsaColleague.username].sort());
    expect((await inbox(orsa)).items[0]?.kind).toBe('account.passwordSet');

    const region = await notifier.notify({
      regionCode: '20',
      recipients: { roles: ['chair', 'analyst'] },
      kind: 'account.emailChanged',
      params: { email: null },
      link: '/region/20',
    });
    expect(region?.payload.usernames).toEqual(['chair-dalarna', 'region-dalarna']);
    expect(await counts(chairs)).toEqual(chairsBefore.map((count) => count + 1));

    // A name from another region is nobody here; with nobody to tell, nothing is stored.
    const named = await notifier.notify({
      regionCode: '20',
      recipients: { usernames: ['solvesborg', 'falun'], exceptUsernames: ['falun'] },
      kind: 'account.passwordSet',
      params: {},
      link: null,
    });
    expect(named).toBeNull();
    expect(
      await notifier.notify({ regionCode: '20', recipients: {}, kind: 'account.passwordSet', params: {}, link: null }),
    ).toBeNull();
    expect(await counts(blekinge)).toEqual(blekingeBefore);
    expect((await Api.loggedIn(server, 'solvesborg').then(inbox)).items).toEqual([]);
  });

  it('a link goes to a page of the client, never another site', async () => {
    for (const link of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'region/20']) {
      await expect(
        notifier.notify({
          regionCode: '20',
          recipients: { usernames: ['falun'] },
          kind: 'account.passwordSet',
          params: {},
          link,
        }),
      ).rejects.toThrow(/client path/);
    }
  });
});

describe('a dedup key', () => {
  it('makes the same notice sent many times at once one notice', async () => {
    const user = await newUser();
    const dedupKey = `test/${unique()}`;
    const changes = await Promise.all(
      Array.from({ length: 12 }, () =>
        notifier.notify({
          regionCode: '20',
          recipients: { usernames: [user.username] },
          kind: 'account.passwordSet',
          params: {},
          link: null,
          dedupKey,
        }),
      ),
    );
    expect(changes.filter((change) => change !== null)).toHaveLength(1);
    expect((await inbox(user)).items).toHaveLength(1);
  });
});

describe('paging and read state', () => {
  it('pages newest first without overlap, and counts what is unread', async () => {
    const user = await newUser();
    for (let index = 0; index < 25; index += 1) {
      await notifier.notify({
        regionCode: '20',
        recipients: { usernames: [user.username] },
        kind: 'account.emailChanged',
        params: { email: `n${index}@mora.example` },
        link: null,
      });
    }
    const first = ok(await user.notifications());
    expect(first.items).toHaveLength(20);
    expect(first.unreadCount).toBe(25);
    expect(first.items[0]?.params).toEqual({ email: 'n24@mora.example' });
    const second = ok(await user.notifications({ before: first.nextBefore! }));
    expect(second.items.map((item) => item.params.email)).toEqual(['n4', 'n3', 'n2', 'n1', 'n0'].map((n) => `${n}@mora.example`));
    expect(second.nextBefore).toBeNull();
    const ids = [...first.items, ...second.items].map((item) => BigInt(item.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? 1 : -1)));
    expect(new Set(ids).size).toBe(25);
    const seven = ok(await user.notifications({ limit: 7 }));
    expect(seven.items).toHaveLength(7);
    expect(seven.nextBefore).toBe(seven.items[6]?.id);

    // One read (twice is fine), then all up to the fifth newest: the four newer stay unread.
    expect(ok(await user.markNotificationRead(second.items[4]!.id))).toEqual({ unreadCount: 24 });
    expect(ok(await user.markNotificationRead(second.items[4]!.id))).toEqual({ unreadCount: 24 });
    expect(ok(await user.markAllNotificationsRead(first.items[4]!.id))).toEqual({ unreadCount: 4 });
    const after = await inbox(user);
    expect(after.items.filter((item) => item.readAt === null).map((item) => item.id)).toEqual(
      first.items.slice(0, 4).map((item) => item.id),
    );
    expect(ok(await user.markAllNotificationsRead())).toEqual({ unreadCount: 0 });
  });
});

describe('at once', () => {
  it('"mark all read" while new notices arrive: what came after stays unread, and the counts agree with the lists', async () => {
    const user = await newUser();
    const perRound = 4;
    for (let round = 0; round < 12; round += 1) {
      const seen = ok(await user.notifications({ limit: 100 }));
      const upTo = seen.items[0]?.id;
      const [, , during] = await Promise.all([
        Promise.all(
          Array.from({ length: perRound }, (_, index) =>
            notifier.notify({
              regionCode: '20',
              recipients: { usernames: [user.username] },
              kind: 'account.emailChanged',
              params: { email: `r${round}n${index}@mora.example` },
              link: null,
            }),
          ),
        ),
        upTo === undefined ? Promise.resolve(undefined) : user.markAllNotificationsRead(upTo),
        user.notifications({ limit: 100 }),
      ]);
      // A list read while both happen is one snapshot: its count is its own unread items.
      const listed = ok(during);
      if (listed.nextBefore === null) {
        expect(listed.unreadCount).toBe(listed.items.filter((item) => item.readAt === null).length);
      }
      const { items, unreadCount } = await inbox(user);
      const unread = items.filter((item) => item.readAt === null);
      expect(unreadCount).toBe(unread.length);
      // Everything seen before "mark all read" is read; the notices of this round are not.
      expect(unread.map((item) => item.params.email).sort()).toEqual(
        Array.from({ length: perRound }, (_, index) => `r${round}n${index}@mora.example`).sort(),
      );
    }
  });
});
