import type { CalendarEntryInput, Network, NetworkInput, NetworkMemberInput, NetworkSummary } from '@lagesbild/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const networksKey = (region: string) => ['networks', region] as const;
export const networkKey = (id: string) => ['network', id] as const;

export function useNetworks(region: string) {
  return useQuery({
    queryKey: networksKey(region),
    queryFn: ({ signal }) => apiRequest<NetworkSummary[]>(`/api/regions/${encodeURIComponent(region)}/networks`, { signal }),
  });
}

export function useNetwork(id: string) {
  return useQuery({
    queryKey: networkKey(id),
    queryFn: ({ signal }) => apiRequest<Network>(`/api/networks/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Every change to a network, each answering the whole network. */
export type NetworkCommand =
  | { type: 'update'; network: NetworkInput }
  | { type: 'rotateFeed' }
  | { type: 'addMember'; member: NetworkMemberInput }
  | { type: 'updateMember'; memberId: string; member: NetworkMemberInput }
  | { type: 'removeMember'; memberId: string }
  | { type: 'addEntry'; entry: CalendarEntryInput }
  | { type: 'removeEntry'; entryId: string };

function networkRequest(
  id: string,
  command: NetworkCommand,
): { path: string; method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown } {
  const base = `/api/networks/${encodeURIComponent(id)}`;
  switch (command.type) {
    case 'update':
      return { path: base, method: 'PUT', body: command.network };
    case 'rotateFeed':
      return { path: `${base}/feed-token`, method: 'POST' };
    case 'addMember':
      return { path: `${base}/members`, method: 'POST', body: command.member };
    case 'updateMember':
      return { path: `${base}/members/${encodeURIComponent(command.memberId)}`, method: 'PATCH', body: command.member };
    case 'removeMember':
      return { path: `${base}/members/${encodeURIComponent(command.memberId)}`, method: 'DELETE' };
    case 'addEntry':
      return { path: `${base}/calendar`, method: 'POST', body: command.entry };
    case 'removeEntry':
      return { path: `${base}/calendar/${encodeURIComponent(command.entryId)}`, method: 'DELETE' };
    default: {
      const unreachable: never = command;
      throw new Error(`unknown network command ${String(unreachable)}`);
    }
  }
}

export function useNetworkCommand(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: NetworkCommand) => {
      const { path, method, body } = networkRequest(id, command);
      return apiRequest<Network>(path, body === undefined ? { method } : { method, body });
    },
    onSuccess: (network) => {
      queryClient.setQueryData(networkKey(network.id), network);
      void queryClient.invalidateQueries({ queryKey: networksKey(network.region) });
    },
  });
}

export function useCreateNetwork(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (network: NetworkInput) =>
      apiRequest<Network>(`/api/regions/${encodeURIComponent(region)}/networks`, { method: 'POST', body: network }),
    onSuccess: (network) => {
      queryClient.setQueryData(networkKey(network.id), network);
      void queryClient.invalidateQueries({ queryKey: networksKey(region) });
    },
  });
}
