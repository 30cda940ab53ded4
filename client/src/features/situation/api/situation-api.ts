import type { OrganizationSummary, RegionSummary, Report, Situation } from '@lagesbild/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: () => apiRequest<RegionSummary[]>('/api/regions'),
    staleTime: Infinity,
  });
}

export function useOrganizations(region: string) {
  return useQuery({
    queryKey: ['organizations', region],
    queryFn: () => apiRequest<OrganizationSummary[]>(`/api/regions/${encodeURIComponent(region)}/organizations`),
    staleTime: 10 * 60_000,
  });
}

/** A situation by REST: a past day (for "since yesterday"), or today for the entry form. */
export function useSituation(region: string, date?: string, enabled = true, fresh = false) {
  return useQuery({
    queryKey: ['situation', region, date ?? 'today'],
    queryFn: ({ signal }) => {
      const query = date ? `?date=${encodeURIComponent(date)}` : '';
      return apiRequest<Situation>(`/api/regions/${encodeURIComponent(region)}/situation${query}`, { signal });
    },
    enabled,
    // The entry form builds on the stored versions, so it always starts from a fresh copy.
    ...(fresh ? { staleTime: 0, refetchOnMount: 'always' as const } : {}),
  });
}

/**
 * Every stored version of one unit's report for a day, oldest first. Keyed by the current version,
 * so a correction arriving live fetches the list anew.
 */
export function useReportVersions(unitId: string, date: string, currentVersion: number, enabled: boolean) {
  return useQuery({
    queryKey: ['report-versions', unitId, date, currentVersion],
    queryFn: ({ signal }) =>
      apiRequest<Report[]>(`/api/units/${encodeURIComponent(unitId)}/reports/${date}/versions`, { signal }),
    enabled,
    staleTime: Infinity,
  });
}
