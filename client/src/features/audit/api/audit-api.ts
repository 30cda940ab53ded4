import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { auditQuery, type AuditFilters } from '../utils/audit-query';

/** One row of the audit trail, as GET /api/regions/:region/audit answers it. */
export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  actorRole: string;
  actorOrganization: string;
  via: string;
  credential: string | null;
  action: string;
  organizationCode: string | null;
  target: string | null;
  before: unknown;
  after: unknown;
}

// The table shows the latest few hundred; the CSV holds everything the filters match.
export const SHOWN_ROWS = 500;

export function useAudit(region: string, filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', region, filters],
    queryFn: ({ signal }) =>
      apiRequest<AuditRecord[]>(`/api/regions/${encodeURIComponent(region)}/audit${auditQuery(filters, SHOWN_ROWS)}`, { signal }),
    staleTime: 0,
  });
}

export function auditExportUrl(region: string, filters: AuditFilters): string {
  return `/api/regions/${encodeURIComponent(region)}/audit/export.csv${auditQuery(filters)}`;
}
