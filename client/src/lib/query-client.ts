import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Live data arrives over the socket; refetching on focus would only add load and flicker.
        refetchOnWindowFocus: false,
        staleTime: 60_000,
        retry: (failureCount, error) => !isApiError(error) && failureCount < 2,
      },
    },
  });
}
