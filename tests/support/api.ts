import type {
  Account,
  AccountSettingsInput,
  AdminUnit,
  AdminUser,
  ApiErrorBody,
  ApiTokenInfo,
  AuditQuery,
  AuditRecord,
  CreateMeetingInput,
  CreateUnitInput,
  CreateUserInput,
  EquipmentInventory,
  EquipmentItem,
  FlowStatisticsResponse,
  DeclareLevelBody,
  EscalationLevelState,
  EscalationSettings,
  EscalationSuggestion,
  FlowsResponse,
  HelpRequest,
  History,
  HolidayPlanResponse,
  HolidayView,
  IssuedToken,
  IssueTokenInput,
  LoginResponse,
  Meeting,
  ActionStatus,
  AgendaItemInput,
  AttendanceInput,
  CalendarEntryInput,
  MeetingActionInput,
  MeetingDecisionInput,
  MeetingSearchHit,
  MeetingSummary,
  NotificationPage,
  NotificationsQuery,
  MyAction,
  Network,
  NetworkInput,
  NetworkMemberInput,
  NetworkSummary,
  OrganizationSummary,
  PlannedCapacityEntry,
  RegionSummary,
  RegionForecast,
  ReminderLogEntry,
  Report,
  RequestList,
  SavedReport,
  Situation,
  UnreadCount,
  UpdateUnitInput,
  UpdateUserInput,
  WeekdayPatternResponse,
} from '@lagesbild/shared';
import { shiftDay } from '@lagesbild/shared';
import { beforeAll } from 'vitest';
import { today } from './dates.js';

/** A 400's body: a message per bad field, and the keys the client translates. */
export type FieldErrorBody = ApiErrorBody & { errors: Record<string, string[]>; codes: Record<string, string[]> };

export interface ApiResponse<T> {
  status: number;
  /** The parsed body, typed as the route's answer on success. */
  body: T;
  /** The same body read as the error answer (`errors`, `codes` per field), when the status is 400 or above. */
  error: ApiErrorBody | undefined;
  headers: Headers;
}

/** Where requests go: a base URL, or a server whose base URL is known once it has started. */
export type ApiTarget = string | { readonly baseUrl: string };

type Query = Record<string, string | number | undefined>;

/** `?a=1&b=2` for the parameters that are set, or '' when none is. */
export function queryString(params: Query = {}): string {
  const entries = Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]]));
  return entries.length > 0 ? `?${new URLSearchParams(entries).toString()}` : '';
}

const segment = encodeURIComponent;

/**
 * A typed client for the REST contract, one method per route. Keeps its session cookie itself, or
 * sends a bearer token, like a browser or an integration would. `request` stays for what no route
 * helper sends: malformed bodies, extra headers, and the access matrix's generic calls.
 */
export class Api {
  cookie: string | undefined;
  token: string | undefined;

  constructor(private readonly target: ApiTarget) {}

  get baseUrl(): string {
    return typeof this.target === 'string' ? this.target : this.target.baseUrl;
  }

  static async loggedIn(target: ApiTarget, username: string, password = 'demo'): Promise<Api> {
    const api = new Api(target);
    await api.logInOrThrow(username, password);
    return api;
  }

  static withToken(target: ApiTarget, token: string): Api {
    const api = new Api(target);
    api.token = token;
    return api;
  }

  async logInOrThrow(username: string, password = 'demo'): Promise<void> {
    const response = await this.login(username, password);
    if (response.status !== 200) throw new Error(`login ${username} gave ${response.status}`);
  }

