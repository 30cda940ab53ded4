import { randomBytes } from 'node:crypto';
import { listRoutes } from '@lagesbild/server/routes.js';
import { DEFAULT_ESCALATION_SETTINGS, shiftDay, type Role } from '@lagesbild/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, type ApiResponse, flowRowBody, placesRequestBody, reportBody, staffRequestBody, useApi } from '../support/api.js';
import { withClient } from '../support/clock.js';
import { today } from '../support/dates.js';
import { useServer } from '../support/server.js';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp.js';

// The access matrix of every route the server has. The route list comes from the server's own
// controllers: a route added without a row here fails the first test.

type Request = { path: string; body?: unknown };
interface RouteRule {
  /** Roles that may call it in their own region; the others get 403. */
  allowed: readonly Role[] | 'all';
  /** A request in the caller's own scope (may create what it needs first). */
  inScope: (role: Role, admin: Api) => Promise<Request> | Request;
  /** The same kind of request aimed at Region Blekinge, or null where no region is involved. */
  outOfScope: ((role: Role) => Request) | null;
}

const unique = () => randomBytes(4).toString('hex');
const flowsBody = { rows: [flowRowBody('2080')] };
const ownUnit = (role: Role) => (role === 'reporter' ? '2080-lunden' : '20-iva');

