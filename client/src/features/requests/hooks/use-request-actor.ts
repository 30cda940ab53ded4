import type { RequestActor, UserInfo } from '@lagesbild/shared';
import { useRequests } from '../api/requests-api';

/**
 * The viewer as the request rules see them: their organisation, and whether they act as the
 * region's coordinator (the server says so with the list, by the administrator's naming).
 */
export function useRequestActor(user: UserInfo): RequestActor {
  const requests = useRequests(user.regionCode);
  return {
    organizationCode: user.organizationCode,
    regionCode: user.regionCode,
    coordinator: requests.data?.coordinator ?? false,
  };
}
