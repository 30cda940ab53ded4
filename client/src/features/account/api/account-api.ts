import type { Account, AccountSettingsInput } from '@lagesbild/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type { Account };

export const ACCOUNT_QUERY_KEY = ['account'] as const;

export function useAccount() {
  return useQuery({
    queryKey: ACCOUNT_QUERY_KEY,
    queryFn: ({ signal }) => apiRequest<Account>('/api/account', { signal }),
    staleTime: 0,
  });
}

function useAccountMutation<Input>(request: (input: Input) => Promise<Account>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (account) => queryClient.setQueryData(ACCOUNT_QUERY_KEY, account),
  });
}

export function useUpdateAccount() {
  return useAccountMutation((input: AccountSettingsInput) =>
    apiRequest<Account>('/api/account', { method: 'PATCH', body: input }),
  );
}

/** Mails a confirmation link to the new address; the answer shows it waiting. */
export function useRequestEmailChange() {
  return useAccountMutation((email: string) => apiRequest<Account>('/api/account/email', { method: 'POST', body: { email } }));
}

/**
 * Opening the mailed link confirms it: one request per token, however often the page renders
 * (a query, not an effect, so React's double render in development cannot send it twice).
 */
export function useEmailConfirmation(token: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['account', 'confirm', token],
    queryFn: async () => {
      const account = await apiRequest<Account>('/api/account/email/confirm', { method: 'POST', body: { token } });
      queryClient.setQueryData(ACCOUNT_QUERY_KEY, account);
      return account;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