/** The body of a set-up call that must succeed. */
async function created<T>(call: Promise<ApiResponse<T>>): Promise<T> {
  const response = await call;
  if (response.status >= 300) throw new Error(`a set-up call gave ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

const RULES: Record<string, RouteRule> = {
  'GET /api/auth/me': { allowed: 'all', inScope: () => ({ path: '/api/auth/me' }), outOfScope: null },
  'POST /api/auth/logout': { allowed: 'all', inScope: () => ({ path: '/api/auth/logout' }), outOfScope: null },
  'GET /api/regions': { allowed: 'all', inScope: () => ({ path: '/api/regions' }), outOfScope: null },
  'GET /api/regions/:region/organizations': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/organizations' }),
    outOfScope: () => ({ path: '/api/regions/10/organizations' }),
  },
  'GET /api/regions/:region/situation': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/situation' }),
    outOfScope: () => ({ path: '/api/regions/10/situation' }),
  },
  'GET /api/regions/:region/history': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/history' }),
    outOfScope: () => ({ path: '/api/regions/10/history' }),
  },
  'GET /api/regions/:region/export.xlsx': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/export.xlsx' }),
    outOfScope: () => ({ path: '/api/regions/10/export.xlsx' }),
  },
  'GET /api/regions/:region/export/reports.csv': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/export/reports.csv' }),
    outOfScope: () => ({ path: '/api/regions/10/export/reports.csv' }),
  },
  'GET /api/regions/:region/export/flows.csv': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/export/flows.csv' }),
    outOfScope: () => ({ path: '/api/regions/10/export/flows.csv' }),
  },
  'GET /api/regions/:region/holidays': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/holidays' }),
    outOfScope: () => ({ path: '/api/regions/10/holidays' }),
  },
  'GET /api/regions/:region/holidays/plan.xlsx': {
    allowed: ['analyst', 'chair', 'admin'],
    inScope: () => ({ path: '/api/regions/20/holidays/plan.xlsx' }),
    outOfScope: () => ({ path: '/api/regions/10/holidays/plan.xlsx' }),
  },
  'PUT /api/regions/:region/holiday-plans/:municipality': {
    // Only the municipality's own members: the matrix's reporter is Falun.
    allowed: ['reporter'],
    inScope: () => ({
      path: '/api/regions/20/holiday-plans/2080',
      body: {
        period: { kind: 'christmas', year: 2032 },
        days: [{ date: '2032-12-24', caseworkers: Math.floor(Math.random() * 5) }],
      },
    }),
    outOfScope: () => ({
      path: '/api/regions/10/holiday-plans/1083',
      body: { period: { kind: 'christmas', year: 2032 }, days: [{ date: '2032-12-24', caseworkers: 1 }] },
    }),
  },
  'GET /api/regions/:region/flow-statistics': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/flow-statistics' }),
    outOfScope: () => ({ path: '/api/regions/10/flow-statistics' }),
  },
  'GET /api/regions/:region/weekday-pattern': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/weekday-pattern' }),
    outOfScope: () => ({ path: '/api/regions/10/weekday-pattern' }),
  },
  'GET /api/regions/:region/audit': {
    allowed: ['analyst', 'admin'],
    inScope: () => ({ path: '/api/regions/20/audit' }),
    outOfScope: () => ({ path: '/api/regions/10/audit' }),
  },
  'GET /api/regions/:region/audit/export.csv': {
    allowed: ['analyst', 'admin'],
    inScope: () => ({ path: '/api/regions/20/audit/export.csv' }),
    outOfScope: () => ({ path: '/api/regions/10/audit/export.csv' }),
  },
  'PUT /api/regions/:region/flows/:date': {
    allowed: ['analyst'],
    inScope: () => ({ path: `/api/regions/20/flows/${today()}`, body: flowsBody }),
    outOfScope: () => ({
      path: `/api/regions/10/flows/${today()}`,
      body: { rows: [{ ...flowsBody.rows[0], municipalityCode: '1083' }] },
    }),
  },
  'PUT /api/units/:unitId/reports/:date': {
    allowed: ['reporter', 'analyst'],
    inScope: (role) => ({
      path: `/api/units/${ownUnit(role)}/reports/${today()}`,
      body: reportBody({ occupied: 10 + Math.floor(Math.random() * 10), surgeCapacity: null }),
    }),
    outOfScope: (role) => ({
      path: `/api/units/${role === 'reporter' ? '1083-korttid' : '10-iva'}/reports/${today()}`,
      body: reportBody({ surgeCapacity: null }),
    }),
  },
  'GET /api/units/:unitId/reports': {
    allowed: 'all',
    inScope: () => ({ path: '/api/units/2080-lunden/reports' }),
    outOfScope: () => ({ path: '/api/units/1083-korttid/reports' }),
  },
  'GET /api/units/:unitId/reports/:date/versions': {
    allowed: 'all',
    inScope: () => ({ path: `/api/units/2080-lunden/reports/${today()}/versions` }),
    outOfScope: () => ({ path: `/api/units/1083-korttid/reports/${today()}/versions` }),
  },
  'GET /api/admin/tokens': { allowed: ['admin'], inScope: () => ({ path: '/api/admin/tokens' }), outOfScope: null },
  'POST /api/admin/tokens': {
    allowed: ['admin'],
    inScope: () => ({ path: '/api/admin/tokens', body: { name: `t-${unique()}`, organizationCode: '20', role: 'analyst' } }),
    outOfScope: () => ({ path: '/api/admin/tokens', body: { name: `t-${unique()}`, organizationCode: '10', role: 'analyst' } }),
  },
  'DELETE /api/admin/tokens/:tokenId': {
    allowed: ['admin'],
    inScope: async (_role, admin) => {
      const token = await created(admin.issueToken({ name: `t-${unique()}`, organizationCode: '20', role: 'analyst' }));
      return { path: `/api/admin/tokens/${token.id}` };
    },
    outOfScope: () => ({ path: '/api/admin/tokens/00000000-0000-0000-0000-000000000000' }),
  },
  'GET /api/admin/users': { allowed: ['admin'], inScope: () => ({ path: '/api/admin/users' }), outOfScope: null },
  'POST /api/admin/users': {
    allowed: ['admin'],
    inScope: () => ({
      path: '/api/admin/users',
      body: { username: `u-${unique()}`, role: 'reporter', organizationCode: '2080', password: 'a-long-password-1' },
    }),
    outOfScope: () => ({
      path: '/api/admin/users',
      body: { username: `u-${unique()}`, role: 'reporter', organizationCode: '1083', password: 'a-long-password-1' },
    }),
  },
  'PATCH /api/admin/users/:username': {
    allowed: ['admin'],
    inScope: () => ({ path: '/api/admin/users/leksand', body: { displayName: `Leksand ${unique()}` } }),
    outOfScope: () => ({ path: '/api/admin/users/solvesborg', body: { displayName: 'x' } }),
  },
  'PUT /api/admin/users/:username/password': {
    allowed: ['admin'],
    inScope: async (_role, admin) => {
      const user = await created(
        admin.createUser({
          username: `u-${unique()}`,
          role: 'reporter',
          organizationCode: '2062',
          password: 'a-long-password-1',
        }),
      );
      return { path: `/api/admin/users/${user.username}/password`, body: { password: 'another-long-password' } };
    },
    outOfScope: () => ({ path: '/api/admin/users/solvesborg/password', body: { password: 'another-long-password' } }),
  },
  'GET /api/admin/units': { allowed: ['admin'], inScope: () => ({ path: '/api/admin/units' }), outOfScope: null },
  'POST /api/admin/units': {
    allowed: ['admin'],
    inScope: () => ({
      path: '/api/admin/units',
      body: { organizationCode: '2080', name: `Enhet ${unique()}`, kind: 'short_term' },
    }),
    outOfScope: () => ({ path: '/api/admin/units', body: { organizationCode: '1083', name: 'Enhet', kind: 'short_term' } }),
  },
  'PATCH /api/admin/units/:unitId': {
    allowed: ['admin'],
    inScope: () => ({ path: '/api/admin/units/2062-korttid', body: { name: `Korttidsenheten Mora ${unique()}` } }),
    outOfScope: () => ({ path: '/api/admin/units/1060-korttid', body: { name: 'x' } }),
  },
  'POST /api/admin/units/:unitId/retire': {
    allowed: ['admin'],
    inScope: async (_role, admin) => {
      const unit = await created(
        admin.createUnit({ organizationCode: '2061', name: `Tillfällig ${unique()}`, kind: 'short_term' }),
      );
      return { path: `/api/admin/units/${unit.id}/retire` };
    },
    outOfScope: () => ({ path: '/api/admin/units/1060-korttid/retire' }),
  },
};

/** A notice in `role`'s own inbox: another admin changes that user's address. */
async function ownNotice(role: Role, admin: Api): Promise<string> {
  const otherAdmin = `admin-${unique()}`;
  await created(admin.createUser({ username: otherAdmin, role: 'admin', organizationCode: '20', password: 'a-long-password-1' }));
  const changer = await Api.loggedIn(admin.baseUrl, otherAdmin, 'a-long-password-1');
  await created(changer.updateUser(USERS[role], { email: `${USERS[role]}.${unique()}@example.se` }));
  const inbox = await created((await Api.loggedIn(admin.baseUrl, USERS[role])).notifications());
  const newest = inbox.items[0];
  if (!newest) throw new Error(`no notice for ${USERS[role]}`);
  return newest.id;
}

/** The token of a confirmation link mailed to `role`'s user for a new address. */
async function confirmationToken(role: Role, admin: Api): Promise<string> {
  const address = `${USERS[role]}.${unique()}@example.se`;
  await created((await Api.loggedIn(admin.baseUrl, USERS[role])).requestEmailChange(address));
  const [mail] = await smtp.waitForMessages(1, (message) => message.to.includes(address));
  return new URL(/https?:\/\/\S+/.exec(mail!.text)![0]).searchParams.get('token')!;
}

Object.assign(RULES, {
  'GET /api/notifications': { allowed: 'all', inScope: () => ({ path: '/api/notifications' }), outOfScope: null },
  'POST /api/notifications/read-all': {
    allowed: 'all',
    inScope: () => ({ path: '/api/notifications/read-all', body: {} }),
    outOfScope: null,
  },
  'POST /api/notifications/:id/read': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({ path: `/api/notifications/${await ownNotice(role, admin)}/read` }),
    outOfScope: null,
  },
  'GET /api/account': { allowed: 'all', inScope: () => ({ path: '/api/account' }), outOfScope: null },
  'PATCH /api/account': {
    allowed: 'all',
    inScope: () => ({ path: '/api/account', body: { emailReminders: true } }),
    outOfScope: null,
  },
  'POST /api/account/email': {
    allowed: 'all',
    inScope: () => ({ path: '/api/account/email', body: { email: `ny.${unique()}@example.se` } }),
    outOfScope: null,
  },
  'POST /api/account/email/confirm': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({
      path: '/api/account/email/confirm',
      body: { token: await confirmationToken(role, admin) },
    }),
    outOfScope: null,
  },
} satisfies Record<string, RouteRule>);

const STEERS: readonly Role[] = ['chair', 'analyst'];
const newMeeting = async (admin: Api) => {
  const chair = await Api.loggedIn(admin.baseUrl, 'chair-dalarna');
  return created(chair.createMeeting('20', { title: `Möte ${unique()}` }));
};
const blekingeMeeting = { id: 'unset' };

Object.assign(RULES, {
  'POST /api/regions/:region/meetings': {
    allowed: STEERS,
    inScope: () => ({ path: '/api/regions/20/meetings', body: { title: `Möte ${unique()}` } }),
    outOfScope: () => ({ path: '/api/regions/10/meetings', body: { title: 'x' } }),
  },
  'GET /api/regions/:region/meetings': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/meetings' }),
    outOfScope: () => ({ path: '/api/regions/10/meetings' }),
  },
  'GET /api/meetings/:meetingId': {
    allowed: 'all',
    inScope: async (_role: Role, admin: Api) => ({ path: `/api/meetings/${(await newMeeting(admin)).id}` }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}` }),
  },
  'GET /api/meetings/:meetingId/minutes.md': {
    allowed: 'all',
    inScope: async (_role: Role, admin: Api) => ({ path: `/api/meetings/${(await newMeeting(admin)).id}/minutes.md` }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/minutes.md` }),
  },
  'PUT /api/meetings/:meetingId/step': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({
      path: `/api/meetings/${(await newMeeting(admin)).id}/step`,
      body: { step: 1 },
    }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/step`, body: { step: 1 } }),
  },
  'POST /api/meetings/:meetingId/refresh': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({ path: `/api/meetings/${(await newMeeting(admin)).id}/refresh` }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/refresh` }),
  },
  'PUT /api/meetings/:meetingId/participants': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({
      path: `/api/meetings/${(await newMeeting(admin)).id}/participants`,
      body: { participants: ['20', '2080'] },
    }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/participants`, body: { participants: ['10'] } }),
  },
  'PUT /api/meetings/:meetingId/notes/:organizationCode': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({
      path: `/api/meetings/${(await newMeeting(admin)).id}/notes/2080`,
      body: { text: 'anteckning' },
    }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/notes/1083`, body: { text: 'x' } }),
  },
  'POST /api/meetings/:meetingId/decisions': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({
      path: `/api/meetings/${(await newMeeting(admin)).id}/decisions`,
      body: { text: 'att testa' },
    }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/decisions`, body: { text: 'att x' } }),
  },
  'DELETE /api/meetings/:meetingId/decisions/:decisionId': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const chair = await Api.loggedIn(admin.baseUrl, 'chair-dalarna');
      const meeting = await newMeeting(admin);
      const withDecision = await created(chair.addDecision(meeting.id, 'att ta bort'));
      return { path: `/api/meetings/${meeting.id}/decisions/${withDecision.decisions[0]?.id}` };
    },
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/decisions/00000000-0000-0000-0000-000000000000` }),
  },
  'POST /api/meetings/:meetingId/actions': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({
      path: `/api/meetings/${(await newMeeting(admin)).id}/actions`,
      body: { who: 'Falun', what: 'Öppna platser' },
    }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/actions`, body: { who: 'x', what: 'y' } }),
  },
  'DELETE /api/meetings/:meetingId/actions/:actionId': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const chair = await Api.loggedIn(admin.baseUrl, 'chair-dalarna');
      const meeting = await newMeeting(admin);
      const withAction = await created(chair.addAction(meeting.id, { who: 'x', what: 'y' }));
      return { path: `/api/meetings/${meeting.id}/actions/${withAction.actions[0]?.id}` };
    },
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/actions/00000000-0000-0000-0000-000000000000` }),
  },
  'POST /api/meetings/:meetingId/close': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({ path: `/api/meetings/${(await newMeeting(admin)).id}/close` }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/close` }),
  },
} satisfies Record<string, RouteRule>);

