import { reportingDay, shiftDay, type History } from '@lagesbild/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The periods the charts offer: 30, 90 and 180 days, one, two and five years (up to a year day by day, then week by week). */
export const RANGES = [30, 90, 180, 365, 730, 1826] as const;
export type RangeDays = (typeof RANGES)[number];

/** How a range is named: "30 dagar", "1 år". */
export function rangeLabel(days: RangeDays): { key: 'charts.days' | 'charts.years'; count: number } {
  return days < 365 ? { key: 'charts.days', count: days } : { key: 'charts.years', count: Math.round(days / 365) };
}

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
