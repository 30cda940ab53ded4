import type { PlannedCapacityEntry, PlannedCapacityInput, RegionForecast } from '@lagesbild/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useLiveInvalidation } from '../../../lib/live';
import { useHeldWhile } from '../hooks/use-held-while';

export const forecastKey = (region: string) => ['forecast', region] as const;
export const plannedCapacityKey = (region: string) => ['planned-capacity', region] as const;

/**
 * The region's forecast as of today (every municipality and the total), made again by the server
 * whenever a report, the flows or a planned change moves it: each such change refetches it.
 */
export function useForecast(region: string) {
  useLiveInvalidation(region, ['report.updated', 'flows.updated', 'plannedCapacity.updated'], forecastKey(region));
  return useQuery({
    queryKey: forecastKey(region),
    queryFn: ({ signal }) => apiRequest<RegionForecast>(`/api/regions/${encodeURIComponent(region)}/forecast`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/**
 * The forecast a live page shows: the latest, or while the page's picture is frozen ("frys
 * bilden") the one that was shown when it froze, so nothing on the page moves until it is let go.
 */
export function useShownForecast(region: string, frozen: boolean): { data: RegionForecast | undefined; isError: boolean } {
  const forecast = useForecast(region);
  return { data: useHeldWhile(forecast.data, frozen), isError: forecast.isError };
}

/** The region's planned changes to short-term places, from today on, live. */
export function usePlannedCapacity(region: string) {
  useLiveInvalidation(region, ['plannedCapacity.updated'], plannedCapacityKey(region));
  return useQuery({
    queryKey: plannedCapacityKey(region),
    queryFn: ({ signal }) =>
      apiRequest<PlannedCapacityEntry[]>(`/api/regions/${encodeURIComponent(region)}/planned-capacity`, { signal }),
    staleTime: 5 * 60_000,
  });
}

const plannedPath = (unitId: string, date: string) =>
  `/api/units/${encodeURIComponent(unitId)}/planned-capacity/${encodeURIComponent(date)}`;

export function useSavePlannedCapacity(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, date, input }: { unitId: string; date: string; input: PlannedCapacityInput }) =>
      apiRequest<PlannedCapacityEntry>(plannedPath(unitId, date), { method: 'PUT', body: input }),
    onSuccess: () => refresh(queryClient, region),
  });
}

export function useWithdrawPlannedCapacity(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, date, expectedVersion }: { unitId: string; date: string; expectedVersion: number }) =>
      apiRequest<PlannedCapacityEntry>(plannedPath(unitId, date), { method: 'DELETE', body: { expectedVersion } }),
    onSuccess: () => refresh(queryClient, region),
  });
}

// The live event refreshes every other screen; this one need not wait for it.
function refresh(queryClient: ReturnType<typeof useQueryClient>, region: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: plannedCapacityKey(region) }),
    queryClient.invalidateQueries({ queryKey: forecastKey(region) }),
  ]);
}