// Avrop: any member of an organisation asks and offers for it; places are decided by the one that
// asked, staff and equipment by the region's coordinator (its analysts while none is named).
const blekinge = { requestId: 'unset', lineId: 'unset', offerId: 'unset', itemId: 'unset' };
const as = (admin: Api, username: string) => Api.loggedIn(admin.baseUrl, username);
const requesterFor = (role: Role) => USERS[role];
/** A request from `username`'s organisation (open, or a draft). */
const requestBy = async (admin: Api, username: string, draft = false) =>
  created((await as(admin, username)).createRequest('20', placesRequestBody(3, { draft })));
/** The role's own request with one offer on it from another municipality, in the status given. */
const offerTo = async (admin: Api, role: Role, status: 'offered' | 'accepted' | 'delivered') => {
  const requester = await as(admin, requesterFor(role));
  const request = await requestBy(admin, requesterFor(role));
  const offerer = await as(admin, role === 'reporter' ? 'borlange' : 'falun');
  const line = request.lines[0]!;
  const offered = await created(offerer.offer(request.id, { lineId: line.id, quantity: 1 }));
  const offerId = offered.lines[0]!.offers[0]!.id;
  if (status !== 'offered') await created(requester.acceptOffer(offerId));
  if (status === 'delivered') await created(requester.deliverOffer(offerId));
  return offerId;
};
/** Avesta asks for staff: any other organisation, the region included, may offer. */
const staffRequest = async (admin: Api) => created((await as(admin, 'avesta')).createRequest('20', staffRequestBody(3)));
/** An offer from the role's own organisation on Avesta's request for staff. */
const offerFrom = async (admin: Api, role: Role) => {
  const request = await staffRequest(admin);
  const offered = await created(
    (await as(admin, requesterFor(role))).offer(request.id, { lineId: request.lines[0]!.id, quantity: 1 }),
  );
  return offered.lines[0]!.offers[0]!.id;
};
const COORDINATES: readonly Role[] = ['analyst', 'admin'];

