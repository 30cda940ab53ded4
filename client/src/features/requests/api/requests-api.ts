import {
  FINAL_REQUEST_STATUSES,
  type AcceptOfferInput,
  type HelpRequest,
  type Meeting,
  type OfferInput,
  type RequestInput,
  type RequestList,
  type RequestUpdatedEvent,
} from '@lagesbild/shared';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useLiveFeed } from '../../../lib/live';

export const requestsKey = (region: string) => ['requests', region] as const;
export const requestKey = (id: string) => ['request', id] as const;

const newer = (current: HelpRequest | undefined, incoming: HelpRequest) =>
  current && current.version > incoming.version ? current : incoming;

/** Still worth listing among the active ones: open to offers, a draft, or something still lent. */
function isActive(request: HelpRequest): boolean {
  if (!FINAL_REQUEST_STATUSES.includes(request.status)) return true;
  return request.lines.some((line) => line.offers.some((offer) => offer.status === 'accepted' || offer.status === 'delivered'));
}

/** Puts a request as the server answered or sent it into every cached copy, the newer version winning. */
export function storeRequest(queryClient: QueryClient, request: HelpRequest): void {
  queryClient.setQueryData<HelpRequest>(requestKey(request.id), (current) => newer(current, request));
  queryClient.setQueryData<RequestList>(requestsKey(request.region), (list) => {
    if (!list) return list;
    const others = list.requests.filter((candidate) => candidate.id !== request.id);
    const current = list.requests.find((candidate) => candidate.id === request.id);
    const kept = newer(current, request);
    const requests = isActive(kept) ? [kept, ...others] : others;
    return { ...list, requests: requests.sort((a, b) => b.createdAt.localeCompare(a.createdAt)) };
  });
}

/** Every request change off the live feed into the caches; after a gap, everything is fetched again. */
function useRequestFeed(region: string): void {
  const queryClient = useQueryClient();
  useLiveFeed(region, (event) => {
    if (event.type === 'situation') {
      void queryClient.invalidateQueries({ queryKey: ['requests', region] });
      void queryClient.invalidateQueries({ queryKey: ['request'] });
    } else if (event.change.type === 'request.updated') {
      storeRequest(queryClient, (event.change.payload as RequestUpdatedEvent).request);
    }
  });
}

/**
 * The region's active requests, kept current from the live feed: each change carries the whole
 * request, which replaces the cached copy (no refetch by every screen at once); a fresh situation
 * (after a gap) means changes may have been skipped, so the list is fetched again.
 */
export function useRequests(region: string) {
  useRequestFeed(region);
  return useQuery({
    queryKey: requestsKey(region),
    queryFn: ({ signal }) => apiRequest<RequestList>(`/api/regions/${encodeURIComponent(region)}/requests`, { signal }),
    enabled: region !== '',
  });
}

export function useRequest(region: string, id: string) {
  useRequestFeed(region);
  return useQuery({
    queryKey: requestKey(id),
    queryFn: ({ signal }) => apiRequest<HelpRequest>(`/api/requests/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useCreateRequest(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestInput) =>
      apiRequest<HelpRequest>(`/api/regions/${encodeURIComponent(region)}/requests`, { method: 'POST', body: input }),
    onSuccess: (request) => storeRequest(queryClient, request),
  });
}

/** Every step on a request or an offer, as one mutation per button (each shows its own state). */
export type RequestCommand =
  | { type: 'open' | 'cancel' | 'close'; requestId: string }
  | { type: 'update'; requestId: string; input: RequestInput }
  | { type: 'offer'; requestId: string; input: OfferInput }
  | { type: 'accept'; offerId: string; input?: AcceptOfferInput }
  | { type: 'decline'; offerId: string; reason?: string | null }
  | { type: 'withdraw' | 'deliver' | 'return'; offerId: string };

export function commandRequest(command: RequestCommand): { path: string; method: 'POST' | 'PUT'; body?: unknown } {
  const request = (id: string) => `/api/requests/${encodeURIComponent(id)}`;
  const offer = (id: string) => `/api/offers/${encodeURIComponent(id)}`;
  switch (command.type) {
    case 'open':
    case 'cancel':
    case 'close':
      return { path: `${request(command.requestId)}/${command.type}`, method: 'POST' };
    case 'update':
      return { path: request(command.requestId), method: 'PUT', body: command.input };
    case 'offer':
      return { path: `${request(command.requestId)}/offers`, method: 'POST', body: command.input };
    case 'accept':
      return { path: `${offer(command.offerId)}/accept`, method: 'POST', body: command.input ?? {} };
    case 'decline':
      return { path: `${offer(command.offerId)}/decline`, method: 'POST', body: { reason: command.reason ?? null } };
    case 'withdraw':
    case 'deliver':
    case 'return':
      return { path: `${offer(command.offerId)}/${command.type}`, method: 'POST' };
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${JSON.stringify(unreachable)}`);
    }
  }
}

export function useRequestCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: RequestCommand) => {
      const { path, method, body } = commandRequest(command);
      return apiRequest<HelpRequest>(path, body === undefined ? { method } : { method, body });
    },
    onSuccess: (request) => storeRequest(queryClient, request),
  });
}

/** The chair accepts an offer as a meeting decision; the meeting reaches its followers live. */
export function useOfferDecision(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { offerId: string; quantity?: number }) =>
      apiRequest<{ meeting: Meeting; request: HelpRequest }>(`/api/meetings/${encodeURIComponent(meetingId)}/offer-decisions`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: ({ request }) => storeRequest(queryClient, request),
  });
}
