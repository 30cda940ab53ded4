export interface AuditFilters {
  organization: string;
  user: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { organization: '', user: '', from: '', to: '' };
const KEYS = ['organization', 'user', 'from', 'to'] as const;

/** The filters as the API's query string, leaving out the empty ones. */
export function auditQuery(filters: AuditFilters, limit?: number): string {
  const params = searchFromFilters(filters);
  if (limit !== undefined) params.set('limit', String(limit));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function searchFromFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** Filters kept in the page's address, so a search can be shared and survives a reload. */
export function filtersFromSearch(search: URLSearchParams): AuditFilters {
  return {
    organization: search.get('organization') ?? '',
    user: search.get('user') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
  };
}

/** i18n keys cannot hold dots, so "report.put" is looked up as "report_put". */
export function actionKey(action: string): string {
  return `audit.actions.${action.replace(/\./g, '_')}`;
}

/** A short "before → after" of the fields that changed, for the table; the full record is in the CSV. */
export function changedFields(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const asRecord = (value: unknown): Record<string, unknown> =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const a = asRecord(before);
  const b = asRecord(after);
  const show = (value: unknown): string => {
    if (value === undefined || value === null) return '–';
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);
  };
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, before: show(a[field]), after: show(b[field]) }));
}
