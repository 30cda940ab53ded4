import type { Report, ReportValues, SavedReport } from '@lagesbild/shared';
import { useQueries } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { recentWindow } from '../utils/recent-reports';

/** Saves a unit's figures on the version they were typed against (0: nothing was stored for the day). */
export function putReport(unitId: string, date: string, values: ReportValues, expectedVersion: number): Promise<SavedReport> {
  return apiRequest<SavedReport>(`/api/units/${encodeURIComponent(unitId)}/reports/${date}`, {
    method: 'PUT',
    body: { ...values, expectedVersion },
  });
}

export function fetchRecentReports(unitId: string, from: string, to: string, signal?: AbortSignal): Promise<Report[]> {
  const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return apiRequest<Report[]>(`/api/units/${encodeURIComponent(unitId)}/reports?${query}`, signal ? { signal } : {});
}

/**
 * Each unit's own reports from the 14 days before `date`, for the outlier check before saving.
 * `settled` turns true once every unit has an answer (an error counts: the server still checks).
 */
export function useRecentReports(unitIds: readonly string[], date: string | undefined) {
  const window = date ? recentWindow(date) : null;
  return useQueries({
    queries: unitIds.map((unitId) => ({
      queryKey: ['recent-reports', unitId, window?.from, window?.to],
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchRecentReports(unitId, window?.from ?? '', window?.to ?? '', signal),
      enabled: window !== null,
      staleTime: 5 * 60_000,
    })),
    // A plain object, so TanStack Query's structural sharing keeps it stable between renders.
    combine: (results) => ({
      byUnit: Object.fromEntries(unitIds.map((unitId, index) => [unitId, results[index]?.data])),
      settled: results.every((result) => !result.isPending),
    }),
  });
}