  /** The raw answer, for downloads read as bytes (workbooks, CSV with its byte-order mark). */
  fetch(method: string, path: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { method, headers: { ...this.authHeaders(), ...headers } });
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...this.authHeaders(),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0] ?? '';
      this.cookie = value.endsWith('=') ? undefined : value;
    }
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
    const parsed = (text && isJson ? JSON.parse(text) : text || undefined) as T;
    const error = response.status >= 400 && isJson ? (parsed as ApiErrorBody) : undefined;
    return { status: response.status, body: parsed, error, headers: response.headers };
  }

  private authHeaders(): Record<string, string> {
    return {
      ...(this.cookie ? { cookie: this.cookie } : {}),
      ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
    };
  }

  // --- auth, health, reference data
  login(username: string, password = 'demo', headers: Record<string, string> = {}) {
    return this.request<LoginResponse>('POST', '/api/auth/login', { username, password }, headers);
  }
  logout() {
    return this.request<void>('POST', '/api/auth/logout');
  }
  me() {
    return this.request<LoginResponse>('GET', '/api/auth/me');
  }
  health() {
    return this.request<{ status: string }>('GET', '/api/health');
  }
  regions() {
    return this.request<RegionSummary[]>('GET', '/api/regions');
  }
  organizations(region: string) {
    return this.request<OrganizationSummary[]>('GET', `/api/regions/${region}/organizations`);
  }

  // --- reports and flows
  putReport(unitId: string, date: string, body: unknown, headers: Record<string, string> = {}) {
    return this.request<SavedReport>('PUT', `/api/units/${segment(unitId)}/reports/${date}`, body, headers);
  }
  unitReports(unitId: string, from?: string, to?: string) {
    return this.request<Report[]>('GET', `/api/units/${segment(unitId)}/reports${queryString({ from, to })}`);
  }
  reportVersions(unitId: string, date: string) {
    return this.request<Report[]>('GET', `/api/units/${segment(unitId)}/reports/${date}/versions`);
  }
  putFlows(region: string, date: string, body: unknown) {
    return this.request<FlowsResponse>('PUT', `/api/regions/${region}/flows/${date}`, body);
  }

  // --- situation, history and downloads
  situation(region: string, date?: string) {
    return this.request<Situation>('GET', `/api/regions/${region}/situation${queryString({ date })}`);
  }
  history(region: string, from?: string, to?: string) {
    return this.request<History>('GET', `/api/regions/${region}/history${queryString({ from, to })}`);
  }
  /** The workbook (reports and flows); read it with `await response.arrayBuffer()`. */
  exportWorkbook(region: string, period: { from?: string; to?: string } = {}) {
    return this.fetch('GET', `/api/regions/${region}/export.xlsx${queryString(period)}`);
  }
  exportReportsCsv(region: string, period: { from?: string; to?: string } = {}) {
    return this.fetch('GET', `/api/regions/${region}/export/reports.csv${queryString(period)}`);
  }
  exportFlowsCsv(region: string, period: { from?: string; to?: string } = {}) {
    return this.fetch('GET', `/api/regions/${region}/export/flows.csv${queryString(period)}`);
  }

  // --- holidays and flow analysis
  /** `period` christmas, easter, ascension, midsummer, redDays or custom (with `from` and `to`). */
  holidays(region: string, query: { period?: string; year?: number; from?: string; to?: string } = {}) {
    return this.request<HolidayView>('GET', `/api/regions/${region}/holidays${queryString(query)}`);
  }
  putHolidayPlan(region: string, municipalityCode: string, body: unknown) {
    return this.request<HolidayPlanResponse>('PUT', `/api/regions/${region}/holiday-plans/${segment(municipalityCode)}`, body);
  }
  /** The county's plan as a workbook; read it with `await response.arrayBuffer()`. */
  holidayPlanWorkbook(region: string, query: { period?: string; year?: number; from?: string; to?: string } = {}) {
    return this.fetch('GET', `/api/regions/${region}/holidays/plan.xlsx${queryString(query)}`);
  }
  flowStatistics(region: string, from?: string, to?: string) {
    return this.request<FlowStatisticsResponse>('GET', `/api/regions/${region}/flow-statistics${queryString({ from, to })}`);
  }
  weekdayPattern(region: string, from?: string, to?: string) {
    return this.request<WeekdayPatternResponse>('GET', `/api/regions/${region}/weekday-pattern${queryString({ from, to })}`);
  }

  // --- forecast and planned capacity
  forecast(region: string, query: { asOf?: string; days?: number | string } = {}) {
    return this.request<RegionForecast>('GET', `/api/regions/${region}/forecast${queryString(query)}`);
  }
  plannedCapacity(region: string) {
    return this.request<PlannedCapacityEntry[]>('GET', `/api/regions/${region}/planned-capacity`);
  }
  putPlannedCapacity(unitId: string, date: string, body: unknown) {
    return this.request<PlannedCapacityEntry>('PUT', `/api/units/${segment(unitId)}/planned-capacity/${date}`, body);
  }
  withdrawPlannedCapacity(unitId: string, date: string, body?: unknown) {
    return this.request<PlannedCapacityEntry>('DELETE', `/api/units/${segment(unitId)}/planned-capacity/${date}`, body);
  }

  // --- audit trail
  audit(region: string, query: { [key in keyof AuditQuery]?: string | number } = {}) {
    return this.request<AuditRecord[]>('GET', `/api/regions/${region}/audit${queryString(query)}`);
  }
  auditCsv(region: string, query: { [key in keyof AuditQuery]?: string | number } = {}) {
    return this.request<string>('GET', `/api/regions/${region}/audit/export.csv${queryString(query)}`);
  }

  // --- administration: users, units, API tokens
  users() {
    return this.request<AdminUser[]>('GET', '/api/admin/users');
  }
  createUser(body: CreateUserInput) {
    return this.request<AdminUser>('POST', '/api/admin/users', body);
  }
  updateUser(username: string, body: UpdateUserInput) {
    return this.request<AdminUser>('PATCH', `/api/admin/users/${segment(username)}`, body);
  }
  resetPassword(username: string, password: string) {
    return this.request<void>('PUT', `/api/admin/users/${segment(username)}/password`, { password });
  }
  units() {
    return this.request<AdminUnit[]>('GET', '/api/admin/units');
  }
  createUnit(body: CreateUnitInput) {
    return this.request<AdminUnit>('POST', '/api/admin/units', body);
  }
  updateUnit(unitId: string, body: UpdateUnitInput) {
    return this.request<AdminUnit>('PATCH', `/api/admin/units/${segment(unitId)}`, body);
  }
  retireUnit(unitId: string) {
    return this.request<AdminUnit>('POST', `/api/admin/units/${segment(unitId)}/retire`);
  }
  tokens() {
    return this.request<ApiTokenInfo[]>('GET', '/api/admin/tokens');
  }
  /** `role` as any text and `expiresInDays` optional, so tests can send what a client might. */
  issueToken(body: Omit<IssueTokenInput, 'role' | 'expiresInDays'> & { role: string; expiresInDays?: number }) {
    return this.request<IssuedToken>('POST', '/api/admin/tokens', body);
  }
  revokeToken(id: string) {
    return this.request<ApiTokenInfo>('DELETE', `/api/admin/tokens/${segment(id)}`);
  }

  // --- situation meetings
  createMeeting(region: string, body: CreateMeetingInput) {
    return this.request<Meeting>('POST', `/api/regions/${region}/meetings`, body);
  }
  meetings(region: string) {
    return this.request<MeetingSummary[]>('GET', `/api/regions/${region}/meetings`);
  }
  meeting(id: string) {
    return this.request<Meeting>('GET', `/api/meetings/${segment(id)}`);
  }
  meetingMinutes(id: string) {
    return this.request<string>('GET', `/api/meetings/${segment(id)}/minutes.md`);
  }
  setMeetingStep(id: string, step: number | null) {
    return this.request<Meeting>('PUT', `/api/meetings/${segment(id)}/step`, { step });
  }
  refreshMeeting(id: string) {
    return this.request<Meeting>('POST', `/api/meetings/${segment(id)}/refresh`);
  }
  setMeetingParticipants(id: string, participants: string[]) {
    return this.request<Meeting>('PUT', `/api/meetings/${segment(id)}/participants`, { participants });
  }
  putMeetingNote(id: string, organizationCode: string, text: string) {
    return this.request<Meeting>('PUT', `/api/meetings/${segment(id)}/notes/${segment(organizationCode)}`, { text });
  }
  addDecision(id: string, text: string, extra: Omit<MeetingDecisionInput, 'text'> = {}) {
    return this.request<Meeting>('POST', `/api/meetings/${segment(id)}/decisions`, { text, ...extra });
  }
  deleteDecision(id: string, decisionId: string) {
    return this.request<Meeting>('DELETE', `/api/meetings/${segment(id)}/decisions/${segment(decisionId)}`);
  }
  addAction(id: string, body: MeetingActionInput) {
    return this.request<Meeting>('POST', `/api/meetings/${segment(id)}/actions`, body);
  }
  deleteAction(id: string, actionId: string) {
    return this.request<Meeting>('DELETE', `/api/meetings/${segment(id)}/actions/${segment(actionId)}`);
  }
  closeMeeting(id: string) {
    return this.request<Meeting>('POST', `/api/meetings/${segment(id)}/close`);
  }

  // --- one's own inbox
  notifications(query: { [key in keyof NotificationsQuery]?: string | number } = {}) {
    return this.request<NotificationPage>('GET', `/api/notifications${queryString(query)}`);
  }
  markNotificationRead(id: string) {
    return this.request<UnreadCount>('POST', `/api/notifications/${segment(id)}/read`);
  }
  markAllNotificationsRead(upTo?: string) {
    return this.request<UnreadCount>('POST', '/api/notifications/read-all', upTo === undefined ? {} : { upTo });
  }

  // --- one's own account
  account() {
    return this.request<Account>('GET', '/api/account');
  }
  updateAccount(body: AccountSettingsInput) {
    return this.request<Account>('PATCH', '/api/account', body);
  }
  requestEmailChange(email: string) {
    return this.request<Account>('POST', '/api/account/email', { email });
  }
  confirmEmail(token: string) {
    return this.request<Account>('POST', '/api/account/email/confirm', { token });
  }

  // --- requests (avrop), offers, and the region's equipment
  requests(region: string, status?: 'active' | 'all') {
    return this.request<RequestList>('GET', `/api/regions/${region}/requests${queryString({ status })}`);
  }
  /** `body` as any object, so tests can send what a client might. */
  createRequest(region: string, body: unknown) {
    return this.request<HelpRequest>('POST', `/api/regions/${region}/requests`, body);
  }
  getRequest(id: string) {
    return this.request<HelpRequest>('GET', `/api/requests/${segment(id)}`);
  }
  updateRequest(id: string, body: unknown) {
    return this.request<HelpRequest>('PUT', `/api/requests/${segment(id)}`, body);
  }
  openRequest(id: string) {
    return this.request<HelpRequest>('POST', `/api/requests/${segment(id)}/open`);
  }
  cancelRequest(id: string) {
    return this.request<HelpRequest>('POST', `/api/requests/${segment(id)}/cancel`);
  }
  closeRequest(id: string) {
    return this.request<HelpRequest>('POST', `/api/requests/${segment(id)}/close`);
  }
  offer(requestId: string, body: unknown) {
    return this.request<HelpRequest>('POST', `/api/requests/${segment(requestId)}/offers`, body);
  }
  acceptOffer(offerId: string, body: unknown = {}) {
    return this.request<HelpRequest>('POST', `/api/offers/${segment(offerId)}/accept`, body);
  }
  declineOffer(offerId: string, body: unknown = {}) {
    return this.request<HelpRequest>('POST', `/api/offers/${segment(offerId)}/decline`, body);
  }
  withdrawOffer(offerId: string) {
    return this.request<HelpRequest>('POST', `/api/offers/${segment(offerId)}/withdraw`);
  }
  deliverOffer(offerId: string) {
    return this.request<HelpRequest>('POST', `/api/offers/${segment(offerId)}/deliver`);
  }
  returnOffer(offerId: string) {
    return this.request<HelpRequest>('POST', `/api/offers/${segment(offerId)}/return`);
  }
  /** The chair accepts an offer as a meeting decision. */
  decideOffer(meetingId: string, body: unknown) {
    return this.request<{ meeting: Meeting; request: HelpRequest }>(
      'POST',
      `/api/meetings/${segment(meetingId)}/offer-decisions`,
      body,
    );
  }
  equipment(region: string) {
    return this.request<EquipmentInventory>('GET', `/api/regions/${region}/equipment`);
  }
  createEquipmentItem(region: string, body: unknown) {
    return this.request<EquipmentItem>('POST', `/api/regions/${region}/equipment`, body);
  }
  updateEquipmentItem(id: string, body: unknown) {
    return this.request<EquipmentItem>('PATCH', `/api/equipment/${segment(id)}`, body);
  }
  // --- networks and what their meetings add
  networks(region: string) {
    return this.request<NetworkSummary[]>('GET', `/api/regions/${region}/networks`);
  }
  createNetwork(region: string, body: NetworkInput) {
    return this.request<Network>('POST', `/api/regions/${region}/networks`, body);
  }
  network(id: string) {
    return this.request<Network>('GET', `/api/networks/${segment(id)}`);
  }
  updateNetwork(id: string, body: NetworkInput) {
    return this.request<Network>('PUT', `/api/networks/${segment(id)}`, body);
  }
  rotateFeed(id: string) {
    return this.request<Network>('POST', `/api/networks/${segment(id)}/feed-token`);
  }
  addMember(id: string, body: NetworkMemberInput) {
    return this.request<Network>('POST', `/api/networks/${segment(id)}/members`, body);
  }
  updateMember(id: string, memberId: string, body: NetworkMemberInput) {
    return this.request<Network>('PATCH', `/api/networks/${segment(id)}/members/${segment(memberId)}`, body);
  }
  removeMember(id: string, memberId: string) {
    return this.request<Network>('DELETE', `/api/networks/${segment(id)}/members/${segment(memberId)}`);
  }
  addCalendarEntry(id: string, body: CalendarEntryInput) {
    return this.request<Network>('POST', `/api/networks/${segment(id)}/calendar`, body);
  }
  updateCalendarEntry(id: string, entryId: string, body: CalendarEntryInput) {
    return this.request<Network>('PATCH', `/api/networks/${segment(id)}/calendar/${segment(entryId)}`, body);
  }
  removeCalendarEntry(id: string, entryId: string) {
    return this.request<Network>('DELETE', `/api/networks/${segment(id)}/calendar/${segment(entryId)}`);
  }
  /** The public feed: no cookie or token (calendar apps have none). */
  calendarFeed(path: string) {
    return new Api(this.baseUrl).request<string>('GET', path);
  }
  addAgendaItem(id: string, body: AgendaItemInput) {
    return this.request<Meeting>('POST', `/api/meetings/${segment(id)}/agenda`, body);
  }
  updateAgendaItem(id: string, itemId: string, body: AgendaItemInput) {
    return this.request<Meeting>('PUT', `/api/meetings/${segment(id)}/agenda/${segment(itemId)}`, body);
  }
  removeAgendaItem(id: string, itemId: string) {
    return this.request<Meeting>('DELETE', `/api/meetings/${segment(id)}/agenda/${segment(itemId)}`);
  }
  orderAgenda(id: string, itemIds: string[]) {
    return this.request<Meeting>('PUT', `/api/meetings/${segment(id)}/agenda`, { itemIds });
  }
  setCurrentItem(id: string, itemId: string | null) {
    return this.request<Meeting>('PUT', `/api/meetings/${segment(id)}/current-item`, { itemId });
  }
  setAttendance(id: string, body: AttendanceInput) {
    return this.request<Meeting>('PUT', `/api/meetings/${segment(id)}/attendance`, body);
  }
  setActionStatus(id: string, actionId: string, status: ActionStatus) {
    return this.request<Meeting>('PUT', `/api/meetings/${segment(id)}/actions/${segment(actionId)}/status`, { status });
  }
  /** The Word minutes; read them with `await response.arrayBuffer()`. */
  minutesDocx(id: string) {
    return this.fetch('GET', `/api/meetings/${segment(id)}/minutes.docx`);
  }
  sendMinutes(id: string) {
    return this.request<Meeting>('POST', `/api/meetings/${segment(id)}/minutes/send`);
  }
  searchMeetings(region: string, q: string) {
    return this.request<MeetingSearchHit[]>('GET', `/api/regions/${region}/meetings/search${queryString({ q })}`);
  }
  myActions() {
    return this.request<MyAction[]>('GET', '/api/me/actions');
  }

  // --- escalation: declared levels, deadlines and triggers, suggestions
  escalationLevels(region: string) {
    return this.request<EscalationLevelState[]>('GET', `/api/regions/${region}/escalation/levels`);
  }
  declareLevel(region: string, organizationCode: string, body: DeclareLevelBody | Record<string, unknown>) {
    return this.request<EscalationLevelState>(
      'PUT',
      `/api/regions/${region}/escalation/levels/${segment(organizationCode)}`,
      body,
    );
  }
  escalationHistory(region: string, organization?: string) {
    return this.request<EscalationLevelState[]>(
      'GET',
      `/api/regions/${region}/escalation/history${queryString({ organization })}`,
    );
  }
  escalationSettings(region: string) {
    return this.request<EscalationSettings>('GET', `/api/regions/${region}/escalation/settings`);
  }
  putEscalationSettings(region: string, body: unknown) {
    return this.request<EscalationSettings>('PUT', `/api/regions/${region}/escalation/settings`, body);
  }
  suggestions(region: string) {
    return this.request<EscalationSuggestion[]>('GET', `/api/regions/${region}/escalation/suggestions`);
  }
  confirmSuggestion(id: string, body: unknown) {
    return this.request<EscalationSuggestion>('POST', `/api/escalation/suggestions/${segment(id)}/confirm`, body);
  }
  dismissSuggestion(id: string, body: unknown = {}) {
    return this.request<EscalationSuggestion>('POST', `/api/escalation/suggestions/${segment(id)}/dismiss`, body);
  }
  reminders(region: string, date?: string) {
    return this.request<ReminderLogEntry[]>('GET', `/api/regions/${region}/reminders${queryString({ date })}`);
  }
}

