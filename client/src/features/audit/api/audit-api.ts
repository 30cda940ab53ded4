import type { AuditRecord } from '@lagesbild/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { auditQuery, type AuditFilters } from '../utils/audit-query';

export type { AuditRecord };

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
