import type {
  AdminUnit,
  AdminUser,
  ApiTokenInfo,
  CreateUnitInput,
  CreateUserInput,
  IssuedToken,
  IssueTokenInput,
  UpdateUserInput,
} from '@lagesbild/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type { AdminUnit, AdminUser };

const USERS = ['admin', 'users'] as const;
const UNITS = ['admin', 'units'] as const;
const TOKENS = ['admin', 'tokens'] as const;

export function useAdminUsers() {
  return useQuery({
    queryKey: USERS,
    queryFn: ({ signal }) => apiRequest<AdminUser[]>('/api/admin/users', { signal }),
    staleTime: 0,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => apiRequest<AdminUser>('/api/admin/users', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, change }: { username: string; change: UpdateUserInput }) =>
      apiRequest<AdminUser>(`/api/admin/users/${encodeURIComponent(username)}`, { method: 'PATCH', body: change }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) =>
      apiRequest<void>(`/api/admin/users/${encodeURIComponent(username)}/password`, { method: 'PUT', body: { password } }),
  });
}

export function useAdminUnits() {
  return useQuery({
    queryKey: UNITS,
    queryFn: ({ signal }) => apiRequest<AdminUnit[]>('/api/admin/units', { signal }),
    staleTime: 0,
  });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUnitInput) => apiRequest<AdminUnit>('/api/admin/units', { method: 'POST', body: input }),
    // The situation and the organisations list show units too.
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (query) => ['admin', 'organizations', 'situation'].includes(String(query.queryKey[0])),
      }),
  });
}

export function useRenameUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, name }: { unitId: string; name: string }) =>
      apiRequest<AdminUnit>(`/api/admin/units/${encodeURIComponent(unitId)}`, { method: 'PATCH', body: { name } }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (query) => ['admin', 'organizations', 'situation'].includes(String(query.queryKey[0])),
      }),
  });
}

export function useRetireUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unitId: string) =>
      apiRequest<AdminUnit>(`/api/admin/units/${encodeURIComponent(unitId)}/retire`, { method: 'POST' }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (query) => ['admin', 'organizations', 'situation'].includes(String(query.queryKey[0])),
      }),
  });
}

export function useTokens() {
  return useQuery({
    queryKey: TOKENS,
    queryFn: ({ signal }) => apiRequest<ApiTokenInfo[]>('/api/admin/tokens', { signal }),
    staleTime: 0,
  });
}

export function useIssueToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IssueTokenInput) => apiRequest<IssuedToken>('/api/admin/tokens', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) =>
      apiRequest<ApiTokenInfo>(`/api/admin/tokens/${encodeURIComponent(tokenId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS }),
  });
}