Object.assign(RULES, {
  'GET /api/regions/:region/requests': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/requests' }),
    outOfScope: () => ({ path: '/api/regions/10/requests' }),
  },
  'POST /api/regions/:region/requests': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/requests', body: placesRequestBody(2) }),
    outOfScope: () => ({ path: '/api/regions/10/requests', body: placesRequestBody(2) }),
  },
  'GET /api/requests/:requestId': {
    allowed: 'all',
    inScope: async (_role: Role, admin: Api) => ({ path: `/api/requests/${(await requestBy(admin, 'avesta')).id}` }),
    outOfScope: () => ({ path: `/api/requests/${blekinge.requestId}` }),
  },
  'PUT /api/requests/:requestId': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({
      path: `/api/requests/${(await requestBy(admin, requesterFor(role), true)).id}`,
      body: placesRequestBody(4, { draft: true }),
    }),
    outOfScope: () => ({ path: `/api/requests/${blekinge.requestId}`, body: placesRequestBody(4) }),
  },
  'POST /api/requests/:requestId/open': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({
      path: `/api/requests/${(await requestBy(admin, requesterFor(role), true)).id}/open`,
    }),
    outOfScope: () => ({ path: `/api/requests/${blekinge.requestId}/open` }),
  },
  'POST /api/requests/:requestId/cancel': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({
      path: `/api/requests/${(await requestBy(admin, requesterFor(role))).id}/cancel`,
    }),
    outOfScope: () => ({ path: `/api/requests/${blekinge.requestId}/cancel` }),
  },
  'POST /api/requests/:requestId/close': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({
      path: `/api/requests/${(await requestBy(admin, requesterFor(role))).id}/close`,
    }),
    outOfScope: () => ({ path: `/api/requests/${blekinge.requestId}/close` }),
  },
  'POST /api/requests/:requestId/offers': {
    allowed: 'all',
    inScope: async (_role: Role, admin: Api) => {
      const request = await staffRequest(admin);
      return { path: `/api/requests/${request.id}/offers`, body: { lineId: request.lines[0]!.id, quantity: 1 } };
    },
    outOfScope: () => ({ path: `/api/requests/${blekinge.requestId}/offers`, body: { lineId: blekinge.lineId, quantity: 1 } }),
  },
  'POST /api/offers/:offerId/accept': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({
      path: `/api/offers/${await offerTo(admin, role, 'offered')}/accept`,
      body: {},
    }),
    outOfScope: () => ({ path: `/api/offers/${blekinge.offerId}/accept`, body: {} }),
  },
  'POST /api/offers/:offerId/decline': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({
      path: `/api/offers/${await offerTo(admin, role, 'offered')}/decline`,
      body: {},
    }),
    outOfScope: () => ({ path: `/api/offers/${blekinge.offerId}/decline`, body: {} }),
  },
  'POST /api/offers/:offerId/withdraw': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({ path: `/api/offers/${await offerFrom(admin, role)}/withdraw` }),
    outOfScope: () => ({ path: `/api/offers/${blekinge.offerId}/withdraw` }),
  },
  'POST /api/offers/:offerId/deliver': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({ path: `/api/offers/${await offerTo(admin, role, 'accepted')}/deliver` }),
    outOfScope: () => ({ path: `/api/offers/${blekinge.offerId}/deliver` }),
  },
  'POST /api/offers/:offerId/return': {
    allowed: 'all',
    inScope: async (role: Role, admin: Api) => ({ path: `/api/offers/${await offerTo(admin, role, 'delivered')}/return` }),
    outOfScope: () => ({ path: `/api/offers/${blekinge.offerId}/return` }),
  },
  'POST /api/meetings/:meetingId/offer-decisions': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const meeting = await newMeeting(admin);
      const request = await requestBy(admin, 'avesta');
      const offered = await created((await as(admin, 'falun')).offer(request.id, { lineId: request.lines[0]!.id, quantity: 2 }));
      return { path: `/api/meetings/${meeting.id}/offer-decisions`, body: { offerId: offered.lines[0]!.offers[0]!.id } };
    },
    outOfScope: () => ({ path: `/api/meetings/${blekingeMeeting.id}/offer-decisions`, body: { offerId: blekinge.offerId } }),
  },
  'GET /api/regions/:region/equipment': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/equipment' }),
    outOfScope: () => ({ path: '/api/regions/10/equipment' }),
  },
  'POST /api/regions/:region/equipment': {
    allowed: COORDINATES,
    inScope: () => ({ path: '/api/regions/20/equipment', body: { name: `Lyft ${unique()}`, total: 4 } }),
    outOfScope: () => ({ path: '/api/regions/10/equipment', body: { name: `Lyft ${unique()}`, total: 4 } }),
  },
  'PATCH /api/equipment/:itemId': {
    allowed: COORDINATES,
    inScope: async (_role: Role, admin: Api) => {
      const item = await created(admin.createEquipmentItem('20', { name: `Madrass ${unique()}`, total: 5 }));
      return { path: `/api/equipment/${item.id}`, body: { total: 6 } };
    },
    outOfScope: () => ({ path: `/api/equipment/${blekinge.itemId}`, body: { total: 6 } }),
  },
} satisfies Record<string, RouteRule>);

