import { reportingDay, shiftDay, type History } from '@lagesbild/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const RANGES = [30, 90, 180] as const;
export type RangeDays = (typeof RANGES)[number];

export function rangeFor(days: number, to: string = reportingDay()): { from: string; to: string } {
  return { from: shiftDay(to, -(days - 1)), to };
}

export function fetchHistory(region: string, from: string, to: string, signal?: AbortSignal): Promise<History> {
  const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return apiRequest<History>(`/api/regions/${encodeURIComponent(region)}/history?${query}`, signal ? { signal } : {});
}

export function useHistory(region: string, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: ['history', region, from, to],
    queryFn: ({ signal }) => fetchHistory(region, from, to, signal),
    // Past days change rarely; today's point is on the live page already.
    staleTime: 5 * 60_000,
    enabled,
  });
}
