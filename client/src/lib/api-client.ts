import type { ApiErrorBody } from '@lagesbild/shared';
import { markSessionActivity, notifySessionEnded } from './session-clock';

/** A non-2xx answer from the API, with the contract's error body when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 here is an answer (e.g. "not logged in"), not a reason to leave the page. */
  expectUnauthorized?: boolean;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, expectUnauthorized = false } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  // The server refuses writes without a JSON content type (a cheap CSRF guard), so always send it.
  if (body !== undefined || method !== 'GET') headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (response.ok) {
    // Every answered request with a session extends the server's idle timer.
    markSessionActivity();
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const errorBody = await readErrorBody(response);
  if (response.status === 401 && !expectUnauthorized) notifySessionEnded('expired');
  throw new ApiError(response.status, errorBody);
}

async function readErrorBody(response: Response): Promise<ApiErrorBody | null> {
  try {
    return (await response.json()) as ApiErrorBody;
  } catch {
    return null;
  }
}
