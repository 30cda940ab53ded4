import type { CreateMeetingInput, Meeting, MeetingSearchHit, MeetingSummary, MyAction } from '@lagesbild/shared';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { commandRequest, type MeetingCommand } from '../utils/commands';
import { newerMeeting } from '../utils/meeting-cache';

export const meetingKey = (meetingId: string) => ['meeting', meetingId] as const;
export const meetingsKey = (region: string) => ['meetings', region] as const;

export function minutesUrl(meetingId: string): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/minutes.md`;
}

export function docxUrl(meetingId: string): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/minutes.docx`;
}

export const myActionsKey = ['me', 'actions'] as const;

/** The caller's open actions, for the start page. */
export function useMyActions() {
  return useQuery({
    queryKey: myActionsKey,
    queryFn: ({ signal }) => apiRequest<MyAction[]>('/api/me/actions', { signal }),
  });
}

/** Past and present meetings found by text; nothing is asked until there is something to find. */
export function useMeetingSearch(region: string, text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['meetings', region, 'search', q],
    queryFn: ({ signal }) =>
      apiRequest<MeetingSearchHit[]>(
        `/api/regions/${encodeURIComponent(region)}/meetings/search?${new URLSearchParams({ q }).toString()}`,
        { signal },
      ),
    enabled: q.length > 0,
  });
}

export function useMeetings(region: string) {
  return useQuery({
    queryKey: meetingsKey(region),
    queryFn: ({ signal }) => apiRequest<MeetingSummary[]>(`/api/regions/${encodeURIComponent(region)}/meetings`, { signal }),
    staleTime: 0,
  });
}

export function useMeeting(meetingId: string) {
  return useQuery({
    queryKey: meetingKey(meetingId),
    queryFn: ({ signal }) => apiRequest<Meeting>(`/api/meetings/${encodeURIComponent(meetingId)}`, { signal }),
    // Followers get every change over the socket; a refetch would only race it.
    staleTime: Infinity,
  });
}

/** Keep the cached meeting unless the incoming one is newer. */
export function storeMeeting(queryClient: QueryClient, meeting: Meeting): void {
  queryClient.setQueryData<Meeting>(meetingKey(meeting.id), (current) => newerMeeting(current, meeting));
}

export function useCreateMeeting(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMeetingInput) =>
      apiRequest<Meeting>(`/api/regions/${encodeURIComponent(region)}/meetings`, { method: 'POST', body: input }),
    onSuccess: (meeting) => {
      storeMeeting(queryClient, meeting);
      void queryClient.invalidateQueries({ queryKey: meetingsKey(region) });
    },
  });
}

export function sendMeetingCommand(meetingId: string, command: MeetingCommand): Promise<Meeting> {
  const { path, method, body } = commandRequest(meetingId, command);
  return apiRequest<Meeting>(path, body === undefined ? { method } : { method, body });
}

/** One mutation per use (a form, a button), so each shows its own pending state and error. */
export function useMeetingCommand(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: MeetingCommand) => sendMeetingCommand(meetingId, command),
    onSuccess: (meeting, command) => {
      storeMeeting(queryClient, meeting);
      if (command.type === 'close') void queryClient.invalidateQueries({ queryKey: meetingsKey(meeting.region) });
      // Ticking off an action changes someone's start page.
      if (command.type === 'actionStatus' || command.type === 'close')
        void queryClient.invalidateQueries({ queryKey: myActionsKey });
    },
  });
}
