import type {
  ConfirmSuggestionInput,
  DeclareLevelBody,
  EscalationLevelState,
  EscalationSettings,
  EscalationSettingsInput,
  EscalationSuggestion,
  ReminderLogEntry,
} from '@lagesbild/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useLiveInvalidation } from '../../../lib/live';

const regionPath = (region: string) => `/api/regions/${encodeURIComponent(region)}/escalation`;

export const levelHistoryKey = (region: string) => ['escalation-history', region] as const;
export const settingsKey = (region: string) => ['escalation-settings', region] as const;
export const suggestionsKey = (region: string) => ['escalation-suggestions', region] as const;
export const remindersKey = (region: string) => ['reminders', region] as const;

/** Every version of the region's declared levels, newest first; kept current by the live feed. */
export function useLevelHistory(region: string) {
  useLiveInvalidation(region, ['escalation.declared'], levelHistoryKey(region));
  return useQuery({
    queryKey: levelHistoryKey(region),
    queryFn: ({ signal }) => apiRequest<EscalationLevelState[]>(`${regionPath(region)}/history`, { signal }),
  });
}

/** Declares an organisation's level. The live feed brings it to every screen, this one included. */
export function useDeclareLevel(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organizationCode, body }: { organizationCode: string; body: DeclareLevelBody }) =>
      apiRequest<EscalationLevelState>(`${regionPath(region)}/levels/${encodeURIComponent(organizationCode)}`, {
        method: 'PUT',
        body,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: levelHistoryKey(region) }),
  });
}

export function useEscalationSettings(region: string) {
  useLiveInvalidation(region, ['escalation.settings'], settingsKey(region));
  return useQuery({
    queryKey: settingsKey(region),
    queryFn: ({ signal }) => apiRequest<EscalationSettings>(`${regionPath(region)}/settings`, { signal }),
  });
}

export function useSaveSettings(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EscalationSettingsInput) =>
      apiRequest<EscalationSettings>(`${regionPath(region)}/settings`, { method: 'PUT', body }),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey(region), settings),
  });
}

/** The triggers' suggestions (the region's chair, analysts and admins only), kept current live. */
export function useSuggestions(region: string, enabled: boolean) {
  useLiveInvalidation(enabled ? region : undefined, ['escalation.suggestion'], suggestionsKey(region));
  return useQuery({
    queryKey: suggestionsKey(region),
    queryFn: ({ signal }) => apiRequest<EscalationSuggestion[]>(`${regionPath(region)}/suggestions`, { signal }),
    enabled,
  });
}

export function useDecideSuggestion(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: { id: string } & ({ confirm: ConfirmSuggestionInput } | { dismiss: { note: string | null } })) =>
      apiRequest<EscalationSuggestion>(
        `/api/escalation/suggestions/${encodeURIComponent(decision.id)}/${'confirm' in decision ? 'confirm' : 'dismiss'}`,
        { method: 'POST', body: 'confirm' in decision ? decision.confirm : decision.dismiss },
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: suggestionsKey(region) }),
  });
}

/** The reminders and digests sent for a day (the region's chair, analysts and admins only). */
export function useReminderLog(region: string, date: string, enabled: boolean) {
  return useQuery({
    queryKey: [...remindersKey(region), date],
    queryFn: ({ signal }) =>
      apiRequest<ReminderLogEntry[]>(`/api/regions/${encodeURIComponent(region)}/reminders?date=${date}`, { signal }),
    enabled,
  });
}
