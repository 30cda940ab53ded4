import type {
  AdminUnit,
  AdminUser,
  ApiErrorBody,
  ApiTokenInfo,
  FlowsResponse,
  History,
  IssuedToken,
  LoginResponse,
  OrganizationSummary,
  RegionSummary,
  SavedReport,
  Situation,
  Report,
} from '@lagesbild/shared';

/** A 400's body: a message per bad field, and the keys the client translates. */
export type FieldErrorBody = ApiErrorBody & { errors: Record<string, string[]>; codes: Record<string, string[]> };

export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A typed client for the REST contract, one method per route. Keeps its session cookie itself, or
 * sends a bearer token, like a browser or an integration would.
 */
export class Api {
  cookie: string | undefined;
  token: string | undefined;

  constructor(readonly baseUrl: string) {}

  static async loggedIn(baseUrl: string, username: string, password = 'demo'): Promise<Api> {
    const api = new Api(baseUrl);
    const response = await api.login(username, password);
    if (response.status !== 200) throw new Error(`login ${username} gave ${response.status}`);
    return api;
  }

  static withToken(baseUrl: string, token: string): Api {
    const api = new Api(baseUrl);
    api.token = token;
    return api;
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
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
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
    return { status: response.status, body: parsed, headers: response.headers };
  }

  login(username: string, password = 'demo') {
    return this.request<LoginResponse>('POST', '/api/auth/login', { username, password });
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
  putReport(unitId: string, date: string, body: unknown) {
    return this.request<SavedReport>('PUT', `/api/units/${encodeURIComponent(unitId)}/reports/${date}`, body);
  }
  unitReports(unitId: string, from?: string, to?: string) {
    const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
    return this.request<Report[]>('GET', `/api/units/${encodeURIComponent(unitId)}/reports?${query}`);
  }
  reportVersions(unitId: string, date: string) {
    return this.request<Report[]>('GET', `/api/units/${encodeURIComponent(unitId)}/reports/${date}/versions`);
  }
  putFlows(region: string, date: string, body: unknown) {
    return this.request<FlowsResponse>('PUT', `/api/regions/${region}/flows/${date}`, body);
  }
  situation(region: string, date?: string) {
    return this.request<Situation>('GET', `/api/regions/${region}/situation${date ? `?date=${date}` : ''}`);
  }
  history(region: string, from?: string, to?: string) {
    const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
    return this.request<History>('GET', `/api/regions/${region}/history?${query}`);
  }
  issueToken(body: { name: string; organizationCode: string; role: string; expiresInDays?: number }) {
    return this.request<IssuedToken>('POST', '/api/admin/tokens', body);
  }
  tokens() {
    return this.request<ApiTokenInfo[]>('GET', '/api/admin/tokens');
  }
  revokeToken(id: string) {
    return this.request<ApiTokenInfo>('DELETE', `/api/admin/tokens/${id}`);
  }
  adminUsers() {
    return this.request<AdminUser[]>('GET', '/api/admin/users');
  }
  createUser(body: { username: string; role: string; organizationCode: string; password: string; displayName?: string | null }) {
    return this.request<AdminUser>('POST', '/api/admin/users', body);
  }
  updateUser(
    username: string,
    body: { role?: string; organizationCode?: string; active?: boolean; displayName?: string | null },
  ) {
    return this.request<AdminUser>('PATCH', `/api/admin/users/${encodeURIComponent(username)}`, body);
  }
  resetPassword(username: string, password: string) {
    return this.request<void>('PUT', `/api/admin/users/${encodeURIComponent(username)}/password`, { password });
  }
  adminUnits() {
    return this.request<AdminUnit[]>('GET', '/api/admin/units');
  }
  createUnit(body: { organizationCode: string; name: string; kind: string }) {
    return this.request<AdminUnit>('POST', '/api/admin/units', body);
  }
  renameUnit(unitId: string, name: string) {
    return this.request<AdminUnit>('PATCH', `/api/admin/units/${encodeURIComponent(unitId)}`, { name });
  }
  retireUnit(unitId: string) {
    return this.request<AdminUnit>('POST', `/api/admin/units/${encodeURIComponent(unitId)}/retire`);
  }
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
