import type { LoginInput, LoginResponse, UserInfo } from '@lagesbild/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client';
import { connectSocket, disconnectSocket } from '../../../lib/socket';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The logged-in user, or null when there is no session (a 401 is an answer here, not an error). */
export async function fetchMe(): Promise<UserInfo | null> {
  try {
    const { user } = await apiRequest<LoginResponse>('/api/auth/me', { expectUnauthorized: true });
    return user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: Infinity });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) =>
      apiRequest<LoginResponse>('/api/auth/login', { method: 'POST', body: input, expectUnauthorized: true }),
    onSuccess: ({ user }) => {
      // A fresh session means a fresh handshake: reconnect so the socket carries the new cookie.
      disconnectSocket();
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, user);
      connectSocket();
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/auth/logout', { method: 'POST', expectUnauthorized: true }),
    onSettled: () => {
      disconnectSocket();
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}

/** Extending the session is any authenticated request; /me is the cheapest. */
export function extendSession(): Promise<UserInfo | null> {
  return fetchMe();
}