/**
 * An Api logged in as `username` before the file's tests run (after the server in `useServer`
 * has started): `const falun = useApi(server, 'falun');` at the top of a test file.
 */
export function useApi(server: ApiTarget, username: string, password = 'demo'): Api {
  const api = new Api(server);
  beforeAll(() => api.logInOrThrow(username, password));
  return api;
}

/** Valid figures for a short-term unit, to be varied per test. */
export function reportBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    capacity: 34,
    occupied: 30,
    surgeCapacity: 40,
    admissions: 3,
    discharges: 2,
    staffing: 'normal',
    sickLeavePct: 8,
    ...overrides,
  };
}

/** Valid flows of one municipality for one day, to be varied per test (a row of `putFlows`' `rows`). */
export function flowRowBody(municipalityCode: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    municipalityCode,
    inpatients: 40,
    admissions: 8,
    dischargesHome: 5,
    dischargesShortTerm: 2,
    dischargesNursingHome: 1,
    dischargesOther: 0,
    readyForDischarge: 6,
    ...overrides,
  };
}

/** A request for places (short-term, from today for a week), to be varied per test. */
export function placesRequestBody(quantity = 6, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const from = today();
  return {
    reason: 'Korttidsenheten är full.',
    urgency: 'urgent',
    neededBy: from,
    lines: [{ kind: 'places', quantity, unitKind: 'short_term', from, to: shiftDay(from, 7) }],
    ...overrides,
  };
}

/** A request for staff (two nurses, from tomorrow for two weeks), decided by the region's coordinator. */
export function staffRequestBody(quantity = 2, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const from = shiftDay(today(), 1);
  return {
    reason: 'Hög sjukfrånvaro bland sjuksköterskorna.',
    neededBy: from,
    lines: [{ kind: 'staff', quantity, staffRole: 'nurse', from, to: shiftDay(from, 14) }],
    ...overrides,
  };
}
