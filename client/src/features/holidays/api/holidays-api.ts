import type { HolidayPeriodInput, HolidayPlanResponse, HolidayView, PlanDayInput } from '@lagesbild/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useLiveInvalidation } from '../../../lib/live';
import { periodSearch, type PeriodQuery } from '../utils/period-query';

export const holidaysKey = (region: string) => ['holidays', region] as const;

export function fetchHolidayView(region: string, query: PeriodQuery, signal?: AbortSignal): Promise<HolidayView> {
  return apiRequest<HolidayView>(
    `/api/regions/${encodeURIComponent(region)}/holidays?${periodSearch(query)}`,
    signal ? { signal } : {},
  );
}

/**
 * The holiday view of a period, kept current live: a municipality's saved plan and the region's
 * flows (which the comparison is made of) refetch it; so does every fresh situation after a gap.
 */
export function useHolidayView(region: string, query: PeriodQuery) {
  useLiveInvalidation(region, ['holidayPlan.updated', 'flows.updated'], holidaysKey(region));
  return useQuery({
    queryKey: [...holidaysKey(region), query],
    queryFn: ({ signal }) => fetchHolidayView(region, query, signal),
    staleTime: 60_000,
  });
}

export function putHolidayPlan(
  region: string,
  municipalityCode: string,
  body: { period: HolidayPeriodInput; days: PlanDayInput[] },
): Promise<HolidayPlanResponse> {
  return apiRequest<HolidayPlanResponse>(
    `/api/regions/${encodeURIComponent(region)}/holiday-plans/${encodeURIComponent(municipalityCode)}`,
    { method: 'PUT', body },
  );
}

/** The county's plan as an Excel workbook (the region organisation's). */
export function planWorkbookUrl(region: string, query: PeriodQuery): string {
  return `/api/regions/${encodeURIComponent(region)}/holidays/plan.xlsx?${periodSearch(query)}`;
}