// Networks and their meetings: each in-scope request gets a network of its own (a network has one
// open meeting at a time).
const newNetwork = async (admin: Api) => {
  const chair = await Api.loggedIn(admin.baseUrl, 'chair-dalarna');
  const network = await created(chair.createNetwork('20', { name: `Nätverk ${unique()}`, decisionPhrase: 'Nätverket beslutar' }));
  return {
    chair,
    network: await created(
      chair.addMember(network.id, { name: 'Karin Ström', organizationCode: '2080', email: `k-${unique()}@falun.example` }),
    ),
  };
};
const newNetworkMeeting = async (admin: Api) => {
  const { chair, network } = await newNetwork(admin);
  const meeting = await created(chair.createMeeting('20', { title: `Möte ${unique()}`, networkId: network.id }));
  return { chair, network, meeting };
};
const blekingeNetwork = { networkId: 'unset', memberId: 'unset', entryId: 'unset', meetingId: 'unset', itemId: 'unset' };
const NETWORK_BODY = () => ({ name: `Nätverk ${unique()}`, decisionPhrase: 'Nätverket beslutar' });
const ENTRY_BODY = { date: '2030-12-10', startTime: '13:00' };
const ITEM_BODY = { type: 'information', title: 'Punkt' };

Object.assign(RULES, {
  'GET /api/regions/:region/networks': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/networks' }),
    outOfScope: () => ({ path: '/api/regions/10/networks' }),
  },
  'POST /api/regions/:region/networks': {
    allowed: STEERS,
    inScope: () => ({ path: '/api/regions/20/networks', body: NETWORK_BODY() }),
    outOfScope: () => ({ path: '/api/regions/10/networks', body: NETWORK_BODY() }),
  },
  'GET /api/networks/:networkId': {
    allowed: 'all',
    inScope: async (_role: Role, admin: Api) => ({ path: `/api/networks/${(await newNetwork(admin)).network.id}` }),
    outOfScope: () => ({ path: `/api/networks/${blekingeNetwork.networkId}` }),
  },
  'PUT /api/networks/:networkId': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({
      path: `/api/networks/${(await newNetwork(admin)).network.id}`,
      body: NETWORK_BODY(),
    }),
    outOfScope: () => ({ path: `/api/networks/${blekingeNetwork.networkId}`, body: NETWORK_BODY() }),
  },
  'POST /api/networks/:networkId/feed-token': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({ path: `/api/networks/${(await newNetwork(admin)).network.id}/feed-token` }),
    outOfScope: () => ({ path: `/api/networks/${blekingeNetwork.networkId}/feed-token` }),
  },
  'POST /api/networks/:networkId/members': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({
      path: `/api/networks/${(await newNetwork(admin)).network.id}/members`,
      body: { name: 'Maria Holm' },
    }),
    outOfScope: () => ({ path: `/api/networks/${blekingeNetwork.networkId}/members`, body: { name: 'X' } }),
  },
  'PATCH /api/networks/:networkId/members/:memberId': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { network } = await newNetwork(admin);
      return { path: `/api/networks/${network.id}/members/${network.members[0]?.id}`, body: { name: 'Karin Ström-Berg' } };
    },
    outOfScope: () => ({
      path: `/api/networks/${blekingeNetwork.networkId}/members/${blekingeNetwork.memberId}`,
      body: { name: 'X' },
    }),
  },
  'DELETE /api/networks/:networkId/members/:memberId': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { network } = await newNetwork(admin);
      return { path: `/api/networks/${network.id}/members/${network.members[0]?.id}` };
    },
    outOfScope: () => ({ path: `/api/networks/${blekingeNetwork.networkId}/members/${blekingeNetwork.memberId}` }),
  },
  'POST /api/networks/:networkId/calendar': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({
      path: `/api/networks/${(await newNetwork(admin)).network.id}/calendar`,
      body: ENTRY_BODY,
    }),
    outOfScope: () => ({ path: `/api/networks/${blekingeNetwork.networkId}/calendar`, body: ENTRY_BODY }),
  },
  'PATCH /api/networks/:networkId/calendar/:entryId': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { chair, network } = await newNetwork(admin);
      const withEntry = await created(chair.addCalendarEntry(network.id, ENTRY_BODY));
      return {
        path: `/api/networks/${network.id}/calendar/${withEntry.calendar[0]?.id}`,
        body: { ...ENTRY_BODY, startTime: '14:00' },
      };
    },
    outOfScope: () => ({
      path: `/api/networks/${blekingeNetwork.networkId}/calendar/${blekingeNetwork.entryId}`,
      body: ENTRY_BODY,
    }),
  },
  'DELETE /api/networks/:networkId/calendar/:entryId': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { chair, network } = await newNetwork(admin);
      const withEntry = await created(chair.addCalendarEntry(network.id, ENTRY_BODY));
      return { path: `/api/networks/${network.id}/calendar/${withEntry.calendar[0]?.id}` };
    },
    outOfScope: () => ({ path: `/api/networks/${blekingeNetwork.networkId}/calendar/${blekingeNetwork.entryId}` }),
  },
  'POST /api/meetings/:meetingId/agenda': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => ({
      path: `/api/meetings/${(await newNetworkMeeting(admin)).meeting.id}/agenda`,
      body: ITEM_BODY,
    }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeNetwork.meetingId}/agenda`, body: ITEM_BODY }),
  },
  'PUT /api/meetings/:meetingId/agenda': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { meeting } = await newNetworkMeeting(admin);
      return { path: `/api/meetings/${meeting.id}/agenda`, body: { itemIds: meeting.agenda.map((item) => item.id) } };
    },
    outOfScope: () => ({
      path: `/api/meetings/${blekingeNetwork.meetingId}/agenda`,
      body: { itemIds: [blekingeNetwork.itemId] },
    }),
  },
  'PUT /api/meetings/:meetingId/agenda/:itemId': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { meeting } = await newNetworkMeeting(admin);
      return {
        path: `/api/meetings/${meeting.id}/agenda/${meeting.agenda[0]?.id}`,
        body: { type: 'situation', content: 'situation', title: 'Läget' },
      };
    },
    outOfScope: () => ({ path: `/api/meetings/${blekingeNetwork.meetingId}/agenda/${blekingeNetwork.itemId}`, body: ITEM_BODY }),
  },
  'DELETE /api/meetings/:meetingId/agenda/:itemId': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { meeting } = await newNetworkMeeting(admin);
      return { path: `/api/meetings/${meeting.id}/agenda/${meeting.agenda[0]?.id}` };
    },
    outOfScope: () => ({ path: `/api/meetings/${blekingeNetwork.meetingId}/agenda/${blekingeNetwork.itemId}` }),
  },
  'PUT /api/meetings/:meetingId/current-item': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { meeting } = await newNetworkMeeting(admin);
      return { path: `/api/meetings/${meeting.id}/current-item`, body: { itemId: meeting.agenda[0]?.id } };
    },
    outOfScope: () => ({
      path: `/api/meetings/${blekingeNetwork.meetingId}/current-item`,
      body: { itemId: blekingeNetwork.itemId },
    }),
  },
  'PUT /api/meetings/:meetingId/attendance': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { meeting, network } = await newNetworkMeeting(admin);
      return {
        path: `/api/meetings/${meeting.id}/attendance`,
        body: { members: [{ memberId: network.members[0]?.id, status: 'absent' }], guests: [{ name: 'Gäst' }] },
      };
    },
    outOfScope: () => ({ path: `/api/meetings/${blekingeNetwork.meetingId}/attendance`, body: { members: [] } }),
  },
  'PUT /api/meetings/:meetingId/actions/:actionId/status': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { chair, meeting } = await newNetworkMeeting(admin);
      const withAction = await created(chair.addAction(meeting.id, { who: 'Falun', what: 'Öppna platser' }));
      return { path: `/api/meetings/${meeting.id}/actions/${withAction.actions[0]?.id}/status`, body: { status: 'done' } };
    },
    outOfScope: () => ({
      path: `/api/meetings/${blekingeNetwork.meetingId}/actions/00000000-0000-0000-0000-000000000000/status`,
      body: { status: 'done' },
    }),
  },
  'GET /api/meetings/:meetingId/minutes.docx': {
    allowed: 'all',
    inScope: async (_role: Role, admin: Api) => ({
      path: `/api/meetings/${(await newNetworkMeeting(admin)).meeting.id}/minutes.docx`,
    }),
    outOfScope: () => ({ path: `/api/meetings/${blekingeNetwork.meetingId}/minutes.docx` }),
  },
  'POST /api/meetings/:meetingId/minutes/send': {
    allowed: STEERS,
    inScope: async (_role: Role, admin: Api) => {
      const { chair, meeting } = await newNetworkMeeting(admin);
      await created(chair.closeMeeting(meeting.id));
      return { path: `/api/meetings/${meeting.id}/minutes/send` };
    },
    outOfScope: () => ({ path: `/api/meetings/${blekingeNetwork.meetingId}/minutes/send` }),
  },
  'GET /api/regions/:region/meetings/search': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/meetings/search?q=platser' }),
    outOfScope: () => ({ path: '/api/regions/10/meetings/search?q=platser' }),
  },
  'GET /api/me/actions': { allowed: 'all', inScope: () => ({ path: '/api/me/actions' }), outOfScope: null },
} satisfies Record<string, RouteRule>);

const inAMonth = () => shiftDay(today(), 30 + Math.floor(Math.random() * 300));
Object.assign(RULES, {
  'GET /api/regions/:region/forecast': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/forecast?days=7' }),
    outOfScope: () => ({ path: '/api/regions/10/forecast' }),
  },
  'GET /api/regions/:region/planned-capacity': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/planned-capacity' }),
    outOfScope: () => ({ path: '/api/regions/10/planned-capacity' }),
  },
  // A municipality's own members plan its places; nobody else, the region's staff included.
  'PUT /api/units/:unitId/planned-capacity/:date': {
    allowed: ['reporter'],
    inScope: () => ({ path: `/api/units/2080-lunden/planned-capacity/${inAMonth()}`, body: { mode: 'add', places: 2 } }),
    outOfScope: () => ({ path: `/api/units/1083-korttid/planned-capacity/${inAMonth()}`, body: { mode: 'add', places: 2 } }),
  },
  'DELETE /api/units/:unitId/planned-capacity/:date': {
    allowed: ['reporter'],
    inScope: async (_role: Role, admin: Api) => {
      const falun = await Api.loggedIn(admin.baseUrl, 'falun');
      const planned = await created(falun.putPlannedCapacity('2080-lunden', inAMonth(), { mode: 'set', places: 36 }));
      return { path: `/api/units/2080-lunden/planned-capacity/${planned.date}` };
    },
    outOfScope: () => ({ path: `/api/units/1083-korttid/planned-capacity/${inAMonth()}` }),
  },
} satisfies Record<string, RouteRule>);

const DECIDERS: readonly Role[] = ['chair', 'analyst', 'admin'];
const openSuggestion = async (region: string): Promise<string> =>
  withClient(server.databaseUrl!, async (client) => {
    await client.query(`UPDATE escalation_suggestions SET status = 'superseded' WHERE region_code = $1 AND status = 'open'`, [
      region,
    ]);
    const fired = JSON.stringify([{ trigger: 'overcrowding', level: 'staff', above: 30, overcrowding: 38 }]);
    const rows = await client.query<{ id: string }>(
      `INSERT INTO escalation_suggestions (region_code, level, reporting_day, fired) VALUES ($1, 'staff', $2, $3) RETURNING id`,
      [region, today(), fired],
    );
    return rows.rows[0]!.id;
  });
const blekingeSuggestion = { id: 'unset' };

Object.assign(RULES, {
  'GET /api/regions/:region/escalation/levels': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/escalation/levels' }),
    outOfScope: () => ({ path: '/api/regions/10/escalation/levels' }),
  },
  'PUT /api/regions/:region/escalation/levels/:organizationCode': {
    // Each role in the organisation it may declare for: a reporter its municipality, the others the region.
    allowed: 'all',
    inScope: (role: Role) => ({
      path: `/api/regions/20/escalation/levels/${role === 'reporter' ? '2080' : '20'}`,
      body: { level: 'reinforced', reason: `Prov ${unique()}` },
    }),
    outOfScope: (role: Role) => ({
      path: `/api/regions/10/escalation/levels/${role === 'reporter' ? '1083' : '10'}`,
      body: { level: 'reinforced', reason: 'x' },
    }),
  },
  'GET /api/regions/:region/escalation/history': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/escalation/history' }),
    outOfScope: () => ({ path: '/api/regions/10/escalation/history' }),
  },
  'GET /api/regions/:region/escalation/settings': {
    allowed: 'all',
    inScope: () => ({ path: '/api/regions/20/escalation/settings' }),
    outOfScope: () => ({ path: '/api/regions/10/escalation/settings' }),
  },
  'PUT /api/regions/:region/escalation/settings': {
    allowed: ['admin'],
    inScope: () => ({ path: '/api/regions/20/escalation/settings', body: DEFAULT_ESCALATION_SETTINGS }),
    outOfScope: () => ({ path: '/api/regions/10/escalation/settings', body: DEFAULT_ESCALATION_SETTINGS }),
  },
  'GET /api/regions/:region/escalation/suggestions': {
    allowed: DECIDERS,
    inScope: () => ({ path: '/api/regions/20/escalation/suggestions' }),
    outOfScope: () => ({ path: '/api/regions/10/escalation/suggestions' }),
  },
  'POST /api/escalation/suggestions/:suggestionId/confirm': {
    allowed: DECIDERS,
    inScope: async () => ({
      path: `/api/escalation/suggestions/${await openSuggestion('20')}/confirm`,
      body: { reason: `Bekräftat ${unique()}` },
    }),
    outOfScope: () => ({ path: `/api/escalation/suggestions/${blekingeSuggestion.id}/confirm`, body: { reason: 'x' } }),
  },
  'POST /api/escalation/suggestions/:suggestionId/dismiss': {
    allowed: DECIDERS,
    inScope: async () => ({ path: `/api/escalation/suggestions/${await openSuggestion('20')}/dismiss`, body: {} }),
    outOfScope: () => ({ path: `/api/escalation/suggestions/${blekingeSuggestion.id}/dismiss`, body: {} }),
  },
  'GET /api/regions/:region/reminders': {
    allowed: DECIDERS,
    inScope: () => ({ path: '/api/regions/20/reminders' }),
    outOfScope: () => ({ path: '/api/regions/10/reminders' }),
  },
} satisfies Record<string, RouteRule>);

const PUBLIC = ['POST /api/auth/login', 'GET /api/health', 'GET /api/calendar/:file'];
const USERS: Record<Role, string> = { reporter: 'falun', analyst: 'region-dalarna', chair: 'chair-dalarna', admin: 'admin' };
const METHOD_OF = (key: string) => key.split(' ')[0] as string;

// A real mail server, so that confirming a new address (a link that only arrives by mail) and
// sending a network's minutes have rows.
let smtp: SmtpTestServer;
const serverOptions = { env: {} as Record<string, string> };
beforeAll(async () => {
  smtp = await startSmtpServer();
  serverOptions.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  await smtp?.close();
});
const server = useServer(serverOptions);
const admin = useApi(server, 'admin');
beforeAll(async () => {
  const blekingeChair = await Api.loggedIn(server, 'chair-blekinge');
  blekingeMeeting.id = (await created(blekingeChair.createMeeting('10', { title: 'Blekinge' }))).id;
  const request = await created((await Api.loggedIn(server, 'solvesborg')).createRequest('10', placesRequestBody(5)));
  blekinge.requestId = request.id;
  blekinge.lineId = request.lines[0]!.id;
  const offered = await created(
    (await Api.loggedIn(server, 'karlskrona')).offer(request.id, { lineId: blekinge.lineId, quantity: 1 }),
  );
  blekinge.offerId = offered.lines[0]!.offers[0]!.id;
  blekinge.itemId = (await created((await Api.loggedIn(server, 'region-blekinge')).equipment('10'))).items[0]!.id;
  const network = await created(
    blekingeChair.createNetwork('10', { name: `Blekinge ${unique()}`, decisionPhrase: 'Gruppen beslutar' }),
  );
  const withMember = await created(blekingeChair.addMember(network.id, { name: 'Eva Blom', organizationCode: '1083' }));
  const withEntry = await created(blekingeChair.addCalendarEntry(network.id, ENTRY_BODY));
  const meeting = await created(blekingeChair.createMeeting('10', { title: 'Blekinge nätverk', networkId: network.id }));
  Object.assign(blekingeNetwork, {
    networkId: network.id,
    memberId: withMember.members[0]?.id,
    entryId: withEntry.calendar[0]?.id,
    meetingId: meeting.id,
    itemId: meeting.agenda[0]?.id,
  });
  blekingeSuggestion.id = await openSuggestion('10');
});

describe('access matrix', () => {
  it('covers every route the server has', () => {
    const routes = listRoutes();
    expect(
      routes
        .filter((r) => r.isPublic)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual([...PUBLIC].sort());
    expect(
      routes
        .filter((r) => !r.isPublic)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual(Object.keys(RULES).sort());
  });

  describe.each(Object.entries(RULES))('%s', (key, rule) => {
    const method = METHOD_OF(key);

    it('answers 401 without a session or token, and with a made-up token', async () => {
      const request = await rule.inScope('admin', admin);
      expect((await new Api(server.baseUrl).request(method, request.path, request.body)).status).toBe(401);
      expect((await Api.withToken(server.baseUrl, 'lgb_made-up').request(method, request.path, request.body)).status).toBe(401);
    });

    it.each(Object.entries(USERS) as [Role, string][])('as %s in its own region', async (role, username) => {
      const caller = await Api.loggedIn(server.baseUrl, username);
      const request = await rule.inScope(role, admin);
      const response = await caller.request(method, request.path, request.body);
      if (rule.allowed === 'all' || rule.allowed.includes(role))
        expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
      else expect(response.status).toBe(403);
    });

    const outOfScope = rule.outOfScope;
    if (outOfScope) {
      it.each(Object.entries(USERS) as [Role, string][])('as %s aimed at another region: refused', async (role, username) => {
        const caller = await Api.loggedIn(server.baseUrl, username);
        const request = outOfScope(role);
        const response = await caller.request(method, request.path, request.body);
        expect([403, 404]).toContain(response.status);
      });
    }
  });

  it('a bearer token has exactly its role and organisation', async () => {
    const issued = await created(admin.issueToken({ name: `t-${unique()}`, organizationCode: '2080', role: 'reporter' }));
    const token = Api.withToken(server.baseUrl, issued.token);
    expect((await token.putReport('2080-lunden', today(), reportBody({ occupied: 12 }))).status).toBe(200);
    expect((await token.putReport('2081-angen', today(), reportBody())).status).toBe(403);
    expect((await token.putFlows('20', today(), flowsBody)).status).toBe(403);
    expect((await token.users()).status).toBe(403);
    expect((await token.situation('10')).status).toBe(403);
  });
});
