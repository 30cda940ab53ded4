import type { FlowStatisticsResponse, WeekdayPatternResponse } from '@lagesbild/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const period = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

export function useFlowStatistics(region: string, from: string, to: string) {
  return useQuery({
    queryKey: ['flow-statistics', region, from, to],
    queryFn: ({ signal }) =>
      apiRequest<FlowStatisticsResponse>(`/api/regions/${encodeURIComponent(region)}/flow-statistics?${period(from, to)}`, {
        signal,
      }),
    // Months and years: today's flows move them by a hair.
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useWeekdayPattern(region: string, from: string, to: string) {
  return useQuery({
    queryKey: ['weekday-pattern', region, from, to],
    queryFn: ({ signal }) =>
      apiRequest<WeekdayPatternResponse>(`/api/regions/${encodeURIComponent(region)}/weekday-pattern?${period(from, to)}`, {
        signal,
      }),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
